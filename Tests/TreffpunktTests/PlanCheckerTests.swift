import Foundation
import Testing
@testable import Treffpunkt

/// Each hard rule on a tiny network: a hand-written valid plan passes, and a plan changed to
/// break exactly one rule is caught with that rule and a message naming what is wrong.
@Suite struct PlanCheckerTests {
    // MARK: The network

    /// Four cities, two topics on a Monday/Tuesday two-day format, two staff members.
    static func scenario() -> Scenario {
        func day(_ text: String) -> Day { Day(iso: text)! }
        func days(_ first: String, _ last: String, _ reason: String) -> DateSet.Item {
            DateSet.Item(days: day(first)...day(last), reason: reason)
        }
        return Scenario(
            name: "Kleines Netzwerk 2016",
            period: day("2016-02-01")...day("2016-11-28"),
            calendar: CalendarRules(
                blackouts: DateSet([days("2016-03-08", "2016-03-08", "Klausurtag"),
                                    days("2016-06-27", "2016-06-28", "Klausur")]),
                stateBlackouts: [.NW: DateSet([days("2016-05-30", "2016-05-31", "Brückentage")]),
                                 .SN: DateSet([days("2016-05-09", "2016-05-10", "Ferien")])]),
            cities: [
                City(id: "muenster", name: "Münster", state: .NW,
                     location: Location(latitude: 51.9607, longitude: 7.6261), offers: ["monitoring"]),
                City(id: "dortmund", name: "Dortmund", state: .NW,
                     location: Location(latitude: 51.5136, longitude: 7.4653), offers: ["diversitaet"],
                     extraHolidays: DateSet([days("2016-05-02", "2016-05-02", "Stadtjubiläum")])),
                City(id: "hannover", name: "Hannover", state: .NI,
                     location: Location(latitude: 52.3759, longitude: 9.7320), delegates: 3,
                     extraHolidays: DateSet([days("2016-05-09", "2016-05-09", "Schützenfest")])),
                City(id: "leipzig", name: "Leipzig", state: .SN,
                     location: Location(latitude: 51.3397, longitude: 12.3731)),
            ],
            venues: [
                Venue(id: "muenster-rathaus", name: "Rathaus Münster", city: "muenster", capacity: 30, costPerDay: 100),
                Venue(id: "dortmund-rathaus", name: "Rathaus Dortmund", city: "dortmund", capacity: 20),
                Venue(id: "dortmund-kleiner-saal", name: "Kleiner Saal", city: "dortmund", capacity: 6),
                Venue(id: "hannover-rathaus", name: "Neues Rathaus", city: "hannover", capacity: 10),
                Venue(id: "leipzig-rathaus", name: "Neues Rathaus Leipzig", city: "leipzig", capacity: 40,
                      costPerDay: 50, unavailable: DateSet([days("2016-06-06", "2016-06-07", "Stadtfest")])),
            ],
            staff: [
                StaffMember(id: "mt", name: "M. T.", office: "muenster",
                            unavailable: DateSet([days("2016-06-20", "2016-06-21", "Urlaub")]), maxMeetingsPerMonth: 2),
                StaffMember(id: "ab", name: "A. B.", office: "leipzig"),
            ],
            formats: [
                MeetingFormat(id: "fachgruppe", name: "Fachgruppentreffen", days: 2,
                              startTime: TimeOfDay(hour: 13, minute: 0)!, endTime: TimeOfDay(hour: 14, minute: 0)!,
                              startWeekdays: [.mon, .tue], weekdays: [.mon, .tue]),
            ],
            topics: [
                // Attendees 2 + 2 + 3 delegates + 1 staff.
                Topic(id: "monitoring", name: "Monitoring", format: "fachgruppe", meetings: 2,
                      members: ["muenster", "dortmund", "hannover"], staff: ["mt"], attendees: 8,
                      minGapDays: 35, maxGapDays: 120),
                // Hannover may host without being a member.
                Topic(id: "diversitaet", name: "Diversität", format: "fachgruppe", meetings: 1,
                      members: ["dortmund", "leipzig"], hosts: ["dortmund", "leipzig", "hannover"],
                      staff: ["ab"], attendees: 5),
            ],
            fixed: [FixedMeeting(topic: "monitoring", start: day("2016-03-07"), venue: "muenster-rathaus")],
            history: [
                PastMeeting(topic: "monitoring", city: "dortmund", start: day("2014-05-12")),
                PastMeeting(topic: "diversitaet", city: "leipzig", start: day("2015-09-14")),
                PastMeeting(topic: "monitoring", city: "hannover", start: day("2016-01-18")),
            ],
            rules: Rules(staffRestDays: 3)
        )
    }

    static func meeting(_ topic: Topic.ID, _ number: Int, at venue: Venue.ID, in city: City.ID, on dates: [String],
                        offset: String, deadline: String, staff: [StaffMember.ID], fixed: Bool = false) -> Plan.Meeting {
        Plan.Meeting(topic: topic, number: number, city: city, venue: venue,
                     start: LocalTimestamp(iso: "\(dates[0])T13:00:00\(offset)")!,
                     end: LocalTimestamp(iso: "\(dates[dates.count - 1])T14:00:00\(offset)")!,
                     dates: dates.map { Day(iso: $0)! }, registrationDeadline: Day(iso: deadline)!, staff: staff, fixed: fixed)
    }

    static let monitoring1 = meeting("monitoring", 1, at: "muenster-rathaus", in: "muenster",
                                     on: ["2016-03-07", "2016-03-08"], offset: "+01:00", deadline: "2016-02-22",
                                     staff: ["mt"], fixed: true)
    static let monitoring2 = meeting("monitoring", 2, at: "dortmund-rathaus", in: "dortmund",
                                     on: ["2016-05-09", "2016-05-10"], offset: "+02:00", deadline: "2016-04-25",
                                     staff: ["mt"])
    static let diversitaet1 = meeting("diversitaet", 1, at: "leipzig-rathaus", in: "leipzig",
                                      on: ["2016-04-11", "2016-04-12"], offset: "+02:00", deadline: "2016-03-28",
                                      staff: ["ab"])

    // Distances (haversine, R = 6371.0088 km, worked out independently of the code from the
    // coordinates above): Dortmund–Münster 50.933418, Hannover–Münster 150.855614,
    // Hannover–Dortmund 182.558833, Dortmund–Leipzig 340.751924, Leipzig–Hannover 214.861418.
    // monitoring #1 in Münster:  2 × 50.933418 + 3 × 150.855614 + mt 0          =  554.433679
    // monitoring #2 in Dortmund: 2 × 50.933418 + 3 × 182.558833 + mt 50.933418  =  700.476752
    // diversitaet #1 in Leipzig: 2 × 340.751924 + Leipzig 0 + ab 0               =  681.503848
    static let expectedTravel = 1936.4142792922214
    // Münster 100 × 2 days + Dortmund 0 + Leipzig 50 × 2 days = 300, weight 0.1.
    static let expectedVenueCost = 30.0
    // Dortmund hosted monitoring in 2014: 1/(2016 − 2014); Leipzig diversitaet in 2015: 1/1; weight 500.
    static let expectedRotation = 750.0
    // Münster offers monitoring and hosts it once; weight 300.
    static let expectedOffers = -300.0

    static func validPlan() -> Plan {
        let terms = ObjectiveTerms(travel: expectedTravel, venueCost: expectedVenueCost, rotation: expectedRotation,
                                   balance: 0, offers: expectedOffers)
        return Plan(scenario: Plan.ScenarioReference(name: "Kleines Netzwerk 2016", file: "klein.yaml", sha256: "00"),
                    status: .optimal, objective: Plan.Objective(terms: terms, bound: terms.total),
                    solver: Plan.SolverReport(name: "glpk", version: "5.0", seconds: 0.5, nodes: 3),
                    meetings: [monitoring1, diversitaet1, monitoring2])
    }

    /// The plan with the meeting at `index` replaced.
    static func plan(replacing index: Int, with meeting: Plan.Meeting) -> Plan {
        var plan = validPlan()
        plan.meetings[index] = meeting
        return plan
    }

    /// Asserts that the plan breaks exactly `rule` (apart from the objective, which a moved
    /// meeting changes) and that one of its messages contains `fragment`.
    func expectOnly(_ rule: String, _ fragment: String, _ plan: Plan, _ scenario: Scenario = scenario(),
                    sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let report = PlanChecker.check(plan, against: scenario)
        let rules = Set(report.violations.map(\.rule)).subtracting(["objective"])
        #expect(rules == [rule], "\(report.violations)", sourceLocation: sourceLocation)
        #expect(report.violations.contains { $0.rule == rule && $0.message.contains(fragment) },
                "no \(rule) message with '\(fragment)' in \(report.violations)", sourceLocation: sourceLocation)
    }

    // MARK: A valid plan

    @Test func validPlanPassesWithHandComputedTerms() {
        let report = PlanChecker.check(Self.validPlan(), against: Self.scenario())
        #expect(report.violations == [])
        #expect(abs(report.recomputedTerms.travel - Self.expectedTravel) < 1e-6)
        #expect(abs(report.recomputedTerms.venueCost - Self.expectedVenueCost) < 1e-9)
        #expect(abs(report.recomputedTerms.rotation - Self.expectedRotation) < 1e-9)
        #expect(report.recomputedTerms.balance == 0)
        #expect(report.recomputedTerms.offers == Self.expectedOffers)
    }

    @Test func nonMemberHostSendsNobody() {
        // Diversität in Hannover: Dortmund 2 × 182.558833 + Leipzig 2 × 214.861418 + ab 214.861418.
        let moved = Self.meeting("diversitaet", 1, at: "hannover-rathaus", in: "hannover",
                                 on: ["2016-04-11", "2016-04-12"], offset: "+02:00", deadline: "2016-03-28",
                                 staff: ["ab"])
        let report = PlanChecker.check(Self.plan(replacing: 1, with: moved), against: Self.scenario())
        #expect(abs(report.recomputedTerms.travel - (554.4336792188774 + 700.4767524825803 + 1009.7019202019746)) < 1e-6)
        #expect(Set(report.violations.map(\.rule)) == ["objective"])
    }

    // MARK: H1 meetings as asked for and recorded correctly

    @Test func missingMeetingOfATopic() {
        var plan = Self.validPlan()
        plan.meetings.remove(at: 1)
        expectOnly("H1", "topic 'diversitaet' has 0 meetings in the plan, the scenario asks for 1", plan)
    }

    @Test func unknownTopicVenueAndCity() {
        var topic = Self.diversitaet1
        topic.topic = "verkehr"
        expectOnly("H1", "unknown topic 'verkehr'", Self.plan(replacing: 1, with: topic))
        var venue = Self.diversitaet1
        venue.venue = "leipzig-messe"
        expectOnly("H1", "unknown venue 'leipzig-messe'", Self.plan(replacing: 1, with: venue))
        var city = Self.diversitaet1
        city.city = "halle"
        expectOnly("H1", "unknown city 'halle'", Self.plan(replacing: 1, with: city))
    }

    @Test func cityDiffersFromTheVenuesCity() {
        var meeting = Self.diversitaet1
        meeting.city = "dortmund"
        expectOnly("H1", "gives city 'dortmund', but venue 'leipzig-rathaus' is in 'leipzig'",
                   Self.plan(replacing: 1, with: meeting))
    }

    @Test func fixedMeetingMovedOrUnmarked() {
        let moved = Self.meeting("monitoring", 1, at: "muenster-rathaus", in: "muenster",
                                 on: ["2016-03-14", "2016-03-15"], offset: "+01:00", deadline: "2016-02-29",
                                 staff: ["mt"], fixed: true)
        let plan = Self.plan(replacing: 0, with: moved)
        expectOnly("H1", "fixed meeting of 'monitoring' on 2016-03-07 at venue 'muenster-rathaus' is missing", plan)
        expectOnly("H1", "is marked fixed but is not in fixed[]", plan)

        var unmarked = Self.monitoring1
        unmarked.fixed = false
        expectOnly("H1", "'monitoring' #1 (2016-03-07, 'muenster-rathaus') is a fixed meeting but is not marked fixed",
                   Self.plan(replacing: 0, with: unmarked))
    }

    @Test func numbersFollowTheFirstDays() {
        var plan = Self.validPlan()
        plan.meetings[0].number = 2
        plan.meetings[2].number = 1
        expectOnly("H1", "'monitoring' #2 (2016-03-07, 'muenster-rathaus') has number 2, but is meeting 1", plan)
    }

    @Test func staffListedAsTheTopicsStaff() {
        var meeting = Self.monitoring2
        meeting.staff = []
        expectOnly("H1", "lists staff [], the topic's staff are ['mt']", Self.plan(replacing: 2, with: meeting))
    }

    @Test func startAndEndCarryTheOffsetInForce() {
        var winter = Self.monitoring1
        winter.start = "2016-03-07T13:00:00+02:00"
        expectOnly("H1", "has start '2016-03-07T13:00:00+02:00', expected 2016-03-07T13:00:00+01:00",
                   Self.plan(replacing: 0, with: winter))
        var lateEnd = Self.monitoring2
        lateEnd.end = "2016-05-10T15:00:00+02:00"
        expectOnly("H1", "expected 2016-05-10T14:00:00+02:00", Self.plan(replacing: 2, with: lateEnd))
        var utc = Self.monitoring2
        utc.start = "2016-05-09T11:00:00Z"
        expectOnly("H1", "expected 2016-05-09T13:00:00+02:00", Self.plan(replacing: 2, with: utc))
    }

    @Test func registrationDeadlineBeforeTheFirstDay() {
        var meeting = Self.diversitaet1
        meeting.registrationDeadline = "2016-03-29"
        expectOnly("H1", "registration deadline 2016-03-29, expected 2016-03-28",
                   Self.plan(replacing: 1, with: meeting))
    }

    @Test func localTimesAcrossDaylightSavingChanges() {
        let berlin = TimeZone(identifier: "Europe/Berlin")!
        // 2016-03-27 02:30 does not exist in Berlin: the clocks go from 02:00 to 03:00.
        let skipped = LocalTimestamp.readings(of: TimeOfDay(hour: 2, minute: 30)!, on: Day(iso: "2016-03-27")!, in: berlin)
        #expect(skipped.map(\.description) == ["2016-03-27T03:30:00+02:00"])
        // 2016-10-30 02:30 happens twice: first in summer time, then in winter time.
        let repeated = LocalTimestamp.readings(of: TimeOfDay(hour: 2, minute: 30)!, on: Day(iso: "2016-10-30")!, in: berlin)
        #expect(repeated.map(\.description) == ["2016-10-30T02:30:00+02:00", "2016-10-30T02:30:00+01:00"])
        let ordinary = LocalTimestamp.readings(of: TimeOfDay(hour: 13, minute: 0)!, on: Day(iso: "2016-10-31")!, in: berlin)
        #expect(ordinary.map(\.description) == ["2016-10-31T13:00:00+01:00"])
        #expect(LocalTimestamp(iso: "2016-10-31T13:00:00-03:30")?.utcOffset == -12_600)
    }

    // MARK: H2 the format's days inside the period

    @Test func occupiesTheFormatsNumberOfConsecutiveDays() {
        let long = Self.meeting("diversitaet", 1, at: "leipzig-rathaus", in: "leipzig",
                                on: ["2016-04-11", "2016-04-12", "2016-04-13"], offset: "+02:00",
                                deadline: "2016-03-28", staff: ["ab"])
        expectOnly("H2", "occupies 3 days, format 'fachgruppe' takes 2", Self.plan(replacing: 1, with: long))
        let gap = Self.meeting("diversitaet", 1, at: "leipzig-rathaus", in: "leipzig",
                               on: ["2016-04-11", "2016-04-18"], offset: "+02:00", deadline: "2016-03-28",
                               staff: ["ab"])
        expectOnly("H2", "has 2016-04-18 after 2016-04-11; its days must follow one another",
                   Self.plan(replacing: 1, with: gap))
    }

    @Test func weekdaysOfTheFormat() {
        let wednesdayStart = Self.meeting("diversitaet", 1, at: "leipzig-rathaus", in: "leipzig",
                                          on: ["2016-04-13", "2016-04-14"], offset: "+02:00", deadline: "2016-03-30",
                                          staff: ["ab"])
        expectOnly("H2", "starts on a wed, format 'fachgruppe' starts on mon, tue",
                   Self.plan(replacing: 1, with: wednesdayStart))
        // Tuesday is a start weekday, but the second day, a Wednesday, is not a meeting weekday.
        let tuesdayStart = Self.meeting("diversitaet", 1, at: "leipzig-rathaus", in: "leipzig",
                                        on: ["2016-04-12", "2016-04-13"], offset: "+02:00", deadline: "2016-03-29",
                                        staff: ["ab"])
        expectOnly("H2", "meets on 2016-04-13, a wed; format 'fachgruppe' meets on mon, tue",
                   Self.plan(replacing: 1, with: tuesdayStart))
    }

    @Test func findingsReadInGermanWithGermanDatesAndWeekdays() throws {
        let tuesdayStart = Self.meeting("diversitaet", 1, at: "leipzig-rathaus", in: "leipzig",
                                        on: ["2016-04-12", "2016-04-13"], offset: "+02:00", deadline: "2016-03-29",
                                        staff: ["ab"])
        let report = PlanChecker.check(Self.plan(replacing: 1, with: tuesdayStart), against: Self.scenario())
        let finding = try #require(report.violations.first { $0.rule == "H2" })
        #expect(finding.text(in: .english) == finding.message)
        #expect(finding.message.hasSuffix("meets on 2016-04-13, a wed; format 'fachgruppe' meets on mon, tue"))
        #expect(finding.line(in: .german).hasPrefix("H2: 'diversitaet' #1 (2016-04-12, 'leipzig-rathaus') "))
        #expect(finding.line(in: .german).hasSuffix("tagt am 13.04.2016, einem Mi; Format 'fachgruppe' tagt an: Mo, Di"))
    }

    @Test func insideThePeriod() {
        let late = Self.meeting("diversitaet", 1, at: "leipzig-rathaus", in: "leipzig",
                                on: ["2016-11-28", "2016-11-29"], offset: "+01:00", deadline: "2016-11-14",
                                staff: ["ab"])
        expectOnly("H2", "meets on 2016-11-29, outside the period 2016-02-01 – 2016-11-28",
                   Self.plan(replacing: 1, with: late))
    }

    // MARK: H3 closed days

    @Test func networkBlackout() {
        let meeting = Self.meeting("monitoring", 2, at: "dortmund-rathaus", in: "dortmund",
                                   on: ["2016-06-27", "2016-06-28"], offset: "+02:00", deadline: "2016-06-13",
                                   staff: ["mt"])
        expectOnly("H3", "meets on 2016-06-27, a network-wide blackout (Klausur)",
                   Self.plan(replacing: 2, with: meeting))
    }

    @Test func blackoutOfTheHostsStateOnly() {
        // The valid plan meets in Dortmund (NW) during Saxony's blackout of 2016-05-09/10 and
        // on Hannover's local holiday: neither is the host's.
        let meeting = Self.meeting("monitoring", 2, at: "dortmund-rathaus", in: "dortmund",
                                   on: ["2016-05-30", "2016-05-31"], offset: "+02:00", deadline: "2016-05-16",
                                   staff: ["mt"])
        expectOnly("H3", "in 'dortmund' (NW) meets on 2016-05-31, a blackout day of NW (Brückentage)",
                   Self.plan(replacing: 2, with: meeting))
    }

    @Test func localHolidayOfTheHostCity() {
        let meeting = Self.meeting("monitoring", 2, at: "dortmund-rathaus", in: "dortmund",
                                   on: ["2016-05-02", "2016-05-03"], offset: "+02:00", deadline: "2016-04-18",
                                   staff: ["mt"])
        expectOnly("H3", "meets on 2016-05-02, a local holiday of 'dortmund' (Stadtjubiläum)",
                   Self.plan(replacing: 2, with: meeting))
    }

    @Test func fixedMeetingsAreExemptFromClosedDays() {
        // monitoring #1 is fixed on 2016-03-07/08; 2016-03-08 is a blackout. The same meeting not fixed breaks H3.
        var scenario = Self.scenario()
        scenario.fixed = []
        var meeting = Self.monitoring1
        meeting.fixed = false
        expectOnly("H3", "meets on 2016-03-08, a network-wide blackout (Klausurtag)",
                   Self.plan(replacing: 0, with: meeting), scenario)
    }

    /// Needs the statewide holidays (`PublicHolidays`) from the holidays branch: fails while
    /// its placeholder returns no holidays.
    @Test func statewidePublicHolidayOfTheHostsState() {
        let meeting = Self.meeting("diversitaet", 1, at: "leipzig-rathaus", in: "leipzig",
                                   on: ["2016-10-03", "2016-10-04"], offset: "+02:00", deadline: "2016-09-19",
                                   staff: ["ab"])
        let plan = Self.plan(replacing: 1, with: meeting)
        expectOnly("H3", "meets on 2016-10-03, a public holiday in SN", plan)

        var scenario = Self.scenario()
        scenario.calendar.publicHolidays = false
        #expect(PlanChecker.check(plan, against: scenario).violations == [])
    }

    // MARK: H4 venue allowed, large enough, open

    @Test func hostAmongTheTopicsHosts() {
        let meeting = Self.meeting("monitoring", 2, at: "leipzig-rathaus", in: "leipzig",
                                   on: ["2016-05-23", "2016-05-24"], offset: "+02:00", deadline: "2016-05-09",
                                   staff: ["mt"])
        expectOnly("H4", "is hosted by 'leipzig', which is not among the hosts of 'monitoring'",
                   Self.plan(replacing: 2, with: meeting))
    }

    @Test func venueHoldsTheAttendees() {
        var meeting = Self.monitoring2
        meeting.venue = "dortmund-kleiner-saal"
        expectOnly("H4", "venue 'dortmund-kleiner-saal' holds 6 persons, 'monitoring' has 8 attendees",
                   Self.plan(replacing: 2, with: meeting))
    }

    @Test func venueAvailable() {
        let meeting = Self.meeting("diversitaet", 1, at: "leipzig-rathaus", in: "leipzig",
                                   on: ["2016-06-06", "2016-06-07"], offset: "+02:00", deadline: "2016-05-23",
                                   staff: ["ab"])
        expectOnly("H4", "venue 'leipzig-rathaus' is unavailable on 2016-06-07 (Stadtfest)",
                   Self.plan(replacing: 1, with: meeting))
    }

    // MARK: H5 one meeting per venue and day

    @Test func venueHostsOneMeetingADay() {
        let meeting = Self.meeting("diversitaet", 1, at: "dortmund-rathaus", in: "dortmund",
                                   on: ["2016-05-09", "2016-05-10"], offset: "+02:00", deadline: "2016-04-25",
                                   staff: ["ab"])
        expectOnly("H5", "venue 'dortmund-rathaus' hosts 'diversitaet' #1 and 'monitoring' #2 on 2016-05-09, 2016-05-10",
                   Self.plan(replacing: 1, with: meeting))
    }

    // MARK: H6 staff

    /// The scenario with mt running diversitaet too, and the plan listing mt there.
    static func mtRunsBothTopics(diversitaetOn dates: [String], deadline: String) -> (Scenario, Plan) {
        var scenario = scenario()
        scenario.topics[1].staff = ["mt"]
        let meeting = meeting("diversitaet", 1, at: "leipzig-rathaus", in: "leipzig", on: dates, offset: "+02:00",
                              deadline: deadline, staff: ["mt"])
        return (scenario, plan(replacing: 1, with: meeting))
    }

    @Test func staffAvailable() {
        let meeting = Self.meeting("monitoring", 2, at: "dortmund-rathaus", in: "dortmund",
                                   on: ["2016-06-20", "2016-06-21"], offset: "+02:00", deadline: "2016-06-06",
                                   staff: ["mt"])
        expectOnly("H6", "staff 'mt' is unavailable on 2016-06-20 (Urlaub) but runs 'monitoring' #2",
                   Self.plan(replacing: 2, with: meeting))
    }

    @Test func staffMeetingsDoNotOverlap() {
        var (scenario, plan) = Self.mtRunsBothTopics(diversitaetOn: ["2016-05-09", "2016-05-10"], deadline: "2016-04-25")
        scenario.calendar.stateBlackouts[.SN] = nil
        expectOnly("H6", "staff 'mt' runs 'diversitaet' #1 (2016-05-09, 'leipzig-rathaus') and 'monitoring' #2 "
            + "(2016-05-09, 'dortmund-rathaus') at the same time on 2016-05-09, 2016-05-10", plan, scenario)
    }

    @Test func staffRestDaysBetweenMeetings() {
        var (scenario, plan) = Self.mtRunsBothTopics(diversitaetOn: ["2016-05-23", "2016-05-24"], deadline: "2016-05-09")
        #expect(PlanChecker.check(plan, against: scenario).violations.allSatisfy { $0.rule == "objective" })
        scenario.rules.staffRestDays = 13
        expectOnly("H6", "staff 'mt' has 12 free days between 'monitoring' #2 (2016-05-09, 'dortmund-rathaus') and "
            + "'diversitaet' #1 (2016-05-23, 'leipzig-rathaus'), at least 13 required", plan, scenario)
    }

    @Test func staffMeetingsPerMonth() {
        var (scenario, plan) = Self.mtRunsBothTopics(diversitaetOn: ["2016-05-23", "2016-05-24"], deadline: "2016-05-09")
        scenario.staff[0].maxMeetingsPerMonth = 1
        expectOnly("H6", "staff 'mt' has 2 meetings starting in 2016-05 ('monitoring' #2, 'diversitaet' #1), at most 1",
                   plan, scenario)
    }

    // MARK: H7 gaps within a topic

    @Test func minimumGapBetweenConsecutiveMeetings() {
        let meeting = Self.meeting("monitoring", 2, at: "dortmund-rathaus", in: "dortmund",
                                   on: ["2016-04-04", "2016-04-05"], offset: "+02:00", deadline: "2016-03-21",
                                   staff: ["mt"])
        expectOnly("H7", "start 28 days apart, 'monitoring' needs at least 35", Self.plan(replacing: 2, with: meeting))
    }

    @Test func maximumGapBetweenConsecutiveMeetings() {
        let meeting = Self.meeting("monitoring", 2, at: "dortmund-rathaus", in: "dortmund",
                                   on: ["2016-07-11", "2016-07-12"], offset: "+02:00", deadline: "2016-06-27",
                                   staff: ["mt"])
        expectOnly("H7", "start 126 days apart, 'monitoring' allows at most 120", Self.plan(replacing: 2, with: meeting))
    }

    // MARK: H8 network rules

    @Test func distinctHostCitiesPerTopic() {
        let meeting = Self.meeting("monitoring", 2, at: "muenster-rathaus", in: "muenster",
                                   on: ["2016-05-09", "2016-05-10"], offset: "+02:00", deadline: "2016-04-25",
                                   staff: ["mt"])
        let plan = Self.plan(replacing: 2, with: meeting)
        expectOnly("H8", "'muenster' hosts 'monitoring' 2 times", plan)
        var scenario = Self.scenario()
        scenario.rules.distinctHostsPerTopic = false
        #expect(PlanChecker.check(plan, against: scenario).violations.allSatisfy { $0.rule == "objective" })
    }

    /// Diversität moved to Dortmund four weeks before monitoring #2 there.
    static func dortmundHostsTwice() -> Plan {
        plan(replacing: 1, with: meeting("diversitaet", 1, at: "dortmund-rathaus", in: "dortmund",
                                         on: ["2016-04-11", "2016-04-12"], offset: "+02:00", deadline: "2016-03-28",
                                         staff: ["ab"]))
    }

    @Test func meetingsPerCity() {
        var scenario = Self.scenario()
        #expect(PlanChecker.check(Self.dortmundHostsTwice(), against: scenario).violations.allSatisfy { $0.rule == "objective" })
        scenario.rules.maxMeetingsPerCity = 1
        expectOnly("H8", "'dortmund' hosts 2 meetings, at most 1 allowed", Self.dortmundHostsTwice(), scenario)
    }

    @Test func daysBetweenMeetingsInOneCity() {
        var scenario = Self.scenario()
        scenario.rules.minDaysBetweenCityMeetings = 29
        expectOnly("H8", "'dortmund' hosts 'diversitaet' #1 (2016-04-11, 'dortmund-rathaus') and 'monitoring' #2 "
            + "(2016-05-09, 'dortmund-rathaus') 28 days apart, at least 29 required", Self.dortmundHostsTwice(), scenario)
        scenario.rules.minDaysBetweenCityMeetings = 28
        #expect(PlanChecker.check(Self.dortmundHostsTwice(), against: scenario).violations.allSatisfy { $0.rule == "objective" })
    }

    @Test func meetingsPerIsoWeek() {
        var scenario = Self.scenario()
        scenario.rules.maxMeetingsPerWeek = 1
        let meeting = Self.meeting("diversitaet", 1, at: "leipzig-rathaus", in: "leipzig",
                                   on: ["2016-05-10", "2016-05-11"], offset: "+02:00", deadline: "2016-04-26",
                                   staff: ["ab"])
        // Make the format allow Wednesdays so that only the weekly limit is at stake.
        scenario.formats[0].weekdays = [.mon, .tue, .wed]
        scenario.calendar.stateBlackouts = [:]
        expectOnly("H8", "2 meetings start in week 2016-W19", Self.plan(replacing: 1, with: meeting), scenario)
    }

    @Test func noRepeatHostYears() {
        var scenario = Self.scenario()
        scenario.rules.noRepeatHostYears = 2
        expectOnly("H8", "hosted by 'dortmund', which hosted 'monitoring' on 2014-05-12", Self.validPlan(), scenario)
        // With N = 1 only hosts of 2015–2016 are excluded: Leipzig (diversitaet 2015), not Dortmund (2014).
        scenario.rules.noRepeatHostYears = 1
        let messages = PlanChecker.check(Self.validPlan(), against: scenario).violations.map(\.message)
        #expect(messages.count == 1)
        #expect(messages.first?.contains("hosted by 'leipzig', which hosted 'diversitaet' on 2015-09-14") == true)
    }

    @Test func noRepeatHostYearsCountsTheFirstYearBeforeThePeriod() {
        // Hannover hosted monitoring on 2016-01-18, in Y = 2016 and before the period.
        let meeting = Self.meeting("monitoring", 2, at: "hannover-rathaus", in: "hannover",
                                   on: ["2016-05-23", "2016-05-24"], offset: "+02:00", deadline: "2016-05-09",
                                   staff: ["mt"])
        var scenario = Self.scenario()
        scenario.rules.noRepeatHostYears = 1
        expectOnly("H8", "which hosted 'monitoring' on 2016-01-18; no_repeat_host_years 1 excludes hosts of 2015–2016",
                   Self.plan(replacing: 2, with: meeting), scenario)
        // 0 turns the rule off: the same plan breaks nothing.
        scenario.rules.noRepeatHostYears = 0
        let report = PlanChecker.check(Self.plan(replacing: 2, with: meeting), against: scenario)
        #expect(report.violations.filter { $0.rule != "objective" }.isEmpty, "\(report.violations)")
    }

    // MARK: Objective

    @Test func termThatDoesNotMatchIsReported() {
        var plan = Self.validPlan()
        plan.objective = Plan.Objective(terms: ObjectiveTerms(travel: Self.expectedTravel + 10,
                                                              venueCost: Self.expectedVenueCost,
                                                              rotation: Self.expectedRotation, offers: Self.expectedOffers),
                                        bound: Self.expectedTravel + 10 + 480)
        let report = PlanChecker.check(plan, against: Self.scenario())
        #expect(report.violations.map(\.rule) == ["objective", "objective"])
        #expect(report.violations.contains { $0.message.hasPrefix("term travel is 1946.41") })
        #expect(report.violations.contains { $0.message.contains("recomputed from its meetings 2416.41") })
    }

    @Test func termsWithinTheToleranceAgree() {
        var plan = Self.validPlan()
        plan.objective.terms.travel += 1e-4
        plan.objective.total += 1e-4
        #expect(PlanChecker.check(plan, against: Self.scenario()).violations == [])
    }

    @Test func totalGapAndBoundAreConsistent() {
        var plan = Self.validPlan()
        plan.objective.total += 1
        var messages = PlanChecker.check(plan, against: Self.scenario()).violations.map(\.message)
        #expect(messages.contains { $0.contains("is not the sum of the plan's terms") })

        plan = Self.validPlan()
        plan.objective.bound = plan.objective.total + 5
        messages = PlanChecker.check(plan, against: Self.scenario()).violations.map(\.message)
        #expect(messages.contains { $0.contains("exceeds total") })
        #expect(messages.contains { $0.contains("gap 0.0 in the plan") })

        plan = Self.validPlan()
        plan.objective.bound = plan.objective.total - 100
        plan.objective.gap = 100 / plan.objective.total
        messages = PlanChecker.check(plan, against: Self.scenario()).violations.map(\.message)
        #expect(messages == ["status is optimal but the gap is \(plan.objective.gap)"])
        plan.status = .feasible
        #expect(PlanChecker.check(plan, against: Self.scenario()).violations == [])

        plan = Self.validPlan()
        plan.status = .feasible
        messages = PlanChecker.check(plan, against: Self.scenario()).violations.map(\.message)
        #expect(messages == ["status is feasible but the gap is 0.0; a gap of 0 is proven optimality"])
    }
}
