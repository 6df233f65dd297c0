import Foundation
import MIP

extension Planner {
    /// The model that `plan(_:)` (one year) or `plan(_:years:)` would hand to the solver first,
    /// with its names, e.g. to write it to a file for another solver. Built even when a topic
    /// is infeasible on its own (the planner would report that without solving).
    public func model(_ scenario: Scenario, years: Int = 1) throws(MultiYearError) -> Model {
        solveOptions.onPhase?(.building)
        if years == 1 {
            let index = ScenarioIndex(scenario)
            let closedDays = ClosedDays(rules: scenario.calendar, cities: scenario.cities, period: scenario.period)
            return PlanningModel(index, options: MeetingOptions(index, closedDays: closedDays).options,
                                 windowRows: .automatic).model
        }
        let (_, indexes, options, _, _) = try yearOptions(scenario, years: years)
        return PlanningModel(indexes[0], options: options, years: PlanningYears(indexes: indexes, fairRotation: true),
                             windowRows: .automatic).model
    }
}
