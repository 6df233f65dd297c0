import MIP

/// What planning several consecutive years in one model produced.
public struct MultiYearRun: Sendable {
    /// The plans of every year, in order, or why there are none.
    public typealias Outcome = PlanningOutcome<[YearPlan]>

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
    public var fairRotationNote: MessageKey
    /// Size of the last model solved; none when the years were shown infeasible before building one.
    public var modelSize: Planner.ModelSize?
}
