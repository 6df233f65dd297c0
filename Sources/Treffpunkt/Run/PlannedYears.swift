/// What a planning run planned: one plan per year, in order (one for `plan` and `replan`).
public struct PlannedYears: Sendable {
    /// Each year's scenario (with the history it was planned against) and its checked plan.
    public var years: [YearPlan]
    /// The objective over all years of a joint run; nil for a single period, whose plan's own
    /// objective says it all.
    public var objective: MultiYearRun.Objective?
    /// Whether fair rotation holds across the years (see `docs/multi-year.md`).
    public var fairRotation: Bool
    /// A sentence on fair rotation for reports.
    public var fairRotationNote: MessageKey

    public init(years: [YearPlan], objective: MultiYearRun.Objective? = nil, fairRotation: Bool = false,
                fairRotationNote: MessageKey = .fairRotationOneYear) {
        self.years = years
        self.objective = objective
        self.fairRotation = fairRotation
        self.fairRotationNote = fairRotationNote
    }

    /// The plans alone, in order.
    public var plans: [Plan] { years.map(\.plan) }
}
