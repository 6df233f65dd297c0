import Foundation
import MIP
import Testing
@testable import Treffpunkt

/// The two forms of "at most one first day in a window" (H7 minimum gap, H8 city spacing)
/// are the same inequalities: both give the same optimum, and the plan passes the checker.
@Suite struct WindowRowFormTests {
    static let scenarios = ["grossstadtnetzwerk-2016.yaml", "kommunalsalons-2014.yaml"]

    @Test(arguments: scenarios)
    func listedAndCountedWindowsGiveTheSameOptimum(file: String) throws {
        let path = SampleScenarioTests.folder.appendingPathComponent(file).path
        let scenario = try ScenarioLoader.load(path: path).scenario
        let index = ScenarioIndex(scenario)
        let closedDays = ClosedDays(rules: scenario.calendar, cities: scenario.cities, period: scenario.period)
        let options = MeetingOptions(index, closedDays: closedDays).options
        var optima: [Double] = []
        for form in [WindowRowForm.cliques, .runningCounts, .automatic] {
            let planning = PlanningModel(index, options: options, windowRows: form)
            let result = GLPKSolver().solve(planning.model)
            #expect(result.status == .optimal, "\(form)")
            if let value = result.objectiveValue { optima.append(value) }
        }
        #expect(optima.count == 3)
        #expect(optima.allSatisfy { abs($0 - optima[0]) <= 1e-6 * max(1, abs(optima[0])) }, "\(optima)")
    }

    /// A long minimum gap over several years: the counted form keeps the model small and the
    /// rule exact (the plan's two meetings are at least 400 days apart, by the checker).
    @Test func aLongMinimumGapOverYearsPlansAndChecks() throws {
        let yaml = ScenarioText.minimal(replacing: "period: {start: 2016-09-01, end: 2017-06-30}",
                                               with: "period: {start: 2016-09-01, end: 2018-06-30}")
        var scenario = try ScenarioText.load(yaml).scenario
        scenario.topics[0].minGapDays = 400
        scenario.topics[0].meetings = 2
        guard case .planned(let plan) = Planner().plan(scenario).outcome else {
            Issue.record("no plan")
            return
        }
        let firstDays = plan.meetings.filter { $0.topic == scenario.topics[0].id }.map { $0.dates[0] }.sorted()
        #expect(firstDays.count == 2)
        if firstDays.count == 2 { #expect(firstDays[0].distance(to: firstDays[1]) >= 400) }
        #expect(PlanChecker.check(plan, against: scenario).isValid)
    }
}
