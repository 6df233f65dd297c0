import Foundation
import Testing
@testable import Treffpunkt

/// `move`: one meeting moved by hand, every field derived again, the objective recomputed and
/// every hard rule checked.
@Suite struct ManualMoveTests {
    @Test func aWeekLaterIsAPlanTheCheckerAccepts() throws {
        let (scenario, plan) = try PlanExplanationTests.sample()
        let meeting = try #require(plan.meetings.first { $0.topic == "monitoring" && $0.number == 3 })
        let later = meeting.firstDay.advanced(by: 7)
        let move = try ManualMove(plan, scenario: scenario, topic: "monitoring", number: 3, to: later, venue: nil)
        #expect(move.violations.map(\.description) == [])
        #expect(PlanChecker.check(move.plan, against: scenario).violations.map(\.description) == [])
        let moved = try #require(move.plan.meetings.first { $0.topic == "monitoring" && $0.firstDay == later })
        #expect(moved.dates == [later, later.advanced(by: 1)])
        #expect(moved.registrationDeadline == later.advanced(by: -(scenario.format(scenario.topic("monitoring")!.format)!.registrationDays)))
        // Dates do not enter the objective.
        #expect(abs(move.extraCost) < 1e-6)
    }

    @Test func anotherVenueIsPricedAndABrokenRuleIsReported() throws {
        let (scenario, plan) = try PlanExplanationTests.sample()
        let meeting = try #require(plan.meetings.first { $0.topic == "monitoring" && $0.number == 2 })
        let tooSoon = try ManualMove(plan, scenario: scenario, topic: "monitoring", number: 2, to: meeting.firstDay.advanced(by: 1), venue: nil)
        #expect(tooSoon.violations.contains { $0.rule == "H2" })
        #expect(throws: MoveError.self) {
            try ManualMove(plan, scenario: scenario, topic: "monitoring", number: 9, to: meeting.firstDay, venue: nil)
        }
        let otherVenue = try #require(scenario.venues.first { $0.city == meeting.city && $0.id != meeting.venue })
        let move = try ManualMove(plan, scenario: scenario, topic: "monitoring", number: 2, to: meeting.firstDay, venue: otherVenue.id)
        let recomputed = PlanChecker.check(move.plan, against: scenario).recomputedTerms
        #expect(abs(move.plan.objective.total - recomputed.total) < 1e-6)
        #expect(abs(move.extraCost - (recomputed.total - plan.objective.total)) < 1e-6)
    }
}
