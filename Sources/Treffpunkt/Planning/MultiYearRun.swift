import MIP

/// What planning several consecutive years in one model produced.
public struct MultiYearRun: Sendable {
    public enum Outcome: Sendable {
        /// A plan for every year, in order: optimal or, when the search stopped early, feasible.
        case plans([YearPlan])
        /// No plans satisfy the hard rules in every year; each reason is a sentence for planners.
        case infeasible([String])
        /// The search stopped (time limit or interruption) before it found any plans.
        case noPlanFound(SolveResult.StopReason)
        /// The solver could not finish: a bug or numerical trouble, worth reporting.
        case solverFailed(String)
    }

    /// The objective over all years: the sum of the year plans' totals.
    public struct Objective: Sendable, Equatable {
        public var status: Plan.Status
        public var total: Double
        /// Proven lower bound on `total`.
        public var bound: Double
        /// |total − bound| / max(1, |total|).
        public var gap: Double
    }

    public var outcome: Outcome
    /// Present with plans.
    public var objective: Objective?
    /// Whether the plans keep the fair-rotation rule (see `docs/multi-year.md`); false when it
    /// was dropped because no plans could keep it, or for a single year, where it does not apply.
    public var fairRotation: Bool
    /// A sentence on fair rotation for reports: kept, dropped and why, or not applicable.
    public var fairRotationNote: String
    /// Size of the last model solved; none when the years were shown infeasible before building one.
    public var modelSize: Planner.ModelSize?
}
