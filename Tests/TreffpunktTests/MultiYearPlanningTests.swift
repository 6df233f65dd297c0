import Testing
@testable import Treffpunkt

/// Planning consecutive years in one model: every year's plan stands on its own before the
/// checker with the earlier years as history, hosting rotates fairly, and the joint plan is
/// never worse than planning the years one after another.
@Suite struct MultiYearPlanningTests {
    /// Four cities, two topics with two meetings each, February and March (Easter Monday
    /// 2027 falls inside), Hannover hosted monitoring in 2026.
    private func network() -> TinyNetwork {
        var network = TinyNetwork()
        network.scenario.period = TinyNetwork.day("2027-02-01")...TinyNetwork.day("2027-03-30")
        network.addTopic("kooperation", meetings: 2)
        network.scenario.history = [PastMeeting(topic: "monitoring", city: "hannover", start: TinyNetwork.day("2026-06-01"))]
        return network
    }

    /// Plans `years` years and requires plans that the checker accepts year by year.
    private func plans(_ scenario: Scenario, years: Int, sourceLocation: Testing.SourceLocation = #_sourceLocation)
        throws -> (MultiYearRun, [YearPlan]) {
        let run = try Planner().plan(scenario, years: years)
        guard case .planned(let plans) = run.outcome else {
            Issue.record("expected plans, got \(run.outcome)", sourceLocation: sourceLocation)
            return (run, [])
        }
        for year in plans {
            let report = PlanChecker.check(year.plan, against: year.scenario)
            #expect(report.violations.map(\.description) == [], "\(year.calendarYear)", sourceLocation: sourceLocation)
            for ((name, reported), (_, recomputed)) in zip(year.plan.objective.terms.named, report.recomputedTerms.named) {
                #expect(abs(reported - recomputed) < 1e-6, "\(year.calendarYear) \(name)", sourceLocation: sourceLocation)
            }
        }
        return (run, plans)
    }

    private func hosts(_ topic: Topic.ID, _ year: YearPlan) -> [City.ID] {
        year.plan.meetings(of: topic).map(\.city)
    }

    @Test func everyYearPassesTheCheckerWithTheEarlierYearsAsHistory() throws {
        let (run, plans) = try plans(network().scenario, years: 3)
        #expect(plans.map(\.calendarYear) == [2027, 2028, 2029])
        #expect(plans.map(\.scenario.period.lowerBound.description) == ["2027-02-01", "2028-02-01", "2029-02-01"])
        #expect(plans.map(\.scenario.history.count) == [1, 5, 9])
        #expect(plans.allSatisfy { $0.plan.meetings.count == 4 })
        #expect(run.objective?.status == .optimal)
        // Each year's bound is what that year costs at best on its own, with the same history; the
        // year is optimal exactly when the joint plan gives it that cost.
        for year in plans {
            guard case .planned(let alone) = Planner().plan(year.scenario).outcome else {
                Issue.record("\(year.calendarYear) cannot be planned alone")
                continue
            }
            #expect(abs(year.plan.objective.bound - alone.objective.total) < 1e-6, "\(year.calendarYear)")
            #expect(year.plan.objective.bound <= year.plan.objective.total + 1e-6)
            #expect((year.plan.status == .optimal) == (abs(year.plan.objective.total - alone.objective.total) < 1e-6))
        }
        // Monitoring comes back to Hannover, whose 2026 meeting then costs rotation.
        let hannoverYears = plans.filter { hosts("monitoring", $0).contains("hannover") }
        #expect(!hannoverYears.isEmpty)
        #expect(hannoverYears.allSatisfy { $0.plan.objective.terms.rotation > 0 })
    }

    @Test func theYearTotalsAddUpToTheCombinedTotal() throws {
        let (run, plans) = try plans(network().scenario, years: 3)
        let objective = try #require(run.objective)
        #expect(abs(plans.map(\.plan.objective.total).reduce(0, +) - objective.total) < 1e-6)
        #expect(objective.bound <= objective.total + 1e-6)
        #expect(try #require(run.modelSize).variables > 0)
    }

    @Test func everyCityThatCanHostATopicHostsItBeforeAnyHostsItTwice() throws {
        let (run, plans) = try plans(network().scenario, years: 3)
        #expect(run.fairRotation)
        #expect(Messages.english[run.fairRotationNote].hasPrefix("fair rotation holds"))
        for topic: Topic.ID in ["monitoring", "kooperation"] {
            var hosted: [City.ID: Int] = ["berlin": 0, "hamburg": 0, "bremen": 0, "hannover": 0]
            for (position, year) in plans.enumerated() {
                for city in hosts(topic, year) { hosted[city, default: 0] += 1 }
                let meetings = 2 * (position + 1)
                #expect(hosted.values.allSatisfy { $0 >= meetings / 4 && $0 <= (meetings + 3) / 4 }, "\(topic) \(hosted)")
            }
        }
    }

    @Test func aHostOfOneYearIsNotChosenTheNextWithNoRepeatHostYears() throws {
        var network = network()
        network.scenario.rules.noRepeatHostYears = 1
        let (_, plans) = try plans(network.scenario, years: 3)
        try #require(plans.count == 3)
        for topic: Topic.ID in ["monitoring", "kooperation"] {
            #expect(Set(hosts(topic, plans[0])).isDisjoint(with: hosts(topic, plans[1])), "\(topic)")
            #expect(Set(hosts(topic, plans[1])).isDisjoint(with: hosts(topic, plans[2])), "\(topic)")
        }
    }

    @Test func noRepeatHostYearsAcrossTheYearsCanLeaveNoHost() throws {
        var network = network()
        network.scenario.topics[0].hosts = ["hamburg", "bremen"]
        network.scenario.topics[0].meetings = 1
        network.scenario.history = []
        network.scenario.rules.noRepeatHostYears = 2
        // Two years alternate between the two hosts; a third year has none left.
        let (_, twoYears) = try plans(network.scenario, years: 2)
        #expect(Set(twoYears.flatMap { hosts("monitoring", $0) }) == ["hamburg", "bremen"])
        let run = try Planner().plan(network.scenario, years: 3)
        guard case .infeasible(let reasons) = run.outcome else {
            Issue.record("expected infeasible, got \(run.outcome)")
            return
        }
        // The message names the topic, the years and the cause.
        #expect(reasons.contains { $0.description.hasPrefix("'monitoring' cannot meet 1 time a year in 2027–2029 on its own: 2 cities can host it, "
            + "and with no_repeat_host_years 2 a city that hosts it cannot host it again in the next 2 calendar years") }, "\(reasons)")
        #expect(reasons.contains { $0.text(in: .de).hasPrefix("'monitoring' kann sich in 2027–2029 nicht einmal allein 1 Mal im Jahr "
            + "treffen: als Gastgeber kommen 2 Städte in Frage, und mit no_repeat_host_years 2 kann eine Stadt, die sie ausrichtet, "
            + "sie in den nächsten 2 Kalenderjahren nicht erneut ausrichten") }, "\(reasons.map { $0.text(in: .de) })")
    }

    @Test func fairRotationIsDroppedWithANoteWhenTheDataDoNotAllowIt() throws {
        var network = network()
        // Bremen's venue is closed in 2027 and 2028: it cannot take its turn in the first two years.
        network.scenario.venues[3].unavailable = DateSet([.init(days: TinyNetwork.day("2027-01-01")...TinyNetwork.day("2028-12-31"))])
        let (run, plans) = try plans(network.scenario, years: 3)
        #expect(plans.count == 3)
        #expect(!run.fairRotation)
        #expect(Messages.english[run.fairRotationNote].hasPrefix("fair rotation dropped"))
    }

    @Test func oneYearIsThePlanOfPlan() throws {
        var network = network()
        network.scenario.fixed = [FixedMeeting(topic: "kooperation", start: TinyNetwork.day("2027-03-01"), venue: "bremen-haus")]
        let single = try #require(network.plan())
        let (run, plans) = try plans(network.scenario, years: 1)
        let year = try #require(plans.first)
        #expect(year.plan.meetings == single.meetings)
        #expect(year.plan.objective == single.objective)
        #expect(year.plan.status == single.status)
        #expect(!run.fairRotation)
    }

    /// Plans the years one after another, each with the earlier plans as history.
    private func greedyTotal(_ scenario: Scenario, years: Int) throws -> Double {
        var history = scenario.history
        var total = 0.0
        for year in 0..<years {
            var yearScenario = try scenario.shifted(byYears: year)
            yearScenario.history = history
            guard case .planned(let plan) = Planner().plan(yearScenario).outcome else {
                Issue.record("greedy year \(year) has no plan")
                return .infinity
            }
            #expect(PlanChecker.check(plan, against: yearScenario).isValid)
            total += plan.objective.total
            history += plan.meetings.map { PastMeeting(topic: $0.topic, city: $0.city, start: $0.firstDay) }
        }
        return total
    }

    @Test func theJointPlanIsNoWorseThanPlanningYearByYear() throws {
        // Three hosts, one meeting a year, no host twice in a row: a greedy first year takes the
        // cheapest venue and leaves the expensive one for the second, when the middle one is closed.
        var network = network()
        network.scenario.topics = [Topic(id: "monitoring", name: "Monitoring", format: "fachgruppe", meetings: 1,
                                         members: ["berlin", "hamburg", "bremen", "hannover"],
                                         hosts: ["berlin", "bremen", "hannover"], attendees: 9)]
        network.scenario.history = []
        network.scenario.rules.noRepeatHostYears = 1
        network.scenario.rules.weights = ObjectiveWeights(travel: 0, venueCost: 1, rotation: 500, balance: 0, offers: 0)
        network.scenario.venues[0].costPerDay = 50    // berlin
        network.scenario.venues[3].costPerDay = 10    // bremen
        network.scenario.venues[4].costPerDay = 0     // hannover
        network.scenario.venues[3].unavailable = DateSet([.init(days: TinyNetwork.day("2028-01-01")...TinyNetwork.day("2028-12-31"))])
        let (run, plans) = try plans(network.scenario, years: 2)
        let joint = try #require(run.objective).total
        let greedy = try greedyTotal(network.scenario, years: 2)
        #expect(joint <= greedy + 1e-6)
        #expect(joint < greedy, "joint \(joint), greedy \(greedy)")
        #expect(plans.map { hosts("monitoring", $0) } == [["bremen"], ["hannover"]])
    }

    @Test func theJointThreeYearPlanIsNoWorseThanPlanningYearByYear() throws {
        // With no host twice in a row, two meetings and four hosts, the greedy years alternate
        // between two pairs of cities and so keep fair rotation: a plan the joint model allows.
        var network = network()
        network.scenario.rules.noRepeatHostYears = 1
        let (run, _) = try plans(network.scenario, years: 3)
        let joint = try #require(run.objective).total
        let greedy = try greedyTotal(network.scenario, years: 3)
        #expect(joint <= greedy + 1e-6, "joint \(joint), greedy \(greedy)")
    }

    @Test func aPeriodOfAYearOrMoreIsRejected() {
        var scenario = network().scenario
        scenario.period = TinyNetwork.day("2027-02-01")...TinyNetwork.day("2028-02-01")
        #expect(throws: MultiYearError.periodOfAYearOrMore(scenario.period)) { try Planner().plan(scenario, years: 2) }
        scenario.period = TinyNetwork.day("2027-02-01")...TinyNetwork.day("2028-01-31")
        #expect(throws: Never.self) { try scenario.shifted(byYears: 1) }
    }

    @Test func aNegativeRotationWeightIsRejectedForSeveralYearsOnly() throws {
        var scenario = network().scenario
        scenario.rules.weights.rotation = -10
        #expect(throws: MultiYearError.negativeRotationWeight(-10)) { try Planner().plan(scenario, years: 2) }
        #expect(throws: MultiYearError.noYears(0)) { try Planner().plan(scenario, years: 0) }
        let (_, plans) = try plans(scenario, years: 1)
        #expect(plans.count == 1)
    }

    @Test func shiftingMovesThePeriodAndKeepsOnlyFixedMeetingsInside() throws {
        var scenario = network().scenario
        scenario.period = TinyNetwork.day("2024-02-29")...TinyNetwork.day("2024-12-31")
        scenario.fixed = [FixedMeeting(topic: "monitoring", start: TinyNetwork.day("2024-03-04"), venue: "bremen-haus")]
        let next = try scenario.shifted(byYears: 1)
        #expect(next.period == TinyNetwork.day("2025-02-28")...TinyNetwork.day("2025-12-31"))
        #expect(next.fixed.isEmpty)
        #expect(next.history.count == scenario.history.count)
        let leap = try scenario.shifted(byYears: 4)
        #expect(leap.period.lowerBound == TinyNetwork.day("2028-02-29"))
        #expect(try scenario.shifted(byYears: 0).fixed.count == 1)
    }
}

extension MultiYearPlanningTests {
    @Test func yearsPastNineThousandNineHundredNinetyNineAreRefused() throws {
        var scenario = TinyNetwork().scenario
        scenario.calendar.publicHolidays = false
        scenario.period = Day(year: 9998, month: 1, day: 4)!...Day(year: 9998, month: 3, day: 30)!
        #expect(throws: MultiYearError.beyondFourDigitYears(Day(year: 10000, month: 1, day: 4)!...Day(year: 10000, month: 3, day: 30)!)) {
            _ = try Planner().plan(scenario, years: 3)
        }
    }
}
