import Foundation
import Testing
@testable import Treffpunkt

/// Re-planning with minimal change: real solves on the tiny network, every plan through the
/// checker with its reference plan.
@Suite struct ReplanTests {
    /// Two topics with two meetings each, run by different staff members; only `monitoring`
    /// may meet in Hamburg.
    static func network() -> TinyNetwork {
        var network = TinyNetwork()
        network.addTopic("kooperation", meetings: 2, hosts: ["berlin", "bremen", "hannover"])
        return network
    }

    /// Re-plans `scenario` from `reference` and requires a plan that the checker accepts with
    /// the same reference, whose changes term it recomputes to the same value.
    static func replan(_ scenario: Scenario, reference: Plan, freezeBefore: Day? = nil,
                       sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Plan? {
        switch Planner().replan(scenario, reference: reference, freezeBefore: freezeBefore).outcome {
        case .planned(let plan):
            let report = PlanChecker.check(plan, against: scenario, reference: reference, freezeBefore: freezeBefore)
            #expect(report.violations.map(\.description) == [], sourceLocation: sourceLocation)
            #expect(plan.objective.terms.changes != nil, sourceLocation: sourceLocation)
            #expect(report.recomputedTerms.changes == plan.objective.terms.changes, sourceLocation: sourceLocation)
            #expect(plan.status == .optimal, sourceLocation: sourceLocation)
            return plan
        case let other:
            Issue.record("expected a plan, got \(other)", sourceLocation: sourceLocation)
            return nil
        }
    }

    /// What identifies a meeting for "unchanged": topic, venue and dates.
    static func places(_ plan: Plan) -> Set<String> {
        Set(plan.meetings.map { "\($0.topic) \($0.venue) \($0.dates.map(\.description).joined(separator: ","))" })
    }

    @Test func nothingEditedKeepsEveryMeeting() throws {
        let network = Self.network()
        let reference = try #require(network.plan())
        let plan = try #require(Self.replan(network.scenario, reference: reference))
        #expect(plan.meetings == reference.meetings)
        #expect(plan.objective.terms.changes == 0)
        #expect(abs(plan.objective.total - reference.objective.total) < 1e-6)
    }

    @Test func anUnavailableVenueMovesOnlyItsMeetingWithinItsCity() throws {
        var network = Self.network()
        let reference = try #require(network.plan())
        let hit = try #require(reference.meetings.first)
        let venue = try #require(network.scenario.venues.firstIndex { $0.id == hit.venue })
        network.scenario.venues[venue].unavailable = DateSet([.init(days: hit.firstDay...hit.firstDay)])

        let plan = try #require(Self.replan(network.scenario, reference: reference))
        let kept = Self.places(reference).subtracting(["\(hit.topic) \(hit.venue) \(hit.dates.map(\.description).joined(separator: ","))"])
        #expect(kept.isSubset(of: Self.places(plan)))
        #expect(plan.meetings.count == reference.meetings.count)
        let moved = try #require(plan.meetings.first { !kept.contains("\($0.topic) \($0.venue) \($0.dates.map(\.description).joined(separator: ","))") })
        #expect(moved.topic == hit.topic)
        #expect(moved.city == hit.city)
        // Within the city the cheapest move costs what the term says, far below a city move.
        let days = Double(abs(hit.firstDay.distance(to: moved.firstDay)))
        let expected = (moved.venue == hit.venue ? 0 : 3000) + 100 * days
        #expect(plan.objective.terms.changes == expected)
        #expect(expected < 10000)

        let diff = PlanDiff(before: reference, after: plan)
        #expect(diff.moved.count == 1)
        #expect(diff.added.isEmpty && diff.dropped.isEmpty)
        #expect(diff.unchanged == reference.meetings.count - 1)
    }

    @Test func aVenueGoneForThePeriodMovesToTheOtherVenueOfItsCitySameDay() throws {
        var network = Self.network()
        let saal = FixedMeeting(topic: "monitoring", start: TinyNetwork.day("2027-02-01"), venue: "hamburg-saal")
        var decided = network.scenario
        decided.fixed = [saal]
        guard case .planned(let reference) = Planner().plan(decided).outcome else {
            Issue.record("the reference scenario has no plan")
            return
        }
        let saalIndex = try #require(network.scenario.venues.firstIndex { $0.id == "hamburg-saal" })
        network.scenario.venues[saalIndex].unavailable = DateSet([.init(days: network.scenario.period)])

        let plan = try #require(Self.replan(network.scenario, reference: reference))
        let hamburg = try #require(plan.meetings.first { $0.topic == "monitoring" && $0.city == "hamburg" })
        #expect(hamburg.venue == "hamburg-rathaus")
        #expect(hamburg.dates == ["2027-02-01", "2027-02-02"])
        #expect(plan.objective.terms.changes == 3000)
        #expect(Self.places(reference).subtracting(Self.places(plan)).count == 1)
    }

    @Test func aCityMoveOnlyWhenTheCityHasNoVenueLeft() throws {
        var network = Self.network()
        let saal = FixedMeeting(topic: "monitoring", start: TinyNetwork.day("2027-02-01"), venue: "hamburg-saal")
        var decided = network.scenario
        decided.fixed = [saal]
        guard case .planned(let reference) = Planner().plan(decided).outcome else {
            Issue.record("the reference scenario has no plan")
            return
        }
        for index in network.scenario.venues.indices where network.scenario.venues[index].city == "hamburg" {
            network.scenario.venues[index].unavailable = DateSet([.init(days: network.scenario.period)])
        }
        let plan = try #require(Self.replan(network.scenario, reference: reference))
        #expect(!plan.meetings.contains { $0.city == "hamburg" })
        // One city move; nothing else changes, since every other meeting can stay.
        #expect(plan.objective.terms.changes == 10000)
        let diff = PlanDiff(before: reference, after: plan)
        #expect(diff.moved.count == 1)
        #expect(diff.moved.first?.cityChanged == true)
        #expect(diff.unchanged == reference.meetings.count - 1)
    }

    @Test func meetingsBeforeTheFreezeDayStayEvenWhenMovingThemIsCheaper() throws {
        var network = Self.network()
        let reference = try #require(network.plan())
        let first = try #require(reference.meetings.first)
        let venue = try #require(network.scenario.venues.firstIndex { $0.id == first.venue })
        // The venue now costs far more than any change: without a freeze the meeting leaves it.
        network.scenario.venues[venue].costPerDay = 1e7

        let unfrozen = try #require(Self.replan(network.scenario, reference: reference))
        #expect(!unfrozen.meetings.contains { $0.venue == first.venue })

        let freeze = first.firstDay.advanced(by: 1)
        let frozen = try #require(Self.replan(network.scenario, reference: reference, freezeBefore: freeze))
        let kept = try #require(frozen.meetings.first { $0.topic == first.topic && $0.venue == first.venue })
        #expect(kept.dates == first.dates)
        #expect(!kept.fixed)
        #expect(frozen.meetings.filter { $0.firstDay < freeze }.count
                == reference.meetings.filter { $0.firstDay < freeze }.count)
        #expect(Self.places(reference).filter { $0.hasPrefix("\(first.topic) \(first.venue)") }
                    .isSubset(of: Self.places(frozen)))
    }

    @Test func freezingThroughThePeriodsEndKeepsEveryMeeting() throws {
        let network = Self.network()
        let reference = try #require(network.plan())
        let late = network.scenario.period.upperBound.advanced(by: 1)
        let plan = try #require(Self.replan(network.scenario, reference: reference, freezeBefore: late))
        #expect(plan.meetings == reference.meetings)
        #expect(plan.objective.terms.changes == 0)
    }

    @Test func noMeetingMovesToBeforeTheFreezeDay() throws {
        var network = Self.network()
        let reference = try #require(network.plan())
        let last = try #require(reference.meetings.last)
        let venue = try #require(network.scenario.venues.firstIndex { $0.id == last.venue })
        // The venue closes from the last meeting's day on; moving a week earlier is no longer allowed.
        network.scenario.venues[venue].unavailable = DateSet([.init(days: last.firstDay...network.scenario.period.upperBound)])
        let plan = try #require(Self.replan(network.scenario, reference: reference, freezeBefore: last.firstDay))
        let early = Self.places(Plan(scenario: plan.scenario, status: plan.status, objective: plan.objective,
                                     solver: plan.solver, meetings: plan.meetings.filter { $0.firstDay < last.firstDay }))
        #expect(early.isSubset(of: Self.places(reference)))
        #expect(plan.meetings.filter { $0.firstDay >= last.firstDay }.count
                == reference.meetings.filter { $0.firstDay >= last.firstDay }.count)
    }

    @Test func theCheckerCatchesAWrongChangesTermAndALostFrozenMeeting() throws {
        var network = Self.network()
        let reference = try #require(network.plan())
        let hit = try #require(reference.meetings.last)
        let venue = try #require(network.scenario.venues.firstIndex { $0.id == hit.venue })
        network.scenario.venues[venue].unavailable = DateSet([.init(days: hit.firstDay...hit.firstDay)])
        var plan = try #require(Self.replan(network.scenario, reference: reference))

        var terms = plan.objective.terms
        terms.changes = (terms.changes ?? 0) + 100
        plan.objective = Plan.Objective(terms: terms, bound: plan.objective.bound)
        let wrong = PlanChecker.check(plan, against: network.scenario, reference: reference)
        #expect(wrong.violations.contains { $0.rule == "objective" && $0.message.contains("term changes") })
        // Without the reference the term is taken as given and only has to add up.
        #expect(PlanChecker.check(plan, against: network.scenario).violations.allSatisfy {
            $0.rule == "objective" && !$0.message.contains("term changes")
        })

        // Frozen until after the moved meeting's old day: that meeting should have stayed.
        let report = PlanChecker.check(plan, against: network.scenario, reference: reference,
                                       freezeBefore: hit.firstDay.advanced(by: 1))
        #expect(report.violations.contains {
            $0.rule == "replan" && $0.message.contains("'\(hit.topic)' #\(hit.number)") && $0.message.contains("does not keep it")
        })
    }

    @Test func aFrozenMeetingOfAVanishedVenueIsInfeasible() throws {
        var network = Self.network()
        let reference = try #require(network.plan())
        let first = try #require(reference.meetings.first)
        network.scenario.venues.removeAll { $0.id == first.venue }
        let run = Planner().replan(network.scenario, reference: reference, freezeBefore: first.firstDay.advanced(by: 1))
        guard case .infeasible(let reasons) = run.outcome else {
            Issue.record("expected infeasible, got \(run.outcome)")
            return
        }
        #expect(reasons.contains { $0.description.contains(first.venue.rawValue) && $0.description.contains("no longer has its venue") })
        #expect(reasons.contains { $0.text(in: .de).contains("aber das Szenario hat seinen Tagungsort nicht mehr") })
    }

    @Test func aFrozenMeetingOutsideThePeriodIsNamedAsSuch() throws {
        var network = Self.network()
        let reference = try #require(network.plan())
        let first = try #require(reference.meetings.first)
        network.scenario.period = first.firstDay.advanced(by: 1)...network.scenario.period.upperBound
        let run = Planner().replan(network.scenario, reference: reference, freezeBefore: first.firstDay.advanced(by: 1))
        guard case .infeasible(let reasons) = run.outcome else {
            Issue.record("expected infeasible, got \(run.outcome)")
            return
        }
        #expect(reasons.contains { $0.description.contains("outside the scenario's period") && $0.description.contains(first.venue.rawValue) })
    }

    @Test func thePlanFileCarriesTheChangesTermAfterOffers() throws {
        var network = Self.network()
        let reference = try #require(network.plan())
        #expect(!reference.json.text().contains("\"changes\""))
        network.scenario.venues[0].unavailable = DateSet([.init(days: network.scenario.period)])
        let plan = try #require(Self.replan(network.scenario, reference: reference))
        let text = plan.json.text()
        let offers = try #require(text.range(of: "\"offers\""))
        let changes = try #require(text.range(of: "\"changes\""))
        #expect(offers.upperBound < changes.lowerBound)
        let read = try PlanReader.read(data: plan.jsonData, fileName: "replan.json")
        #expect(read.objective.terms.changes == plan.objective.terms.changes)
        #expect(abs(read.objective.total - plan.objective.total) < 1e-6)
    }

    @Test func theMatchingIsTheCheapestOne() {
        // Brute force over permutations against the Hungarian method on small random matrices.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func random() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double((state >> 33) % 1000)
        }
        func bruteForce(_ cost: [[Double]], row: Int = 0, used: Set<Int> = []) -> Double {
            guard row < cost.count else { return 0 }
            return cost.indices.filter { !used.contains($0) }
                .map { cost[row][$0] + bruteForce(cost, row: row + 1, used: used.union([$0])) }.min()!
        }
        for size in 1...6 {
            for _ in 0..<20 {
                let cost = (0..<size).map { _ in (0..<size).map { _ in random() } }
                #expect(PlanChecker.minimumAssignmentCost(cost) == bruteForce(cost))
            }
        }
    }
}

extension ReplanTests {
    /// A sample year: one venue becomes unavailable on the days of one meeting in the middle of
    /// the year, with the meetings before it frozen; the re-plan moves that meeting (and, where
    /// the reference keeps a gap exactly at its minimum, later meetings with it), adds and drops
    /// nothing, leaves every earlier meeting as it was, and the checker accepts it.
    @Test(arguments: ["grossstadtnetzwerk-2016.yaml", "grossstadtnetzwerk-2018.yaml"])
    func aSampleYearSurvivesACancelledVenue(file: String) throws {
        let path = SampleScenarioTests.folder.appendingPathComponent(file).path
        var scenario = try ScenarioLoader.load(path: path).scenario
        guard case .planned(let reference) = Planner().plan(scenario).outcome else {
            Issue.record("\(file) did not plan")
            return
        }
        let movable = reference.meetings.filter { !$0.fixed }
        let hit = movable[movable.count / 2]
        let venue = try #require(scenario.venues.firstIndex { $0.id == hit.venue })
        scenario.venues[venue].unavailable = DateSet(scenario.venues[venue].unavailable.items
                                                     + [.init(days: hit.firstDay...hit.lastDay, reason: "Wasserschaden")])
        let plan = try #require(Self.replan(scenario, reference: reference, freezeBefore: hit.firstDay))
        let diff = PlanDiff(before: reference, after: plan)
        #expect(diff.moved.contains { $0.before.topic == hit.topic && $0.before.firstDay == hit.firstDay })
        #expect(diff.moved.allSatisfy { $0.before.firstDay >= hit.firstDay })
        #expect(diff.added.isEmpty && diff.dropped.isEmpty)
        #expect(diff.unchanged == reference.meetings.count - diff.moved.count)
    }
}
