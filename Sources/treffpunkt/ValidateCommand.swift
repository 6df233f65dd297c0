import ArgumentParser
import Treffpunkt

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Loads and checks a scenario file; prints every problem as FILE:LINE:COL: error: MESSAGE."
    )

    @Argument(help: "The scenario file (treffpunkt/1 YAML).")
    var scenario: String

    func run() throws {
        let loaded = try Inputs.scenario(scenario).scenario
        let meetings = loaded.topics.map(\.meetings).reduce(0, +)
        print("ok: \(loaded.name): \(loaded.period.lowerBound) to \(loaded.period.upperBound), "
            + "\(loaded.cities.count) cities, \(loaded.venues.count) venues, \(loaded.staff.count) staff, "
            + "\(loaded.topics.count) topics, \(meetings) meetings (\(loaded.fixed.count) fixed)")
    }
}
