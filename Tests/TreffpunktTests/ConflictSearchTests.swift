import Foundation
import Testing
@testable import Treffpunkt

/// Scenarios that are infeasible only because rules interact: the reasons name the staff
/// member, venue, rule or fixed meeting with counts, and every suggested relaxation is
/// planned again here and its plan checked.
@Suite struct ConflictSearchTests {
    /// Three cities with one venue each, staff member anna, topics `a` and `b` of a format
    /// starting on Mondays (March 2027: 4 usable Mondays, Easter Monday closed).
    static func scenario(format: String = "days: 2, start_time: 13:00, end_time: 14:00, start_weekdays: [mon], weekdays: [mon, tue]",
                         period: String = "{start: 2027-03-01, end: 2027-03-31}", anna: String = "",
                         topicA: String, topicB: String, hosts: String = "[berlin, hamburg, bremen]",
                         extra: String = "") throws -> Scenario {
        try ScenarioText.load("""
            format: treffpunkt/1
            name: Konflikt 2027
            period: \(period)
            cities:
              - {id: berlin, name: Berlin, state: BE, location: [52.5244, 13.4105]}
              - {id: hamburg, name: Hamburg, state: HH, location: [53.5753, 10.0153]}
              - {id: bremen, name: Bremen, state: HB, location: [53.0758, 8.8072]}
            venues:
              - {id: rotes-rathaus, name: Rotes Rathaus, city: berlin, capacity: 30}
              - {id: rathaus-hamburg, name: Rathaus Hamburg, city: hamburg, capacity: 30}
              - {id: haus-der-buergerschaft, name: Haus der Bürgerschaft, city: bremen, capacity: 30}
            staff:
              - {id: anna, name: Anna Beispiel, office: berlin\(anna)}
            formats:
              - {id: fg, name: Fachgruppentreffen, \(format)}
            topics:
              - {id: a, name: A, format: fg, members: [berlin, hamburg, bremen], hosts: \(hosts), \(topicA)}
              - {id: b, name: B, format: fg, members: [berlin, hamburg, bremen], hosts: \(hosts), \(topicB)}
            \(extra)
            """).scenario
    }

    /// The reasons of an infeasible plan; each relaxation re-planned and checked.
    static func reasons(_ scenario: Scenario, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [String] {
        guard case .infeasible(let reasons) = Planner().plan(scenario).outcome else {
            Issue.record("expected infeasible", sourceLocation: sourceLocation)
            return []
        }
        let explainer = InfeasibilityExplainer(index: ScenarioIndex(scenario), generated: MeetingOptions(
            ScenarioIndex(scenario), closedDays: ClosedDays(rules: scenario.calendar, cities: scenario.cities, period: scenario.period)),
            planner: Planner())
        let result = ConflictSearch(scenario: scenario, planner: explainer.planner, deadline: nil).run()
        #expect(result.minimal && result.relaxationsComplete, sourceLocation: sourceLocation)
        #expect(!result.relaxations.isEmpty, sourceLocation: sourceLocation)
        for relaxation in result.relaxations {
            let plan = Planner().plan(relaxation.scenario).outcome.planned
            #expect(plan != nil, "\(relaxation.text)", sourceLocation: sourceLocation)
            if let plan {
                #expect(PlanChecker.check(plan, against: relaxation.scenario).violations.map(\.description) == [],
                        sourceLocation: sourceLocation)
                #expect(abs(plan.objective.total - relaxation.total) <= 1e-6 * max(1, plan.objective.total), sourceLocation: sourceLocation)
            }
        }
        return reasons.map(\.description)
    }

    @Test func sharedStaffNamesTheMemberAndTheUsableMondays() throws {
        let reasons = Self.reasons(try Self.scenario(topicA: "meetings: 3, staff: [anna]", topicB: "meetings: 3, staff: [anna]"))
        #expect(reasons.contains("'anna' must attend 6 meetings of 2 days (a 3, b 3), but the usable dates leave room for at most 4 (4 usable Mondays)"))
        #expect(reasons.contains { $0.hasPrefix("possible fix: let another staff member run 'a' instead of 'anna' (verified: a plan exists, total ") })
        #expect(reasons.contains { $0.hasPrefix("possible fix: allow Wednesday starts for 'a'") })
    }

    @Test func conflictsAndFixesReadInGerman() throws {
        let scenario = try Self.scenario(topicA: "meetings: 3, staff: [anna]", topicB: "meetings: 3, staff: [anna]")
        guard case .infeasible(let reasons) = Planner().plan(scenario).outcome else {
            Issue.record("expected infeasible")
            return
        }
        let german = reasons.map { $0.text(in: .de) }
        #expect(german.first == "jede Fachgruppe lässt sich allein planen, aber diese Regeln können nicht zusammen gelten "
            + "(ohne eine beliebige von ihnen gibt es einen Plan):")
        #expect(german.contains("'anna' muss an 6 Treffen zu 2 Tagen teilnehmen (a 3, b 3), aber die nutzbaren Termine lassen "
            + "Platz für höchstens 4 (4 nutzbare erste Tage am Montag)"))
        #expect(german.contains { $0.hasPrefix("mögliche Abhilfe: 'a' von anderem Personal statt von 'anna' betreuen lassen "
            + "(geprüft: es gibt einen Plan, Summe ") })
        #expect(german.contains { $0.hasPrefix("mögliche Abhilfe: Beginn am Mittwoch für 'a' erlauben") })
    }

    @Test func aSharedVenueNamesTheVenueAndItsDays() throws {
        let reasons = Self.reasons(try Self.scenario(topicA: "meetings: 3", topicB: "meetings: 3", hosts: "[berlin]",
                                                     extra: "rules: {distinct_hosts_per_topic: false}"))
        // Berlin's 8 March (Frauentag) and Easter Monday close two of March's Mondays.
        #expect(reasons.contains("venue 'rotes-rathaus' is shared by a, b, one meeting a day, on 6 usable days"))
        #expect(reasons.contains("'a': 3 meetings of 2 days needed, 3 usable Mondays at 1 host city"))
        #expect(reasons.contains { $0.hasPrefix("possible fix: add a second room like 'rotes-rathaus', so that topics need not share it (verified") })
    }

    @Test func aCityLimitNamesTheRule() throws {
        let reasons = Self.reasons(try Self.scenario(topicA: "meetings: 2", topicB: "meetings: 2",
                                                     extra: "rules: {max_meetings_per_city: 1}"))
        #expect(reasons.contains("max_meetings_per_city is 1"))
        #expect(reasons.contains { $0.hasPrefix("possible fix: set max_meetings_per_city to 2 (verified") })
    }

    @Test func aFixedMeetingAgainstAGapRuleNamesTheMeeting() throws {
        // b's two meetings fit 21 days apart only on 1 and 22 March; anna's fixed meeting of a takes the 22nd.
        let reasons = Self.reasons(try Self.scenario(topicA: "meetings: 1, staff: [anna]", topicB: "meetings: 2, staff: [anna], min_gap_days: 21",
                                                     extra: "fixed:\n  - {topic: a, start: 2027-03-22, venue: rathaus-hamburg}"))
        #expect(reasons.contains("the fixed meeting of 'a' on 2027-03-22 at 'rathaus-hamburg'"))
        #expect(reasons.contains { $0.hasPrefix("possible fix: drop the fixed meeting of 'a' on 2027-03-22 (verified") })
    }

    @Test func aMonthlyLimitCountsTheMonths() throws {
        let reasons = Self.reasons(try Self.scenario(
            format: "days: 1, start_time: 10:00, end_time: 16:00", period: "{start: 2027-03-01, end: 2027-04-30}",
            anna: ", max_meetings_per_month: 1", topicA: "meetings: 2, staff: [anna]", topicB: "meetings: 2, staff: [anna]"))
        #expect(reasons.contains("'anna' may start at most 1 a month (max_meetings_per_month), and the topics' usable dates lie in 2 months: room for 2 of 4 meetings"))
        #expect(reasons.contains { $0.hasPrefix("possible fix: raise max_meetings_per_month of 'anna' to 2 (verified") })
    }
}
