/// Why a planning run handed out no plans.
public enum PlanningRunError: Error, Sendable, CustomStringConvertible {
    /// A re-plan's reference shares no topic with the scenario: it is a plan of another network.
    case referenceOfAnotherNetwork(reference: String, referenceTopics: [Topic.ID], scenarioTopics: [Topic.ID])
    /// A solved plan breaks a rule that the independent checker verifies: a bug in the model.
    /// Nothing was handed out, so nothing is stored or written.
    case planBreaksRules(period: ClosedRange<Day>, violations: [CheckReport.Violation])

    public var description: String { text(in: .english) }

    /// The error; the broken rules' findings in the language of `messages`.
    public func text(in messages: Messages) -> String {
        switch self {
        case .referenceOfAnotherNetwork(let reference, let referenceTopics, let scenarioTopics):
            return "the plan to re-plan from (\(reference)) has none of the scenario's topics: it plans "
                + referenceTopics.map(\.rawValue).joined(separator: ", ") + ", the scenario "
                + scenarioTopics.map(\.rawValue).joined(separator: ", ")
                + "; re-plan from a plan of this network"
        case .planBreaksRules(let period, let violations):
            let listed = violations.prefix(20).map { "  - \($0.line(in: messages))" }.joined(separator: "\n")
            let more = violations.count > 20 ? "\n  … and \(violations.count - 20) more" : ""
            return "the solver's plan for \(period.lowerBound) – \(period.upperBound) breaks "
                + "\(violations.count == 1 ? "a rule" : "\(violations.count) rules") that the checker verifies:\n"
                + listed + more
        }
    }
}
