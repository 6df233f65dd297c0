/// One year of a multi-year plan: the year's scenario and its plan.
public struct YearPlan: Sendable {
    /// The scenario moved to this year, with `history[]` extended by the meetings of the
    /// earlier planned years, so that `PlanChecker` judges `plan` as a plan of its own.
    public var scenario: Scenario
    /// Its objective terms are this year's; status, solver figures and the bound's distance to
    /// the total are the whole run's.
    public var plan: Plan

    public init(scenario: Scenario, plan: Plan) {
        self.scenario = scenario
        self.plan = plan
    }

    /// The calendar year of the period start, which names the year in reports.
    public var calendarYear: Int { scenario.period.lowerBound.year }
}
