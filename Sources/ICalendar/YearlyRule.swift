import Foundation

/// A yearly recurrence on the n-th or last weekday of a month, as Outlook reads time-zone rules
/// (`FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU`).
public struct YearlyRule: Hashable, Sendable {
    public var month: Int
    /// 1 for Sunday through 7 for Saturday, as Foundation counts weekdays.
    public var weekday: Int
    /// 1 to 4 for the first to fourth such weekday of the month, -1 for the last.
    public var ordinal: Int

    public init(month: Int, weekday: Int, ordinal: Int) {
        self.month = month
        self.weekday = weekday
        self.ordinal = ordinal
    }

    /// The RRULE value.
    public var text: String {
        let names = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"]
        return "FREQ=YEARLY;BYMONTH=\(month);BYDAY=\(ordinal)\(names[weekday - 1])"
    }

    /// The rules that describe a date: its n-th weekday of the month and, in the month's last week, "last".
    static func candidates(for date: CalendarDate) -> Set<YearlyRule> {
        let weekday = Self.weekday(of: date)
        var rules: Set<YearlyRule> = []
        let ordinal = (date.day - 1) / 7 + 1
        if ordinal <= 4 {
            rules.insert(YearlyRule(month: date.month, weekday: weekday, ordinal: ordinal))
        }
        if date.day + 7 > daysInMonth(year: date.year, month: date.month) {
            rules.insert(YearlyRule(month: date.month, weekday: weekday, ordinal: -1))
        }
        return rules
    }

    /// The day the rule falls on in a year.
    func date(in year: Int) -> CalendarDate {
        let first = CalendarDate(year: year, month: month, day: 1)
        let firstMatch = 1 + (weekday - Self.weekday(of: first) + 7) % 7
        if ordinal > 0 {
            return CalendarDate(year: year, month: month, day: firstMatch + 7 * (ordinal - 1))
        }
        let length = Self.daysInMonth(year: year, month: month)
        return CalendarDate(year: year, month: month, day: firstMatch + 7 * ((length - firstMatch) / 7))
    }

    private static var gregorian: Foundation.Calendar {
        var calendar = Foundation.Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        return calendar
    }

    private static func weekday(of date: CalendarDate) -> Int {
        let day = gregorian.date(from: DateComponents(year: date.year, month: date.month, day: date.day))!
        return gregorian.component(.weekday, from: day)
    }

    private static func daysInMonth(year: Int, month: Int) -> Int {
        let day = gregorian.date(from: DateComponents(year: year, month: month, day: 1))!
        return gregorian.range(of: .day, in: .month, for: day)!.count
    }
}
