import ArgumentParser
import Treffpunkt

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Loads and checks a scenario file; prints every problem as FILE:LINE:COL: error: MESSAGE.",
        discussion: """
            With --json, stdout gets {"valid": true, "summary": {…}, "warnings": […]} or {"valid": false, \
            "problems": […]}, each problem with file, line, column, severity and message; stderr and the exit \
            code stay as without it.
            """
    )

    @Argument(help: "The scenario file (treffpunkt/1 YAML).")
    var scenario: String

    @Flag(help: "Print the result as JSON on stdout.")
    var json = false

    func run() throws {
        let loaded: LoadedScenario
        do {
            loaded = try Inputs.scenario(scenario)
        } catch let invalid as InvalidInput {
            if json { print(JSONValue.object([("valid", .bool(false)), ("problems", Self.json(invalid.diagnostics))]).text()) }
            throw invalid
        }
        let network = loaded.scenario
        let meetings = network.topics.map(\.meetings).reduce(0, +)
        guard json else {
            print("ok: \(network.name): \(network.period.lowerBound) to \(network.period.upperBound), "
                + "\(network.cities.count) cities, \(network.venues.count) venues, \(network.staff.count) staff, "
                + "\(network.topics.count) topics, \(meetings) meetings (\(network.fixed.count) fixed)")
            return
        }
        let summary = JSONValue.object([
            ("name", .string(network.name)), ("period_start", .string(network.period.lowerBound.description)),
            ("period_end", .string(network.period.upperBound.description)), ("cities", .integer(network.cities.count)),
            ("venues", .integer(network.venues.count)), ("staff", .integer(network.staff.count)),
            ("topics", .integer(network.topics.count)), ("meetings", .integer(meetings)), ("fixed", .integer(network.fixed.count)),
        ])
        print(JSONValue.object([("valid", .bool(true)), ("summary", summary), ("warnings", Self.json(loaded.warnings))]).text())
    }

    /// Diagnostics as a JSON array of objects.
    static func json(_ diagnostics: [Diagnostic]) -> JSONValue {
        .array(diagnostics.map { diagnostic in
            .object([
                ("file", .string(diagnostic.file)), ("line", .integer(diagnostic.location.line)),
                ("column", .integer(diagnostic.location.column)), ("severity", .string(diagnostic.severity.rawValue)),
                ("message", .string(diagnostic.message)),
            ])
        })
    }
}
