import Foundation
import ICalendar
import Testing
@testable import Treffpunkt

/// Busy days read from .ics files named by `{ics: PATH}` in a DATESET.
@Suite struct ScenarioCalendarInputTests {
    static let berlin = TimeZone(identifier: "Europe/Berlin")!

    /// The busy days of `text` from 2026 to 30 March 2027.
    static func busyDays(_ text: String, in horizon: ClosedRange<Day> = TinyNetwork.day("2026-01-01")...TinyNetwork.day("2027-03-30"))
        throws -> Set<Day> {
        try BusyCalendar(text: text, path: "busy.ics", file: "busy.ics", zone: berlin).days(in: horizon, budget: ExpansionBudget())
    }

    static func calendar(_ events: String) -> String {
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + events.replacingOccurrences(of: "\n", with: "\r\n")
            + "END:VCALENDAR\r\n"
    }

    /// Weekly Monday blocks, eight times from 4 January 2027; the third is cancelled, the fifth moved to Wednesday.
    static let weekly = calendar("""
        BEGIN:VEVENT
        UID:jour-fixe
        DTSTART;TZID=Europe/Berlin:20270104T090000
        DTEND;TZID=Europe/Berlin:20270104T170000
        RRULE:FREQ=WEEKLY;COUNT=8
        EXDATE;TZID=Europe/Berlin:20270118T090000
        END:VEVENT
        BEGIN:VEVENT
        UID:jour-fixe
        RECURRENCE-ID;TZID=Europe/Berlin:20270201T090000
        DTSTART;TZID=Europe/Berlin:20270203T090000
        DTEND;TZID=Europe/Berlin:20270203T170000
        END:VEVENT

        """)
    static let weeklyDays = ["2027-01-04", "2027-01-11", "2027-01-25", "2027-02-03", "2027-02-08", "2027-02-15", "2027-02-22"]

    static func days(_ texts: [String]) -> Set<Day> { Set(texts.map(TinyNetwork.day)) }

    static func folder(with files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ics-input-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("calendars"), withIntermediateDirectories: true)
        for (name, text) in files {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        return folder
    }

    @Test func weeklyRecurrenceWithExceptionAndMoveGivesTheWrittenDays() throws {
        #expect(try Self.busyDays(Self.weekly) == Self.days(Self.weeklyDays))
    }

    @Test func aLoadedScenarioReadsTheCalendarLikeTheWrittenDates() throws {
        let folder = try Self.folder(with: ["calendars/busy.ics": Self.weekly])
        let scenarioWithICS = ScenarioText.minimal.replacingOccurrences(of: "period: {start: 2016-09-01, end: 2017-06-30}",
            with: "period: {start: 2027-01-01, end: 2027-06-30}\ncalendar: {public_holidays: false, blackouts: [{ics: calendars/busy.ics}, 2027-05-03]}")
        let scenarioWithDates = ScenarioText.minimal.replacingOccurrences(of: "period: {start: 2016-09-01, end: 2017-06-30}",
            with: "period: {start: 2027-01-01, end: 2027-06-30}\ncalendar: {public_holidays: false, blackouts: [\(Self.weeklyDays.joined(separator: ", ")), 2027-05-03]}")
        let fromICS = try ScenarioLoader.load(data: Data(scenarioWithICS.utf8), fileName: folder.appendingPathComponent("s.yaml").path,
                                              cities: ScenarioText.catalog).scenario
        let fromDates = try ScenarioText.load(scenarioWithDates).scenario
        let range = TinyNetwork.day("2027-01-01")...TinyNetwork.day("2027-06-30")
        #expect(range.filter(fromICS.calendar.blackouts.contains) == range.filter(fromDates.calendar.blackouts.contains))
        #expect(range.filter(fromICS.calendar.blackouts.contains).count == 8)
    }

    @Test func planningWithTheCalendarEqualsPlanningWithTheDates() throws {
        var withICS = TinyNetwork()
        var withDates = TinyNetwork()
        let busy = try Self.busyDays(Self.weekly)
        withICS.scenario.staff[0].unavailable = DateSet(busy.sorted().map { DateSet.Item(days: $0...$0) })
        withDates.scenario.staff[0].unavailable = DateSet(Self.weeklyDays.map { DateSet.Item(days: TinyNetwork.day($0)...TinyNetwork.day($0)) })
        let first = try #require(withICS.plan())
        let second = try #require(withDates.plan())
        #expect(first.meetings == second.meetings)
        for meeting in first.meetings {
            #expect(!(meeting.firstDay...meeting.lastDay).contains { busy.contains($0) })
        }
    }

    @Test func utcAndZonedTimesNearMidnightFallOnTheScenarioDay() throws {
        let utc = Self.calendar("BEGIN:VEVENT\nUID:a\nDTSTART:20270110T233000Z\nDTEND:20270111T000000Z\nEND:VEVENT\n")
        #expect(try Self.busyDays(utc) == Self.days(["2027-01-11"]))
        let zoned = Self.calendar("BEGIN:VEVENT\nUID:b\nDTSTART;TZID=Europe/Berlin:20270110T233000\nDTEND;TZID=Europe/Berlin:20270111T000000\nEND:VEVENT\n")
        #expect(try Self.busyDays(zoned) == Self.days(["2027-01-10"]))
        let floating = Self.calendar("BEGIN:VEVENT\nUID:c\nDTSTART:20270110T220000\nDURATION:PT3H\nEND:VEVENT\n")
        #expect(try Self.busyDays(floating) == Self.days(["2027-01-10", "2027-01-11"]))
    }

    @Test func allDayEventsEndBeforeTheirEndDate() throws {
        let text = Self.calendar("""
            BEGIN:VEVENT\nUID:a\nDTSTART;VALUE=DATE:20270105\nDTEND;VALUE=DATE:20270107\nEND:VEVENT
            BEGIN:VEVENT\nUID:b\nDTSTART;VALUE=DATE:20270112\nEND:VEVENT\n
            """)
        #expect(try Self.busyDays(text) == Self.days(["2027-01-05", "2027-01-06", "2027-01-12"]))
    }

    @Test func transparentAndCancelledEventsAreNotBusy() throws {
        let text = Self.calendar("""
            BEGIN:VEVENT\nUID:a\nDTSTART;VALUE=DATE:20270105\nTRANSP:TRANSPARENT\nEND:VEVENT
            BEGIN:VEVENT\nUID:b\nDTSTART;VALUE=DATE:20270106\nSTATUS:CANCELLED\nEND:VEVENT
            BEGIN:VEVENT\nUID:c\nDTSTART;VALUE=DATE:20270107\nTRANSP:OPAQUE\nEND:VEVENT\n
            """)
        #expect(try Self.busyDays(text) == Self.days(["2027-01-07"]))
    }

    @Test func monthlyLastFridayStopsAtUntil() throws {
        let text = Self.calendar("BEGIN:VEVENT\nUID:a\nDTSTART;VALUE=DATE:20270129\nRRULE:FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20270331\nEND:VEVENT\n")
        #expect(try Self.busyDays(text) == Self.days(["2027-01-29", "2027-02-26", "2027-03-26"]))
    }

    @Test func anExceptionOfTheOtherValueTypeIsAnError() throws {
        let text = Self.calendar("BEGIN:VEVENT\nUID:a\nDTSTART;VALUE=DATE:20270104\nRRULE:FREQ=WEEKLY;COUNT=3\nEXDATE:20270111T090000Z\nEND:VEVENT\n")
        #expect(throws: BusyCalendarError.self) { try Self.busyDays(text) }
    }

    @Test func anOverrideOfTheOtherValueTypeIsAnError() throws {
        let text = Self.calendar("BEGIN:VEVENT\nUID:a\nDTSTART;VALUE=DATE:20270104\nRRULE:FREQ=WEEKLY;COUNT=3\nEND:VEVENT\n"
            + "BEGIN:VEVENT\nUID:a\nRECURRENCE-ID:20270111T090000Z\nDTSTART;VALUE=DATE:20270112\nEND:VEVENT\n")
        #expect(throws: BusyCalendarError.self) { try Self.busyDays(text) }
    }

    @Test func anUnsupportedRulePartIsALocatedError() throws {
        let ics = Self.calendar("BEGIN:VEVENT\nUID:a\nDTSTART;VALUE=DATE:20270105\nRRULE:FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1\nEND:VEVENT\n")
        let folder = try Self.folder(with: ["calendars/busy.ics": ics])
        let yaml = ScenarioText.minimal(replacing: "period: {start: 2016-09-01, end: 2017-06-30}",
            with: "period: {start: 2016-09-01, end: 2017-06-30}\ncalendar: {blackouts: [{ics: calendars/busy.ics}]}")
        do {
            _ = try ScenarioLoader.load(data: Data(yaml.utf8), fileName: folder.appendingPathComponent("s.yaml").path, cities: ScenarioText.catalog)
            Issue.record("expected a located error")
        } catch {
            let located = error.diagnostics.first { $0.file.hasSuffix("calendars/busy.ics") }
            #expect(located?.location == SourceLocation(line: 7, column: 1))
            #expect(located?.message.contains("BYSETPOS") == true)
        }
    }

    @Test func aMissingCalendarIsAnErrorAtTheScenarioValue() throws {
        let yaml = ScenarioText.minimal(replacing: "period: {start: 2016-09-01, end: 2017-06-30}",
            with: "period: {start: 2016-09-01, end: 2017-06-30}\ncalendar: {blackouts: [{ics: nowhere.ics}]}")
        ScenarioText.expectProblem(yaml, at: 4, 30, "cannot read the calendar")
    }
}
