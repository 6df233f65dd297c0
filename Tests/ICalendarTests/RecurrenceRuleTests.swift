import Testing
@testable import ICalendar

/// RRULE parsing and the dates a rule gives, day by day.
@Suite struct RecurrenceRuleTests {
    private func dates(_ rule: String, from start: String, through last: String, limit: Int = 1_000) throws -> [String] {
        try RecurrenceRule(rule, line: 1).dates(from: date(start), through: date(last), limit: limit).map(\.text)
    }

    private func date(_ text: String) -> CalendarDate {
        let digits = Array(text.utf8).map { Int($0) - 48 }
        func number(_ range: Range<Int>) -> Int { range.reduce(0) { $0 * 10 + digits[$1] } }
        return CalendarDate(year: number(0..<4), month: number(4..<6), day: number(6..<8))
    }

    @Test func weeklyWithIntervalAndCount() throws {
        #expect(try dates("FREQ=WEEKLY;INTERVAL=2;COUNT=3", from: "20270104", through: "20271231")
            == ["20270104", "20270118", "20270201"])
        #expect(try dates("FREQ=WEEKLY;BYDAY=MO,WE", from: "20270104", through: "20270113")
            == ["20270104", "20270106", "20270111", "20270113"])
    }

    @Test func monthlyAndYearlyOrdinalWeekdays() throws {
        // The last Friday of each month.
        #expect(try dates("FREQ=MONTHLY;BYDAY=-1FR", from: "20270129", through: "20270331")
            == ["20270129", "20270226", "20270326"])
        // The 31st only in months that have one; the first is DTSTART itself.
        #expect(try dates("FREQ=MONTHLY;BYMONTHDAY=31", from: "20270131", through: "20270601")
            == ["20270131", "20270331", "20270531"])
        // The first Monday of the year, and 29 February in leap years only.
        #expect(try dates("FREQ=YEARLY;BYDAY=1MO", from: "20270104", through: "20291231")
            == ["20270104", "20280103", "20290101"])
        #expect(try dates("FREQ=YEARLY", from: "20240229", through: "20321231") == ["20240229", "20280229", "20320229"])
    }

    @Test func theLimitBoundsTheOccurrences() throws {
        #expect(try dates("FREQ=DAILY", from: "20270101", through: "20991231", limit: 5).count == 5)
    }

    @Test func unsupportedPartsAreNamedOnTheirLine() {
        #expect(throws: ICalendarSyntaxError(line: 7, message: "RRULE part BYSETPOS is not supported (FREQ, INTERVAL, COUNT, UNTIL, BYDAY, BYMONTHDAY, BYMONTH are)")) {
            try RecurrenceRule("FREQ=MONTHLY;BYSETPOS=1", line: 7)
        }
        #expect(throws: ICalendarSyntaxError(line: 2, message: "RRULE has both COUNT and UNTIL")) {
            try RecurrenceRule("FREQ=DAILY;COUNT=2;UNTIL=20270101", line: 2)
        }
        #expect(throws: ICalendarSyntaxError(line: 3, message: "RRULE BYDAY with an ordinal needs FREQ=MONTHLY or YEARLY")) {
            try RecurrenceRule("FREQ=WEEKLY;BYDAY=1MO", line: 3)
        }
        #expect(throws: ICalendarSyntaxError(line: 1, message: "RRULE has no FREQ")) { try RecurrenceRule("COUNT=2", line: 1) }
    }

    @Test func numbersOutOfRangeAndRepeatedPartsAreRefused() {
        #expect(throws: ICalendarSyntaxError(line: 4, message: "RRULE BYDAY value '-0MO' is not a weekday such as MO, 1MO or -1FR (ordinals 1 to 53)")) {
            try RecurrenceRule("FREQ=MONTHLY;BYDAY=-0MO", line: 4)
        }
        #expect(throws: ICalendarSyntaxError(line: 4, message: "RRULE part FREQ appears more than once")) {
            try RecurrenceRule("FREQ=DAILY;FREQ=WEEKLY", line: 4)
        }
        // Int.min has no absolute value: it must be refused, not trap.
        #expect(throws: ICalendarSyntaxError.self) { try RecurrenceRule("FREQ=MONTHLY;BYMONTHDAY=-9223372036854775808", line: 1) }
        #expect(throws: ICalendarSyntaxError.self) { try RecurrenceRule("FREQ=DAILY;COUNT=18446744073709551616", line: 1) }
        #expect(throws: ICalendarSyntaxError.self) { try RecurrenceRule("FREQ=DAILY;INTERVAL=0", line: 1) }
        #expect(throws: ICalendarSyntaxError.self) { try RecurrenceRule("FREQ=YEARLY;BYMONTH=-1", line: 1) }
        #expect(throws: ICalendarSyntaxError.self) { try RecurrenceRule("FREQ=YEARLY;BYDAY=54MO", line: 1) }
    }

    @Test func aRuleWithoutCountMayStartLookingLater() throws {
        let rule = try RecurrenceRule("FREQ=WEEKLY;BYDAY=TH", line: 1)
        let start = DayNumber(year: 1900, month: 1, day: 4)!
        var steps = 100
        let days = rule.days(from: start, skippingTo: DayNumber(year: 2027, month: 1, day: 1)!,
                             through: DayNumber(year: 2027, month: 1, day: 31)!, limit: .max, steps: &steps)
        #expect(days?.map(\.calendarDate.text) == ["20270107", "20270114", "20270121", "20270128"])
        var few = 10
        #expect(rule.days(from: start, through: DayNumber(year: 2027, month: 1, day: 31)!, limit: .max, steps: &few) == nil)
    }
}
