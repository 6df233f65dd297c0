import Testing
@testable import Treffpunkt

/// Each hard rule with a scenario the planner must satisfy and one it must declare infeasible.
/// Every plan goes through the independent checker (see `TinyNetwork.plan`).
@Suite struct PlannerRuleTests {
    @Test func h1PlansExactlyTheMeetingsAndKeepsFixedOnes() throws {
        var network = TinyNetwork()
        network.scenario.fixed = [FixedMeeting(topic: "monitoring", start: TinyNetwork.day("2027-03-01"), venue: "bremen-haus")]
        let plan = try #require(network.plan())
        let meetings = plan.meetings(of: "monitoring")
        #expect(meetings.count == 2)
        #expect(meetings.contains { $0.fixed && $0.venue == "bremen-haus" && $0.dates == ["2027-03-01", "2027-03-02"] })
        #expect(meetings.map(\.number) == [1, 2])
    }

    @Test func h1InfeasibleWhenAFixedMeetingNeedsAnUnavailableVenue() {
        var network = TinyNetwork()
        network.scenario.venues[3].unavailable = DateSet([.init(days: TinyNetwork.day("2027-03-02")...TinyNetwork.day("2027-03-02"))])
        network.scenario.fixed = [FixedMeeting(topic: "monitoring", start: TinyNetwork.day("2027-03-01"), venue: "bremen-haus")]
        let reasons = network.infeasibility()
        #expect(reasons.contains { $0.contains("bremen-haus") && $0.contains("unavailable on 2027-03-02") })
    }

    @Test func clashingFixedMeetingsAreNamed() {
        var network = TinyNetwork()
        network.addTopic("kooperation", staff: ["anna"])
        network.scenario.rules.staffRestDays = 3
        network.scenario.fixed = [
            FixedMeeting(topic: "monitoring", start: TinyNetwork.day("2027-03-01"), venue: "bremen-haus"),
            FixedMeeting(topic: "kooperation", start: TinyNetwork.day("2027-03-01"), venue: "bremen-haus"),
            FixedMeeting(topic: "monitoring", start: TinyNetwork.day("2027-03-15"), venue: "bremen-haus"),
        ]
        let reasons = network.infeasibility()
        let pair = "the fixed meetings 'monitoring' on 2027-03-01 at 'bremen-haus' and 'kooperation' on 2027-03-01 at 'bremen-haus'"
        #expect(reasons.contains("\(pair) need the same venue on the same day"))
        #expect(reasons.contains("\(pair) leave staff member 'anna' 0 free days; staff_rest_days asks for 3"))
        #expect(reasons.contains { $0.contains("'monitoring' on 2027-03-15") && $0.contains("distinct_hosts_per_topic") })
    }

    @Test func h2StartsOnAllowedWeekdaysInsideThePeriod() throws {
        let plan = try #require(TinyNetwork().plan())
        for meeting in plan.meetings {
            #expect(meeting.firstDay.weekday == .mon)
            #expect(meeting.lastDay.weekday == .tue)
            #expect(meeting.start.description.hasSuffix("T13:00:00+01:00"))
            #expect(meeting.end.description.hasSuffix("T14:00:00+01:00"))
        }
    }

    @Test func h2InfeasibleWithoutAMondayAndTuesdayInThePeriod() {
        var network = TinyNetwork()
        network.scenario.period = TinyNetwork.day("2027-01-05")...TinyNetwork.day("2027-01-10")
        let reasons = network.infeasibility()
        #expect(reasons.contains { $0.contains("'monitoring' has no usable venue and first day") && $0.contains("weekdays") })
    }

    @Test func h3AvoidsHolidaysAndBlackouts() throws {
        var network = TinyNetwork()
        // Only two Mondays stay open: 2027-03-01 and 2027-03-08 (Frauentag closes Berlin on the 8th).
        network.scenario.calendar.blackouts = DateSet([
            .init(days: TinyNetwork.day("2027-01-04")...TinyNetwork.day("2027-02-28"), reason: "Winterpause"),
            .init(days: TinyNetwork.day("2027-03-15")...TinyNetwork.day("2027-03-30")),
        ])
        network.scenario.topics[0].hosts = ["berlin", "hamburg"]
        network.scenario.rules.minDaysBetweenCityMeetings = 0
        let plan = try #require(network.plan())
        let berlin = try #require(plan.meetings.first { $0.city == "berlin" })
        #expect(berlin.dates == ["2027-03-01", "2027-03-02"])
    }

    @Test func h3InfeasibleWhenEveryDayIsClosed() {
        var network = TinyNetwork()
        network.scenario.calendar.stateBlackouts = [
            .BE: DateSet([.init(days: network.scenario.period)]), .HH: DateSet([.init(days: network.scenario.period)]),
            .HB: DateSet([.init(days: network.scenario.period)]), .NI: DateSet([.init(days: network.scenario.period)]),
        ]
        let reasons = network.infeasibility()
        #expect(reasons.contains { $0.contains("closed days") })
    }

    @Test func h4UsesVenuesLargeEnoughAndAvailable() throws {
        var network = TinyNetwork()
        network.scenario.topics[0].attendees = 20
        network.scenario.topics[0].meetings = 3
        network.scenario.venues[1].unavailable = DateSet([.init(days: network.scenario.period)])
        let plan = try #require(network.plan())
        #expect(!plan.meetings.contains { $0.venue == "hamburg-saal" || $0.venue == "hamburg-rathaus" })
    }

    @Test func h4InfeasibleWhenNoVenueHoldsTheAttendees() {
        var network = TinyNetwork()
        network.scenario.topics[0].attendees = 41
        let reasons = network.infeasibility()
        #expect(reasons == ["topic 'monitoring' expects 41 attendees, but no venue in its host cities holds more than 40"])
    }

    @Test func h5OneMeetingPerVenueAndDay() throws {
        var network = TinyNetwork()
        // One Monday only, and a second, dearer venue in Bremen: without H5 both topics
        // would take the cheaper one.
        network.scenario.period = TinyNetwork.day("2027-01-04")...TinyNetwork.day("2027-01-05")
        network.scenario.venues.append(Venue(id: "bremen-saal", name: "Saal", city: "bremen", capacity: 40, costPerDay: 900))
        network.scenario.topics[0].meetings = 1
        network.addTopic("kooperation")
        for topic in network.scenario.topics.indices { network.scenario.topics[topic].hosts = ["bremen"] }
        let plan = try #require(network.plan())
        #expect(Set(plan.meetings.map(\.venue)) == ["bremen-haus", "bremen-saal"])
    }

    @Test func h5InfeasibleWhenTwoTopicsNeedTheOnlyVenueOnTheOnlyDay() {
        var network = TinyNetwork()
        network.scenario.period = TinyNetwork.day("2027-01-04")...TinyNetwork.day("2027-01-05")
        network.scenario.topics[0].meetings = 1
        network.addTopic("kooperation")
        for topic in network.scenario.topics.indices { network.scenario.topics[topic].hosts = ["bremen"] }
        let reasons = network.infeasibility()
        #expect(reasons.first?.contains("these rules cannot hold together") == true)
        #expect(reasons.contains { $0.hasPrefix("venue 'bremen-haus' is shared by ") })
    }

    @Test func h6StaffRestAndAvailability() throws {
        var network = TinyNetwork()
        // Anna is away until March, may start two meetings a month and needs five free days
        // between meetings: three meetings on Mondays at least a week apart, in March and April.
        network.scenario.rules.staffRestDays = 5
        network.addTopic("kooperation", staff: ["anna"])
        network.scenario.staff[0].unavailable = DateSet([.init(days: TinyNetwork.day("2027-01-04")...TinyNetwork.day("2027-02-28"))])
        network.scenario.period = TinyNetwork.day("2027-01-04")...TinyNetwork.day("2027-04-13")
        network.scenario.staff[0].maxMeetingsPerMonth = 2
        let plan = try #require(network.plan())
        let days = plan.meetings.map(\.firstDay).sorted()
        #expect(days.count == 3)
        #expect(days.allSatisfy { $0 >= TinyNetwork.day("2027-03-01") })
        #expect(Dictionary(grouping: days, by: \.month).values.allSatisfy { $0.count <= 2 })
        for (earlier, later) in zip(days, days.dropFirst()) { #expect(earlier.distance(to: later) >= 7) }
        network.scenario.rules.staffRestDays = 6
        network.scenario.period = TinyNetwork.day("2027-01-04")...TinyNetwork.day("2027-03-31")
        #expect(network.infeasibility() != [])
    }

    @Test func h6InfeasibleWhenStaffIsAwayThroughout() {
        var network = TinyNetwork()
        network.scenario.staff[0].unavailable = DateSet([.init(days: network.scenario.period)])
        #expect(network.infeasibility() == ["topic 'monitoring' needs staff member 'anna', who is unavailable throughout the period"])
    }

    @Test func h7KeepsGapsBetweenMeetings() throws {
        var network = TinyNetwork()
        network.scenario.topics[0].meetings = 3
        network.scenario.topics[0].minGapDays = 28
        network.scenario.topics[0].maxGapDays = 35
        let plan = try #require(network.plan())
        let days = plan.meetings(of: "monitoring").map(\.firstDay)
        for (earlier, later) in zip(days, days.dropFirst()) {
            #expect((28...35).contains(earlier.distance(to: later)))
        }
    }

    @Test func h7MaximumGapDecidesTheDates() throws {
        var network = TinyNetwork()
        network.scenario.topics[0].meetings = 3
        network.scenario.topics[0].minGapDays = 7
        network.scenario.topics[0].maxGapDays = 28
        network.scenario.fixed = [FixedMeeting(topic: "monitoring", start: TinyNetwork.day("2027-01-04"), venue: "hannover-forum")]
        // Berlin and Bremen open only from March; Hamburg all along. Without the maximum gap
        // both March meetings could follow the fixed one; with it, Hamburg must bridge the
        // gap on 1 February, exactly 28 days before the first March Monday.
        let closed = DateSet([.init(days: TinyNetwork.day("2027-01-05")...TinyNetwork.day("2027-02-28"))])
        for venue in network.scenario.venues.indices where ["berlin", "bremen"].contains(network.scenario.venues[venue].city) {
            network.scenario.venues[venue].unavailable = closed
        }
        let plan = try #require(network.plan())
        let meetings = plan.meetings(of: "monitoring")
        #expect(meetings.map(\.dates[0]) == ["2027-01-04", "2027-02-01", "2027-03-01"])
        #expect(meetings.map(\.city).dropLast() == ["hannover", "hamburg"])

        network.scenario.topics[0].maxGapDays = nil
        let unbounded = try #require(network.plan())
        #expect(unbounded.objective.total <= plan.objective.total)
    }

    @Test func h7InfeasibleWhenTheGapsDoNotFit() {
        var network = TinyNetwork()
        network.scenario.topics[0].meetings = 3
        network.scenario.topics[0].minGapDays = 50
        let reasons = network.infeasibility()
        // Ostermontag (2027-03-29) closes the last Monday of the period.
        #expect(reasons == ["topic 'monitoring' needs 3 meetings at least 50 days apart, but its usable first days "
            + "(2027-01-04 to 2027-03-22) fit at most 2"])
    }

    @Test func h7InfeasibleWhenTheMaximumGapCannotBeKept() {
        var network = TinyNetwork()
        // Two meetings at most 7 days apart, but the only open Mondays are four weeks apart.
        network.scenario.calendar.blackouts = DateSet([
            .init(days: TinyNetwork.day("2027-01-06")...TinyNetwork.day("2027-01-31")),
            .init(days: TinyNetwork.day("2027-02-03")...TinyNetwork.day("2027-03-30")),
        ])
        network.scenario.topics[0].minGapDays = 1
        network.scenario.topics[0].maxGapDays = 7
        #expect(network.infeasibility().first?.contains("cannot be planned even on its own") == true)
    }

    @Test func h8HostRulesAndSpacing() throws {
        var network = TinyNetwork()
        network.addTopic("kooperation", meetings: 2)
        network.addTopic("diversitaet", meetings: 2)
        network.scenario.rules.maxMeetingsPerCity = 2
        network.scenario.rules.minDaysBetweenCityMeetings = 21
        network.scenario.rules.maxMeetingsPerWeek = 1
        let plan = try #require(network.plan())
        for (_, meetings) in Dictionary(grouping: plan.meetings, by: \.city) {
            #expect(meetings.count <= 2)
            let days = meetings.map(\.firstDay).sorted()
            for (earlier, later) in zip(days, days.dropFirst()) { #expect(earlier.distance(to: later) >= 21) }
        }
        for topic: Topic.ID in ["monitoring", "kooperation", "diversitaet"] {
            #expect(Set(plan.meetings(of: topic).map(\.city)).count == 2)
        }
        #expect(Set(plan.meetings.map { $0.firstDay.isoWeek.week }).count == 6)
    }

    @Test func h8NoRepeatHostYearsExcludesRecentHosts() throws {
        var network = TinyNetwork()
        network.scenario.rules.noRepeatHostYears = 1
        network.scenario.history = [
            PastMeeting(topic: "monitoring", city: "hannover", start: TinyNetwork.day("2026-05-04")),
            PastMeeting(topic: "monitoring", city: "hamburg", start: TinyNetwork.day("2025-05-04")),
        ]
        let plan = try #require(network.plan())
        #expect(!plan.meetings.contains { $0.city == "hannover" })
        network.scenario.topics[0].hosts = ["hannover", "bremen"]
        #expect(network.infeasibility().contains { $0.contains("needs 2 different host cities, but only 1") })
    }
}
