import Foundation
import Testing
@testable import Treffpunkt

/// Helpers for loading scenario texts in tests.
enum ScenarioText {
    /// A small catalog in place of the shipped `seeds/cities.csv`.
    static let catalog = CityCatalog(cities: [
        "muenster": City(id: "muenster", name: "Münster", state: .NW, location: Location(latitude: 51.9625, longitude: 7.6256)),
        "halle-saale": City(id: "halle-saale", name: "Halle (Saale)", state: .ST, location: Location(latitude: 51.4828, longitude: 11.9697)),
    ])

    /// A valid scenario whose lines the tests refer to by number (see the comments).
    static let minimal = """
        format: treffpunkt/1
        name: Test
        period: {start: 2016-09-01, end: 2017-06-30}
        cities:
          - {id: muenster, name: Münster, state: NW, location: [51.96, 7.63]}
          - {id: leipzig, name: Leipzig, state: SN, location: [51.34, 12.37]}
        venues:
          - {id: ms-rathaus, name: Rathaus, city: muenster, capacity: 40}
          - {id: l-rathaus, name: Neues Rathaus, city: leipzig, capacity: 40}
        formats:
          - {id: fachgruppe, name: Fachgruppentreffen, days: 2, start_time: 13:00, end_time: 14:00}
        topics:
          - {id: monitoring, name: Monitoring, format: fachgruppe, meetings: 2, members: [muenster, leipzig]}

        """

    /// `minimal` with the first occurrence of `old` replaced by `new`.
    static func minimal(replacing old: String, with new: String) -> String {
        guard let range = minimal.range(of: old) else {
            Issue.record("'\(old)' is not in the minimal scenario")
            return minimal
        }
        return minimal.replacingCharacters(in: range, with: new)
    }

    static func load(_ yaml: String, file: String = "test.yaml") throws(InvalidInput) -> LoadedScenario {
        try ScenarioLoader.load(data: Data(yaml.utf8), fileName: file, cities: catalog)
    }

    /// The diagnostics of a text that must not load.
    static func problems(_ yaml: String) -> [Diagnostic] {
        load(bytes: Array(yaml.utf8))
    }

    static func load(bytes: [UInt8]) -> [Diagnostic] {
        do {
            let loaded = try ScenarioLoader.load(data: Data(bytes), fileName: "test.yaml", cities: catalog)
            Issue.record("expected problems, but the scenario '\(loaded.scenario.name)' loaded")
            return []
        } catch {
            return error.diagnostics
        }
    }

    /// Expects a problem at `line:column` whose message contains `fragment`.
    static func expectProblem(_ yaml: String, at line: Int, _ column: Int, _ fragment: String,
                              sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        expect(problems(yaml), at: line, column, fragment, sourceLocation: sourceLocation)
    }

    static func expect(_ diagnostics: [Diagnostic], at line: Int, _ column: Int, _ fragment: String,
                       sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let found = diagnostics.contains {
            $0.location == Treffpunkt.SourceLocation(line: line, column: column) && $0.message.contains(fragment)
        }
        #expect(found, "no problem '\(fragment)' at \(line):\(column) in:\n\(diagnostics.map(\.description).joined(separator: "\n"))",
                sourceLocation: sourceLocation)
    }
}
