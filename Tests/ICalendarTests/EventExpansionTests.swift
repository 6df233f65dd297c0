import Foundation
import Testing
@testable import ICalendar

/// VEVENTs turned into occurrences: RRULE, EXDATE, RECURRENCE-ID overrides, lengths and time zones.
@Suite struct EventExpansionTests {
    private static let berlin = TimeZone(identifier: "Europe/Berlin")!

    private func expansion(_ events: String, through last: CalendarDate = CalendarDate(year: 2027, month: 3, day: 30))
        throws -> EventExpansion {
        let text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + events.replacingOccurrences(of: "\n", with: "\r\n") + "END:VCALENDAR\r\n"
        return try EventExpansion(ICalendarReader.read(text), zone: Self.berlin, through: last)
    }

    private func instant(_ text: String, in zone: TimeZone = berlin) -> EventExpansion.Moment {
        var calendar = Foundation.Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = text.split(separator: "-").map { Int($0)! }
        return .instant(calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2], hour: parts[3]))!)
    }

    @Test func aWeeklySeriesLosesItsExceptionsAndItsOverriddenInstance() throws {
        let expansion = try expansion("""
            BEGIN:VEVENT
            UID:jour-fixe
            DTSTART;TZID=Europe/Berlin:20270104T090000
            DTEND;TZID=Europe/Berlin:20270104T170000
            RRULE:FREQ=WEEKLY;COUNT=4
            EXDATE;TZID=Europe/Berlin:20270111T090000
            END:VEVENT
            BEGIN:VEVENT
            UID:jour-fixe
            RECURRENCE-ID;TZID=Europe/Berlin:20270118T090000
            DTSTART;TZID=Europe/Berlin:20270120T100000
            DURATION:PT2H
            END:VEVENT

            """)
        #expect(expansion.events.count == 2)
        let series = expansion.events[0], moved = expansion.events[1]
        #expect(try expansion.starts(of: series) == [instant("2027-1-4-9"), instant("2027-1-25-9")])
        #expect(try expansion.length(of: series) == .seconds(8 * 3600))
        #expect(try expansion.starts(of: moved) == [instant("2027-1-20-10")])
        #expect(try expansion.length(of: moved) == .seconds(2 * 3600))
    }

    @Test func allDayEventsAndUntilStayWithinTheLastDate() throws {
        let expansion = try expansion("""
            BEGIN:VEVENT
            UID:a
            DTSTART;VALUE=DATE:20270301
            DTEND;VALUE=DATE:20270303
            RRULE:FREQ=DAILY;INTERVAL=10
            END:VEVENT
            BEGIN:VEVENT
            UID:b
            DTSTART:20270301T230000Z
            RRULE:FREQ=DAILY;UNTIL=20270302T230000Z
            END:VEVENT

            """)
        let day = { (d: Int) in EventExpansion.Moment.date(CalendarDate(year: 2027, month: 3, day: d)) }
        #expect(try expansion.starts(of: expansion.events[0]) == [day(1), day(11), day(21)])
        #expect(try expansion.length(of: expansion.events[0]) == .days(2))
        #expect(try expansion.starts(of: expansion.events[1]).count == 2)
        #expect(try expansion.length(of: expansion.events[1]) == .seconds(0))
    }

    @Test func whatIsNotSupportedIsRefusedOnItsLine() throws {
        let rdate = try expansion("BEGIN:VEVENT\nUID:a\nDTSTART:20270301T090000\nRDATE:20270302T090000\nEND:VEVENT\n")
        #expect(throws: ICalendarSyntaxError(line: 6, message: "RDATE is not supported")) { try rdate.starts(of: rdate.events[0]) }
        #expect(throws: ICalendarSyntaxError(line: 5, message: "RECURRENCE-ID;RANGE=THISANDFUTURE is not supported")) {
            try expansion("BEGIN:VEVENT\nUID:a\nRECURRENCE-ID;RANGE=THISANDFUTURE:20270301T090000\nDTSTART:20270301T090000\nEND:VEVENT\n")
        }
        let mixed = try expansion("BEGIN:VEVENT\nUID:a\nDTSTART;VALUE=DATE:20270301\nRRULE:FREQ=DAILY\nEXDATE:20270302T000000\nEND:VEVENT\n")
        #expect(throws: ICalendarSyntaxError(line: 7, message: "EXDATE '20270302T000000' must be a DATE or DATE-TIME like the event's DTSTART")) {
            try mixed.starts(of: mixed.events[0])
        }
        #expect(EventExpansion.seconds("P1DT2H30M") == 95_400)
        #expect(EventExpansion.seconds("-P1D") == nil)
    }

    @Test func durationsAreWholeNumbersThatCannotOverflow() {
        #expect(EventExpansion.seconds("P18446744073709551616D") == Int.max)
        #expect(EventExpansion.seconds("P99999999W")! > EventExpansion.maximumDurationSeconds)
        #expect(EventExpansion.seconds("PT") == nil)
        #expect(EventExpansion.seconds("P1TD") == nil)
    }

    @Test func fromAFirstDateOnlyTheLatestEarlierOccurrenceIsListed() throws {
        let text = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART;VALUE=DATE:19000101\r\nDTEND;VALUE=DATE:21000101\r\n"
            + "RRULE:FREQ=DAILY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        let expansion = try EventExpansion(ICalendarReader.read(text), zone: Self.berlin, from: CalendarDate(year: 2027, month: 1, day: 1),
                                           through: CalendarDate(year: 2027, month: 1, day: 31))
        let starts = try expansion.starts(of: expansion.events[0])
        #expect(starts.first == .date(CalendarDate(year: 2026, month: 12, day: 29)))
        #expect(starts.count == 1 + 2 + 31)
    }
}
