import Foundation
import Testing
@testable import Treffpunkt

/// `explain`: terms in their units, a meeting's share, and alternatives re-solved with a
/// required meeting; every re-solved plan goes through the checker.
@Suite struct PlanExplanationTests {
    static func sample() throws -> (Scenario, Plan) {
        let path = SampleScenarioTests.folder.appendingPathComponent("grossstadtnetzwerk-2016.yaml").path
        let scenario = try ScenarioLoader.load(path: path).scenario
        let plan = try #require(Planner().plan(scenario).outcome.planned)
        #expect(PlanChecker.check(plan, against: scenario).violations.map(\.description) == [])
        return (scenario, plan)
    }

    /// The plan's checked copy of a re-solved alternative, or a recorded issue.
    static func checked(_ alternative: PlanAlternatives.Alternative, _ scenario: Scenario,
                        sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Plan? {
        guard let plan = alternative.outcome.planned else {
            Issue.record("no plan for \(alternative.requirement.description): \(alternative.outcome)", sourceLocation: sourceLocation)
            return nil
        }
        #expect(PlanChecker.check(plan, against: scenario).violations.map(\.description) == [], sourceLocation: sourceLocation)
        return plan
    }

    @Test func termsInTheirUnitsAddUpToThePlan() throws {
        let (scenario, plan) = try Self.sample()
        let explanation = PlanExplanation(plan: plan, scenario: scenario)
        #expect(explanation.matchesPlan)
        let balance = try #require(explanation.terms.first { $0.name == "balance" })
        // Every city beyond its first hosting counts once, 200 points each.
        #expect(balance.amount == Double(explanation.repeatedHosts.map { $0.meetings.count - 1 }.reduce(0, +)))
        #expect(balance.weighted == 200 * balance.amount)
        #expect(explanation.journeys.map(\.personKilometres) == explanation.journeys.map(\.personKilometres).sorted(by: >))
        let text = explanation.render(description: "plan.json")
        #expect(text.contains("person-km × 1"))
        #expect(text.contains("extra hostings × 200"))
        #expect(text.contains("longest journeys:"))
    }

    @Test func aMeetingsSharesAreItsPartOfEachTerm() throws {
        let (scenario, plan) = try Self.sample()
        let explanation = PlanExplanation(plan: plan, scenario: scenario)
        let shares = plan.meetings.map { explanation.share(of: $0) }
        for name in ["travel", "balance", "offers"] {
            let sum = shares.map { $0.terms.first { $0.name == name }!.weighted }.reduce(0, +)
            let term = explanation.terms.first { $0.name == name }!.weighted
            #expect(abs(sum - term) <= 1e-6 * max(1, abs(term)), "\(name)")
        }
    }

    /// The acceptance check of issue 13: the extra cost of monitoring #2 in Bremen equals a
    /// separate plan of the scenario with that meeting fixed where the re-solve put it.
    @Test func insteadCostsWhatPlanningWithTheMeetingFixedCosts() throws {
        let (scenario, plan) = try Self.sample()
        let meeting = try #require(plan.meetings.first { $0.topic == "monitoring" && $0.number == 2 })
        #expect(meeting.city != "bremen")
        let alternatives = try PlanAlternatives(plan: plan, scenario: scenario, solveOptions: .init(timeLimit: 60))
        let alternative = try alternatives.alternative(try alternatives.requirement(for: meeting, instead: "bremen"))
        let resolved = try #require(Self.checked(alternative, scenario))
        let moved = try #require(alternative.meeting)
        #expect(moved.city == "bremen" && moved.topic == "monitoring")
        var fixedThere = scenario
        fixedThere.fixed.append(FixedMeeting(topic: "monitoring", start: moved.firstDay, venue: moved.venue))
        let separate = try #require(Planner().plan(fixedThere).outcome.planned)
        #expect(PlanChecker.check(separate, against: fixedThere).violations.map(\.description) == [])
        let extra = try #require(alternative.extraCost)
        #expect(extra > 0)
        #expect(abs(extra - (separate.objective.total - plan.objective.total)) <= 1e-6 * plan.objective.total)
        #expect(resolved.status == .optimal)
        #expect(alternative.changes?.isEmpty == false)
    }

    @Test func aDateKeepsTheCityAndTheCheapestCitiesAreSortedAndChecked() throws {
        let (scenario, plan) = try Self.sample()
        let meeting = try #require(plan.meetings.first { $0.topic == "bildungsmanagement" && $0.number == 2 })
        let alternatives = try PlanAlternatives(plan: plan, scenario: scenario, solveOptions: .init(timeLimit: 60))
        let later = meeting.firstDay.advanced(by: 7)
        let requirement = try alternatives.requirement(for: meeting, instead: later.description)
        #expect(requirement == MeetingRequirement(topic: "bildungsmanagement", city: meeting.city, firstDay: later))
        let byDate = try alternatives.alternative(requirement)
        let moved = try #require(Self.checked(byDate, scenario)?.meetings.first { $0.topic == "bildungsmanagement" && $0.firstDay == later })
        #expect(moved.city == meeting.city)
        // Dates do not enter the objective, so a week later costs nothing when it fits.
        #expect(try #require(byDate.extraCost) >= -1e-6)

        let cheapest = try alternatives.cheapest(for: meeting)
        #expect(!cheapest.alternatives.isEmpty && cheapest.alternatives.count <= 3)
        let extras = cheapest.alternatives.compactMap(\.extraCost)
        #expect(extras == extras.sorted())
        for alternative in cheapest.alternatives {
            #expect(alternative.requirement.city != meeting.city)
            _ = Self.checked(alternative, scenario)
        }
    }

    @Test func targetsThatCannotBeAlternativesAreRefused() throws {
        let (scenario, plan) = try Self.sample()
        let meeting = try #require(plan.meetings.first { $0.topic == "monitoring" && $0.number == 2 })
        let other = try #require(plan.meetings.first { $0.topic == "monitoring" && $0.number == 1 })
        let alternatives = try PlanAlternatives(plan: plan, scenario: scenario, solveOptions: .init(timeLimit: 60))
        #expect { try alternatives.requirement(for: meeting, instead: meeting.city.rawValue) } throws: { "\($0)".contains("already") }
        #expect { try alternatives.requirement(for: meeting, instead: "berlin") } throws: {
            "\($0)" == "'berlin' is not among the hosts of topic 'monitoring'"
        }
        #expect { try alternatives.requirement(for: meeting, instead: other.city.rawValue) } throws: {
            "\($0)".contains("hosts monitoring#1 already")
        }
        #expect { try alternatives.requirement(for: meeting, instead: "bremn") } throws: { "\($0)".contains("did you mean 'bremen'?") }
    }

    @Test func aRequirementWithoutAnyUsableOptionIsInfeasibleWithItsReason() throws {
        let (scenario, _) = try Self.sample()
        // 2016-07-16 is a Saturday; the format starts on weekdays only.
        let planner = Planner(requirements: [MeetingRequirement(topic: "monitoring", city: "bremen", firstDay: Day(iso: "2016-07-16"))])
        guard case .infeasible(let reasons) = planner.plan(scenario).outcome else {
            Issue.record("expected infeasible")
            return
        }
        #expect(reasons.count == 1 && reasons[0].description.hasPrefix("a meeting of 'monitoring' in 'bremen' on 2016-07-16 is impossible"))
    }
}
