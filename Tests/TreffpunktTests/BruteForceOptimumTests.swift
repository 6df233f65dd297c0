import Foundation
import Testing
@testable import Treffpunkt

/// Proves the planner's optimum on small networks by enumerating every plan, judging each
/// with the independent checker and keeping the cheapest valid one.
@Suite struct BruteForceOptimumTests {
    /// Every (venue, allowed first day) of a topic, rules aside: the checker decides validity.
    private func candidates(_ scenario: Scenario, topic: Topic) -> [(venue: Venue, first: Day)] {
        let format = scenario.format(topic.format)!
        let firstDays = scenario.period.filter { format.startWeekdays.contains($0.weekday) }
        return scenario.venues.flatMap { venue in firstDays.map { (venue, $0) } }
    }

    private func meeting(_ scenario: Scenario, topic: Topic, venue: Venue, first: Day, fixed: Bool) -> Plan.Meeting {
        let format = scenario.format(topic.format)!
        let zone = TimeZone(identifier: scenario.timeZone)!
        let days = (0..<format.days).map { first.advanced(by: $0) }
        return Plan.Meeting(topic: topic.id, number: 0, city: venue.city, venue: venue.id,
                            start: LocalTime.timestamp(first, format.startTime, in: zone),
                            end: LocalTime.timestamp(days.last!, format.endTime, in: zone),
                            dates: days,
                            registrationDeadline: first.advanced(by: -format.registrationDays),
                            staff: topic.staff, fixed: fixed)
    }

    /// Numbers meetings per topic by first day, ties by venue id, as the contract asks.
    private func numbered(_ meetings: [Plan.Meeting]) -> [Plan.Meeting] {
        var result: [Plan.Meeting] = []
        for (_, group) in Dictionary(grouping: meetings, by: \.topic) {
            let ordered = group.sorted { ($0.dates[0], $0.venue) < ($1.dates[0], $1.venue) }
            for (position, var meeting) in ordered.enumerated() {
                meeting.number = position + 1
                result.append(meeting)
            }
        }
        return result
    }

    private func cheapestValidPlan(_ scenario: Scenario) -> Double? {
        let monitoring = scenario.topics[0], kooperation = scenario.topics[1]
        let first = candidates(scenario, topic: monitoring), second = candidates(scenario, topic: kooperation)
        var best: Double?
        for a in first.indices {
            for b in first.indices where b > a {
                for c in second.indices {
                    let meetings = numbered([
                        meeting(scenario, topic: monitoring, venue: first[a].venue, first: first[a].first, fixed: false),
                        meeting(scenario, topic: monitoring, venue: first[b].venue, first: first[b].first, fixed: false),
                        meeting(scenario, topic: kooperation, venue: second[c].venue, first: second[c].first, fixed: false),
                    ])
                    let plan = Plan(scenario: .init(name: scenario.name, file: "", sha256: ""), status: .feasible,
                                    objective: .init(terms: ObjectiveTerms(), bound: 0),
                                    solver: .init(name: "enumeration", version: "1", seconds: 0, nodes: 0), meetings: meetings)
                    let report = PlanChecker.check(plan, against: scenario)
                    // The placeholder objective never matches; only hard rules decide validity here.
                    guard report.violations.allSatisfy({ $0.rule == "objective" }) else { continue }
                    best = min(best ?? .infinity, report.recomputedTerms.total)
                }
            }
        }
        return best
    }

    @Test(arguments: [0, 1, 2])
    func plannerMatchesEnumeration(variant: Int) throws {
        var network = TinyNetwork()
        network.scenario.period = TinyNetwork.day("2027-02-01")...TinyNetwork.day("2027-03-02")
        network.addTopic("kooperation", staff: ["anna", "jonas"])
        network.scenario.cities[2].offers = ["kooperation"]
        network.scenario.history = [PastMeeting(topic: "monitoring", city: "hannover", start: TinyNetwork.day("2026-06-01"))]
        switch variant {
        case 1:
            network.scenario.topics[0].minGapDays = 14
            network.scenario.rules.staffRestDays = 6
            network.scenario.venues[4].unavailable = DateSet([.init(days: TinyNetwork.day("2027-02-01")...TinyNetwork.day("2027-02-16"))])
        case 2:
            network.scenario.rules.distinctHostsPerTopic = false
            network.scenario.rules.weights = ObjectiveWeights(travel: 1, venueCost: 1, rotation: 2000, balance: -300, offers: 5000)
            network.scenario.cities[3].delegates = 6
        default:
            break
        }
        let plan = try #require(network.plan())
        let enumerated = try #require(cheapestValidPlan(network.scenario))
        #expect(abs(plan.objective.total - enumerated) < 1e-6, "planner \(plan.objective.total), enumeration \(enumerated)")
    }
}
