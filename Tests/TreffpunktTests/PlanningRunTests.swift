import Testing
@testable import Treffpunkt

/// The planning run: the history it plans against, and the checker every plan passes before
/// the run hands it out.
@Suite struct PlanningRunTests {
    /// Moves a plan's first meeting by one week without touching its other fields: the checker
    /// sees dates and a start that disagree, and a first day that is not the one recorded.
    static let moveFirstMeetingByAWeek: @Sendable (inout Plan) -> Void = { plan in
        let moved = plan.meetings[0].dates.map { $0.advanced(by: 7) }
        plan.meetings[0].dates = moved
    }

    @Test func everyPlanPassesTheCheckerBeforeItIsHandedOut() throws {
        let network = TinyNetwork()
        var run = PlanningRun(scenario: network.scenario, historySource: nil)
        // Untouched, the run hands out a plan the checker accepts.
        let planned = try #require(try run.run(.plan(years: 1)).outcome.planned)
        #expect(PlanChecker.check(planned.plans[0], against: network.scenario).isValid)

        run.editBeforeCheck = Self.moveFirstMeetingByAWeek
        #expect {
            _ = try run.run(.plan(years: 1))
        } throws: { error in
            guard case .planBreaksRules(_, let violations) = error as? PlanningRunError else { return false }
            return violations.contains { $0.rule == "H1" }
        }
    }

    @Test func everyYearOfAJointRunIsChecked() throws {
        var network = TinyNetwork()
        network.scenario.period = TinyNetwork.day("2027-01-04")...TinyNetwork.day("2027-06-30")
        var run = PlanningRun(scenario: network.scenario, historySource: nil)
        let planned = try #require(try run.run(.plan(years: 2)).outcome.planned)
        #expect(planned.years.count == 2)
        // The second year's plan records the first year's meetings as its history.
        #expect(planned.plans[1].history.count == planned.plans[0].meetings.count)
        run.editBeforeCheck = Self.moveFirstMeetingByAWeek
        #expect(throws: PlanningRunError.self) { _ = try run.run(.plan(years: 2)) }
    }

    @Test func aReplanIsCheckedAgainstItsReference() throws {
        let network = TinyNetwork()
        let reference = try #require(network.plan())
        var run = PlanningRun(scenario: network.scenario, historySource: nil)
        let planned = try #require(try run.run(.replan(reference: reference, freezeBefore: nil)).outcome.planned)
        #expect(planned.plans[0].objective.terms.changes == 0)
        run.editBeforeCheck = Self.moveFirstMeetingByAWeek
        #expect(throws: PlanningRunError.self) { _ = try run.run(.replan(reference: reference, freezeBefore: nil)) }
    }

    // MARK: History

    /// An adopted plan of the tiny network's topic with meetings on the given days in the given cities.
    static func adopted(_ id: Int64, period: (String, String), meetings: [(city: City.ID, day: String)]) -> Plan {
        Plan(id: id, scenario: .init(name: "Tiny network", file: "tiny.yaml", sha256: ""),
             period: .init(start: Day(iso: period.0)!, end: Day(iso: period.1)!), status: .optimal,
             objective: .init(terms: ObjectiveTerms(), bound: 0), solver: .init(name: "", version: "", seconds: 0, nodes: 0),
             meetings: meetings.enumerated().map { number, meeting in
                 Plan.Meeting(topic: "monitoring", number: number + 1, city: meeting.city, venue: Venue.ID("\(meeting.city)-venue"),
                              start: LocalTimestamp(day: Day(iso: meeting.day)!, secondsOfDay: 0, utcOffset: 0),
                              end: LocalTimestamp(day: Day(iso: meeting.day)!, secondsOfDay: 0, utcOffset: 0),
                              dates: [Day(iso: meeting.day)!], registrationDeadline: Day(iso: meeting.day)!, staff: [], fixed: false)
             })
    }

    @Test func adoptedMeetingsBeforeThePeriodAreHistory() throws {
        let network = TinyNetwork()  // period 2027-01-04 – 2027-03-30
        let source = [
            Self.adopted(1, period: ("2026-01-01", "2026-12-31"), meetings: [("hamburg", "2026-03-02"), ("bremen", "2026-10-05")]),
            Self.adopted(2, period: ("2027-01-01", "2027-12-31"), meetings: [("berlin", "2027-02-01")]),
        ]
        let history = try PlanningHistory(for: network.scenario, from: source)
        #expect(history.adopted.map(\.city) == ["hamburg", "bremen"])
        #expect(history.adopted.map(\.plan) == [1, 1])
        #expect(history.applied(to: network.scenario).history.map(\.city) == ["hamburg", "bremen"])
    }

    @Test func aReplannedPlansHistoryYieldsToAdoptedPlansAndRepeats() throws {
        let network = TinyNetwork()
        let source = [Self.adopted(1, period: ("2026-01-01", "2026-12-31"), meetings: [("hamburg", "2026-03-02")])]
        var history = try PlanningHistory(for: network.scenario, from: source)
        try history.carry([
            Plan.HistoryEntry(topic: "monitoring", city: "hamburg", start: "2026-03-02", plan: 1),   // a repeat
            Plan.HistoryEntry(topic: "monitoring", city: "bremen", start: "2026-06-01", plan: 7),    // adopted plan 1 covers 2026
            Plan.HistoryEntry(topic: "monitoring", city: "hannover", start: "2025-05-05", plan: nil), // counts
            Plan.HistoryEntry(topic: "monitoring", city: "berlin", start: "2027-02-01", plan: nil),   // not before the period
            Plan.HistoryEntry(topic: "verkehr", city: "berlin", start: "2025-02-03", plan: nil),      // unknown topic
        ], for: network.scenario, from: source)
        #expect(history.carried.map(\.city) == ["hannover"])
        #expect(history.entries.map(\.city) == ["hamburg", "hannover"])
    }

    @Test func historyFromTheSourceChangesThePlan() throws {
        var network = TinyNetwork()
        network.scenario.rules.noRepeatHostYears = 1
        let unconstrained = try #require(try PlanningRun(scenario: network.scenario, historySource: nil).run(.plan(years: 1))
            .outcome.planned)
        let hosts = Set(unconstrained.plans[0].meetings.map(\.city))
        // Adopting a 2026 plan with those hosts bars them in 2027.
        let source = [Self.adopted(1, period: ("2026-01-01", "2026-12-31"),
                                   meetings: hosts.sorted().map { ($0, "2026-05-04") })]
        let run = PlanningRun(scenario: network.scenario, historySource: source)
        let planned = try #require(try run.run(.plan(years: 1)).outcome.planned)
        #expect(Set(planned.plans[0].meetings.map(\.city)).isDisjoint(with: hosts))
        #expect(planned.plans[0].history.count == hosts.count)
    }
}

extension PlanningRunTests {
    @Test func aReplanFromAPlanOfAnotherNetworkIsRefused() throws {
        let network = TinyNetwork()
        var reference = try #require(network.plan())
        for index in reference.meetings.indices { reference.meetings[index].topic = "verkehr" }
        let run = PlanningRun(scenario: network.scenario, historySource: nil)
        #expect {
            _ = try run.run(.replan(reference: reference, freezeBefore: nil))
        } throws: { error in
            guard case .referenceOfAnotherNetwork(_, let topics, let scenarioTopics) = error as? PlanningRunError else { return false }
            return topics == ["verkehr"] && scenarioTopics == ["monitoring"]
        }
    }
}
