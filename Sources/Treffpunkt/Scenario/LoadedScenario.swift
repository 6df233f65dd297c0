import Foundation

/// A scenario as loaded, with the loader's warnings and the file's bytes (kept by the plan store).
public struct LoadedScenario: Sendable {
    public var scenario: Scenario
    public var warnings: [Diagnostic]
    public var bytes: Data

    public init(scenario: Scenario, warnings: [Diagnostic], bytes: Data = Data()) {
        self.scenario = scenario
        self.warnings = warnings
        self.bytes = bytes
    }
}
