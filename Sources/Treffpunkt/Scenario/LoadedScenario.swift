/// A scenario that passed every check, with the warnings found on the way.
public struct LoadedScenario: Sendable {
    public var scenario: Scenario
    public var warnings: [Diagnostic]

    public init(scenario: Scenario, warnings: [Diagnostic]) {
        self.scenario = scenario
        self.warnings = warnings
    }
}
