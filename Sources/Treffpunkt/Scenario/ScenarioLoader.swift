import Foundation
import Hashing
import SafeYAML

/// Reads `treffpunkt/1` scenario files: the file's bytes checked and composed by SafeYAML as
/// the format's "Reading the file" demands, then read field by field by the schema.
public enum ScenarioLoader {
    /// Most problems reported for one file; a file with more is hopeless in other ways.
    public static let maximumDiagnostics = 200

    /// Loads and validates the scenario at `path`; every problem found is in the thrown `InvalidInput`.
    public static func load(path: String, cities catalog: CityCatalog = .bundled) throws(InvalidInput) -> LoadedScenario {
        let data: Data
        do {
            data = try YAMLDocument.contents(ofFile: path, as: .scenario)
        } catch {
            throw InvalidInput([Diagnostic(file: path, error)])
        }
        return try load(data: data, fileName: path, cities: catalog)
    }

    /// Loads a scenario from its bytes; `fileName` is used in diagnostics and, without its
    /// folders, as the plan's `scenario.file`. With `calendars`, `ics:` files are taken from
    /// there (by the path as written) instead of the disk.
    public static func load(data: Data, fileName: String, calendars: [String: Data]? = nil,
                            cities catalog: CityCatalog = .bundled) throws(InvalidInput) -> LoadedScenario {
        func diagnostics(_ problems: [Diagnostic.Problem], _ severity: Diagnostic.Severity) -> [Diagnostic] {
            problems.map { Diagnostic(file: $0.file ?? fileName, location: $0.location, severity: severity, message: $0.message) }
        }
        let bytes = [UInt8](data)
        let document: YAMLDocument
        do {
            document = try YAMLDocument.compose(bytes, as: .scenario)
        } catch {
            throw InvalidInput([Diagnostic(file: fileName, error)])
        }
        var reader = ScenarioReader(catalog: catalog)
        reader.reader.scenarioFolder = (fileName as NSString).deletingLastPathComponent
        reader.reader.givenCalendars = calendars
        let source = ScenarioSource(file: URL(fileURLWithPath: fileName).lastPathComponent, sha256: SHA256.hexDigest(of: bytes))
        guard let scenario = reader.read(document.root, source: source), reader.problems.isEmpty else {
            throw InvalidInput(capped(diagnostics(reader.problems, .error)))
        }
        let warnings = diagnostics(reader.warnings, .warning).sorted { $0.location < $1.location }
        return LoadedScenario(scenario: scenario, warnings: warnings, bytes: data, calendars: reader.reader.calendarsRead)
    }

    /// The first problems in file order, with a last note if some were left out.
    private static func capped(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        let sorted = diagnostics.sorted { $0.location < $1.location }
        guard sorted.count > maximumDiagnostics, let last = sorted.prefix(maximumDiagnostics).last else { return sorted }
        let note = Diagnostic(file: last.file, location: last.location,
                              message: "\(sorted.count - maximumDiagnostics) more problems are not shown")
        return Array(sorted.prefix(maximumDiagnostics)) + [note]
    }
}
