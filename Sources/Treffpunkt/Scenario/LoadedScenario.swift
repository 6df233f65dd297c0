import Foundation

/// A scenario as loaded, with the loader's warnings, and the file's bytes and those of the
/// `ics:` calendars it names (kept by the plan store, so the scenario can be read again).
public struct LoadedScenario: Sendable {
    public var scenario: Scenario
    public var warnings: [Diagnostic]
    public var bytes: Data
    /// The bytes of each `ics:` file, by the path as the scenario writes it.
    public var calendars: [String: Data]

    public init(scenario: Scenario, warnings: [Diagnostic], bytes: Data = Data(), calendars: [String: Data] = [:]) {
        self.scenario = scenario
        self.warnings = warnings
        self.bytes = bytes
        self.calendars = calendars
    }
}
