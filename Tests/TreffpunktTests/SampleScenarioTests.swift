import Foundation
import Testing
@testable import Treffpunkt

/// Plans every bundled scenario in `scenarios/`, runs the independent checker on the
/// result and asserts the status (and the optimum where it is known).
@Suite struct SampleScenarioTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("scenarios")

    static var files: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted()
    }

    @Test func thereAreSampleScenarios() {
        #expect(Set(SampleScenarioTests.files).isSuperset(of: [
            "grossstadtnetzwerk-2016.yaml", "grossstadtnetzwerk-2018.yaml", "kommunalsalons-2014.yaml",
        ]))
    }

    @Test(arguments: files)
    func plansToAnOptimumTheCheckerAccepts(file: String) throws {
        let path = SampleScenarioTests.folder.appendingPathComponent(file).path
        let scenario = try ScenarioLoader.load(path: path).scenario
        guard case .plan(let plan) = Planner().plan(scenario).outcome else {
            Issue.record("\(file) did not plan")
            return
        }
        #expect(plan.status == .optimal)
        #expect(plan.objective.gap == 0)
        #expect(plan.meetings.count == scenario.topics.map(\.meetings).reduce(0, +))
        #expect(plan.meetings.filter(\.fixed).count == scenario.fixed.count)
        let report = PlanChecker.check(plan, against: scenario)
        #expect(report.violations.map(\.description) == [])
        #expect(abs(report.recomputedTerms.total - plan.objective.total) <= 1e-6 * max(1, abs(plan.objective.total)))
    }
}
