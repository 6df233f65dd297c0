import Foundation
import Testing
@testable import Treffpunkt

/// Busy calendars with recurrences apply in every year a run plans, checks or exports, not just
/// in the scenario's own period.
@Suite struct MultiYearCalendarTests {
    /// Two cities, one topic with three two-day meetings from January to June, run by a staff
    /// member who works Monday to Wednesday (busy Thursday and Friday, weekly, from an .ics file);
    /// March to May is closed every year (a yearly blackout from another .ics file).
    static let yaml = """
        format: treffpunkt/1
        name: Teilzeit
        period: {start: 2027-01-01, end: 2027-06-30}
        calendar: {public_holidays: true, blackouts: [{ics: calendars/spring.ics}, 2027-06-15]}
        cities:
          - {id: muenster, name: Münster, state: NW, location: [51.96, 7.63]}
          - {id: leipzig, name: Leipzig, state: SN, location: [51.34, 12.37]}
        venues:
          - {id: ms-rathaus, name: Rathaus, city: muenster, capacity: 40}
          - {id: l-rathaus, name: Neues Rathaus, city: leipzig, capacity: 40}
        staff:
          - {id: anna, name: Anna, office: muenster, unavailable: [{ics: calendars/anna.ics}]}
        formats:
          - {id: fachgruppe, name: Fachgruppentreffen, days: 2, start_time: 13:00, end_time: 14:00}
        topics:
          - {id: monitoring, name: Monitoring, format: fachgruppe, meetings: 3, members: [muenster, leipzig], staff: [anna], min_gap_days: 20}
        rules: {distinct_hosts_per_topic: false}

        """

    /// Thursday and Friday of every week from 7 January 2027.
    static let anna = ScenarioCalendarInputTests.calendar("""
        BEGIN:VEVENT
        UID:teilzeit
        DTSTART;VALUE=DATE:20270107
        DTEND;VALUE=DATE:20270109
        RRULE:FREQ=WEEKLY
        END:VEVENT

        """)

    /// 1 March to 31 May, every year from 2027.
    static let spring = ScenarioCalendarInputTests.calendar("""
        BEGIN:VEVENT
        UID:fruehjahr
        DTSTART;VALUE=DATE:20270301
        DTEND;VALUE=DATE:20270601
        RRULE:FREQ=YEARLY
        END:VEVENT

        """)

    static func scenario() throws -> Scenario {
        let folder = try ScenarioCalendarInputTests.folder(with: ["calendars/anna.ics": anna, "calendars/spring.ics": spring])
        return try ScenarioLoader.load(data: Data(yaml.utf8), fileName: folder.appendingPathComponent("s.yaml").path,
                                       cities: ScenarioText.catalog).scenario
    }

    /// Whether the rules close `day`: Anna's Thursdays and Fridays, and March to May.
    static func closed(_ day: Day) -> Bool {
        [.thu, .fri].contains(day.weekday) || (3...5).contains(day.month)
    }

    @Test func theMovedScenarioExpandsTheCalendarsInItsOwnPeriod() throws {
        let scenario = try Self.scenario()
        let third = try scenario.shifted(byYears: 2)
        #expect(third.period == TinyNetwork.day("2029-01-01")...TinyNetwork.day("2029-06-30"))
        for day in third.period {
            #expect(third.staff[0].unavailable.contains(day) == [.thu, .fri].contains(day.weekday), "\(day)")
            #expect(third.calendar.blackouts.contains(day) == (3...5).contains(day.month), "\(day)")
        }
        // The written date keeps its year; the calendar names itself as the reason.
        #expect(!third.calendar.blackouts.contains(TinyNetwork.day("2029-06-15")))
        #expect(scenario.calendar.blackouts.contains(TinyNetwork.day("2027-06-15")))
        #expect(third.staff[0].unavailable.item(containing: TinyNetwork.day("2029-01-04"))?.reason == "calendars/anna.ics")
    }

    @Test func noYearOfAJointRunMeetsOnAClosedDay() throws {
        let run = try Planner().plan(try Self.scenario(), years: 3)
        guard case .planned(let years) = run.outcome else {
            Issue.record("expected plans, got \(run.outcome)")
            return
        }
        #expect(years.map(\.calendarYear) == [2027, 2028, 2029])
        for year in years {
            #expect(year.plan.meetings.count == 3)
            for meeting in year.plan.meetings {
                #expect(!meeting.dates.contains(where: Self.closed), "\(year.calendarYear): \(meeting.dates)")
            }
        }
    }

    @Test func theCheckerFindsAMeetingOnADayTheRuleClosesInTheThirdYear() throws {
        let scenario = try Self.scenario()
        let result = try PlanningRun(scenario: scenario, historySource: nil).run(.plan(years: 3))
        let years = try #require(result.outcome.planned).years
        var third = years[2].plan
        #expect(third.period?.yearsAfterScenario == 2)
        #expect(PlanChecker.check(third, against: try scenario.moved(toPeriodOf: third).scenario).isValid)

        // Move the first meeting to Thursday 11 and Friday 12 January 2029.
        var meeting = third.meetings[0]
        let shift = meeting.firstDay.distance(to: TinyNetwork.day("2029-01-11"))
        meeting.dates = meeting.dates.map { $0.advanced(by: shift) }
        meeting.start.day = meeting.start.day.advanced(by: shift)
        meeting.end.day = meeting.end.day.advanced(by: shift)
        meeting.registrationDeadline = meeting.registrationDeadline.advanced(by: shift)
        third.meetings[0] = meeting
        let report = PlanChecker.check(third, against: try scenario.moved(toPeriodOf: third).scenario)
        let staffViolations = report.violations.filter { $0.rule == "H6" && $0.message.contains("2029-01-11") }
        #expect(!staffViolations.isEmpty, "\(report.violations)")
        #expect(staffViolations.first?.message.contains("calendars/anna.ics") == true)

        // And into April 2029, which the yearly blackout closes.
        let april = meeting.firstDay.distance(to: TinyNetwork.day("2029-04-10"))
        meeting.dates = meeting.dates.map { $0.advanced(by: april) }
        meeting.start.day = meeting.start.day.advanced(by: april)
        meeting.end.day = meeting.end.day.advanced(by: april)
        meeting.registrationDeadline = meeting.registrationDeadline.advanced(by: april)
        third.meetings[0] = meeting
        let blackout = PlanChecker.check(third, against: try scenario.moved(toPeriodOf: third).scenario)
        #expect(blackout.violations.contains { $0.rule == "H3" && $0.message.contains("2029-04-10") }, "\(blackout.violations)")
    }
}

/// Dates written for the first year only: one warning per set and later year, unless the set
/// says `{no_dates_in: YEAR}`.
@Suite struct DatesLeftBehindTests {
    static let text = """
        format: treffpunkt/1
        name: Netz
        period: {start: 2027-01-04, end: 2027-06-30}
        calendar:
          blackouts:
            - {start: 2027-04-12, end: 2027-04-18, reason: Klausur}
            - {no_dates_in: 2028}
        cities:
          - {id: muenster, name: Münster, state: NW, location: [51.96, 7.63]}
          - {id: leipzig, name: Leipzig, state: SN, location: [51.34, 12.37]}
        venues:
          - {id: ms-rathaus, name: Rathaus, city: muenster, capacity: 40, unavailable: [2027-02-01]}
          - {id: l-rathaus, name: Neues Rathaus, city: leipzig, capacity: 40}
        formats:
          - {id: fachgruppe, name: Fachgruppentreffen, days: 2, start_time: 13:00, end_time: 14:00}
        topics:
          - {id: monitoring, name: Monitoring, format: fachgruppe, meetings: 2, members: [muenster, leipzig]}

        """

    @Test func eachSetAndLaterYearWarnsOnceUnlessMarked() throws {
        let scenario = try ScenarioText.load(Self.text).scenario
        #expect(scenario.calendar.blackouts.yearsWithoutDates == [2028])
        let run = PlanningRun(scenario: scenario, historySource: nil)
        let planned = try #require(try run.run(.plan(years: 3)).outcome.planned)
        #expect(planned.plans[0].warnings.isEmpty)
        // 2028: only the venue (the blackouts say there are none that year); 2029: both.
        #expect(planned.plans[1].warnings.count == 1)
        #expect(planned.plans[1].warnings.first?.hasPrefix("2028: unavailable of venue 'ms-rathaus' has dates in 2027 but none in 2028-01-04 – 2028-06-30") == true)
        #expect(planned.plans[2].warnings.map { String($0.prefix(27)) } == ["2029: calendar.blackouts ha", "2029: unavailable of venue "])
        // The warnings travel with the plan file.
        let reread = try PlanReader.read(data: planned.plans[2].jsonData, fileName: "plan.json")
        #expect(reread.warnings == planned.plans[2].warnings)
    }
}
