import Foundation
import MIP
import Testing
@testable import Treffpunkt

/// Hosts-first planning (`Planner.solveHostsFirst`): the hosting relaxation, then the days of
/// its venues, excluding an assignment whose days have no plan. Its optimum must be the whole
/// model's, and its plans must pass the independent checker.
@Suite struct HostsFirstTests {
    /// Options of a scenario, as the planner generates them.
    static func options(_ scenario: Scenario) -> (ScenarioIndex, [MeetingOption]) {
        let index = ScenarioIndex(scenario)
        let closedDays = ClosedDays(rules: scenario.calendar, cities: scenario.cities, period: scenario.period)
        return (index, MeetingOptions(index, closedDays: closedDays).options)
    }

    /// The optimum of the whole days model alone, without hosts first.
    static func wholeOptimum(_ scenario: Scenario) throws -> Double {
        let (index, options) = Self.options(scenario)
        let whole = Planner().solve(index, options: options)
        #expect(whole.result.status == .optimal)
        return try #require(whole.result.objectiveValue)
    }

    static func checkedPlan(_ solved: Planner.Solved, _ scenario: Scenario) throws -> Plan {
        let plan = try #require(SolutionReader(solved.planning, result: solved.result, seconds: solved.seconds,
                                               nodes: solved.nodes).plan)
        let report = PlanChecker.check(plan, against: scenario)
        #expect(report.violations.map(\.description) == [])
        #expect(abs(report.recomputedTerms.total - plan.objective.total) < 1e-6)
        return plan
    }

    @Test(arguments: ["grossstadtnetzwerk-2016.yaml", "grossstadtnetzwerk-2018.yaml", "kommunalsalons-2014.yaml"])
    func itsOptimumIsTheWholeModels(file: String) throws {
        let path = SampleScenarioTests.folder.appendingPathComponent(file).path
        let scenario = try ScenarioLoader.load(path: path).scenario
        let (index, options) = Self.options(scenario)
        let hostsFirst = Planner().solveHostsFirst(index, options: options, years: nil, until: nil)
        let solved = try #require(hostsFirst.solved)
        #expect(solved.result.status == .optimal)
        let plan = try Self.checkedPlan(solved, scenario)
        #expect(abs(plan.objective.total - (try Self.wholeOptimum(scenario))) < 1e-6)
        #expect(plan.status == .optimal && plan.objective.gap == 0)
    }

    /// The cheapest hosts can only meet in the same week, which the minimum gap forbids: the
    /// first assignment has no days, is excluded, and the next one is the whole model's optimum.
    @Test func anAssignmentWithoutDaysIsExcluded() throws {
        var network = TinyNetwork()
        network.scenario.topics[0].minGapDays = 28
        let (index, options) = Self.options(network.scenario)
        let firstChoice = HostingModel(index, options: options, years: nil, requirements: [], excluded: [])
        let relaxed = GLPKSolver().solve(firstChoice.planning.model)
        let cheapest = try #require(relaxed.objectiveValue)
        let cheapestVenues = Set(firstChoice.assignment(relaxed).map { firstChoice.planning.options[$0.group].venue })
        #expect(cheapestVenues.count == 2)
        // Every venue of those cities is bookable only in the week of 2027-01-11.
        let cheapestCities = Set(cheapestVenues.map { network.scenario.venues[$0].city })
        let period = network.scenario.period
        for position in network.scenario.venues.indices where cheapestCities.contains(network.scenario.venues[position].city) {
            network.scenario.venues[position].unavailable = DateSet([.init(days: period.lowerBound...TinyNetwork.day("2027-01-10")),
                                                                     .init(days: TinyNetwork.day("2027-01-13")...period.upperBound)])
        }

        let (editedIndex, editedOptions) = Self.options(network.scenario)
        let hostsFirst = Planner().solveHostsFirst(editedIndex, options: editedOptions, years: nil, until: nil)
        let solved = try #require(hostsFirst.solved)
        #expect(solved.result.status == .optimal)
        let plan = try Self.checkedPlan(solved, network.scenario)
        #expect(plan.objective.total > cheapest + 1e-6)
        #expect(abs(plan.objective.total - (try Self.wholeOptimum(network.scenario))) < 1e-6)
        #expect(Set(plan.meetings.map(\.city)) != cheapestCities)
    }

    /// Five planned years: the hosting path prices rotation, and each year's plan is read back
    /// with the years before it as history and checked (`Planner.plan(_:years:)` refuses a
    /// total that differs from the model's objective).
    @Test func severalYearsAreProvenOptimal() throws {
        var network = TinyNetwork()
        network.scenario.rules.noRepeatHostYears = 1
        let run = try Planner().plan(network.scenario, years: 5)
        let plans = try #require(run.outcome.planned)
        #expect(run.objective?.status == .optimal)
        for year in plans {
            let report = PlanChecker.check(year.plan, against: year.scenario)
            #expect(report.violations.map(\.description) == [])
        }
        // No city hosts in two consecutive years (no_repeat_host_years: 1).
        let hosts = plans.map { Set($0.plan.meetings.map(\.city)) }
        for (earlier, later) in zip(hosts, hosts.dropFirst()) { #expect(earlier.isDisjoint(with: later)) }
    }
}
