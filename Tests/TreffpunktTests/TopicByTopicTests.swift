import Foundation
import MIP
import Testing
@testable import Treffpunkt

/// The topic-by-topic plan, the fallback when the whole model finds no plan in half the time
/// limit: a plan of every topic that keeps every rule, never better than the optimum, with a
/// bound that is never above it.
@Suite struct TopicByTopicTests {
    static let scenarios = ["grossstadtnetzwerk-2016.yaml", "grossstadtnetzwerk-2018.yaml"]

    @Test(arguments: scenarios)
    func itsPlanKeepsEveryRuleAndItsBoundIsBelowTheOptimum(file: String) throws {
        let path = SampleScenarioTests.folder.appendingPathComponent(file).path
        let scenario = try ScenarioLoader.load(path: path).scenario
        guard case .planned(let best) = Planner().plan(scenario).outcome else {
            Issue.record("no optimal plan")
            return
        }
        #expect(best.status == .optimal)

        let index = ScenarioIndex(scenario)
        let closedDays = ClosedDays(rules: scenario.calendar, cities: scenario.cities, period: scenario.period)
        let options = MeetingOptions(index, closedDays: closedDays).options
        let solved = try #require(Planner().solveTopicByTopic(index, options: options, replan: nil, years: nil,
                                                              deadline: Date().addingTimeInterval(120), wholeBound: nil))
        let plan = try #require(SolutionReader(solved.planning, result: solved.result, seconds: solved.seconds,
                                               nodes: solved.nodes).plan)
        let report = PlanChecker.check(plan, against: scenario)
        #expect(report.violations.map(\.description) == [])
        #expect(abs(report.recomputedTerms.total - plan.objective.total) < 1e-6)
        #expect(plan.meetings.count == best.meetings.count)
        let optimum = best.objective.total
        #expect(plan.objective.total >= optimum - 1e-6)
        #expect(plan.objective.bound <= optimum + 1e-6)
        #expect(plan.objective.bound > 0.5 * optimum, "the sum of the topics alone is a useful bound")
        #expect(plan.status == (plan.objective.gap <= 1e-9 ? .optimal : .feasible))
    }
}
