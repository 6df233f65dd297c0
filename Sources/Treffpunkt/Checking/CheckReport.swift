/// What the checker found.
public struct CheckReport: Sendable {
    /// One broken rule, said in planners' words.
    public struct Violation: Sendable, Equatable, CustomStringConvertible {
        /// `H1` … `H8`, or `objective` for a term that does not match the plan's.
        public var rule: String
        public var message: String

        public init(rule: String, message: String) {
            self.rule = rule
            self.message = message
        }

        public var description: String { "\(rule): \(message)" }
    }

    public var violations: [Violation]
    /// The objective's weighted terms recomputed from the plan's meetings.
    public var recomputedTerms: ObjectiveTerms

    public init(violations: [Violation], recomputedTerms: ObjectiveTerms) {
        self.violations = violations
        self.recomputedTerms = recomputedTerms
    }

    public var isValid: Bool { violations.isEmpty }
}
