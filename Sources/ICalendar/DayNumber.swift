/// A Gregorian day as a count of days since 1970-01-01, so that recurrence rules step and
/// compare days with integer arithmetic.
struct DayNumber: Hashable, Comparable, Sendable {
    /// Days since 1970-01-01 (negative before).
    let ordinal: Int

    init(ordinal: Int) {
        self.ordinal = ordinal
    }

    /// The day with these civil fields, or nil if the date does not exist (e.g. 2026-02-30).
    init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= DayNumber.daysInMonth(year: year, month: month) else {
            return nil
        }
        let marchYear = month <= 2 ? year - 1 : year
        let era = (marchYear >= 0 ? marchYear : marchYear - 399) / 400
        let yearOfEra = marchYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        ordinal = era * 146_097 + dayOfEra - 719_468
    }

    /// The day of a DATE value, or nil if the date does not exist.
    init?(_ date: CalendarDate) {
        self.init(year: date.year, month: date.month, day: date.day)
    }

    static func < (lhs: DayNumber, rhs: DayNumber) -> Bool { lhs.ordinal < rhs.ordinal }
    func distance(to other: DayNumber) -> Int { other.ordinal - ordinal }
    func advanced(by days: Int) -> DayNumber { DayNumber(ordinal: ordinal + days) }

    /// Year, month and day of month.
    var civil: (year: Int, month: Int, day: Int) {
        // Days-from-civil inverted over 400-year eras that start on 1 March.
        let shifted = ordinal + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    var year: Int { civil.year }
    var month: Int { civil.month }

    var calendarDate: CalendarDate {
        let (year, month, day) = civil
        return CalendarDate(year: year, month: month, day: day)
    }

    var weekday: RecurrenceRule.Weekday {
        // 1970-01-01 was a Thursday.
        RecurrenceRule.Weekday(rawValue: ((ordinal + 3) % 7 + 7) % 7 + 1)!
    }

    static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
