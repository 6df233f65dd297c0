import Foundation

/// A wall-clock date and time without a zone, as the DATE-TIME value type writes it (`20161130T130000`).
///
/// Whether it is local time in a TZID, UTC or floating is decided by the property that holds it.
public struct LocalDateTime: Hashable, Comparable, Sendable {
    public var date: CalendarDate
    public var hour: Int
    public var minute: Int
    public var second: Int

    public init(date: CalendarDate, hour: Int, minute: Int, second: Int = 0) {
        precondition((0...23).contains(hour) && (0...59).contains(minute) && (0...60).contains(second),
                     "no such time \(hour):\(minute):\(second)")
        self.date = date
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// The wall-clock time of an instant at a fixed offset from UTC (0 gives UTC itself).
    public init(_ instant: Date, offsetFromUTC seconds: Int = 0) {
        var gregorian = Foundation.Calendar(identifier: .gregorian)
        gregorian.timeZone = TimeZone(secondsFromGMT: 0)!
        let parts = gregorian.dateComponents(
            [.year, .month, .day, .hour, .minute, .second],
            from: instant.addingTimeInterval(TimeInterval(seconds)))
        self.init(
            date: CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!),
            hour: parts.hour!, minute: parts.minute!, second: parts.second!)
    }

    /// The value as written in a content line, without a trailing `Z`.
    public var text: String {
        date.text + "T" + Digits.padded(hour, 2) + Digits.padded(minute, 2) + Digits.padded(second, 2)
    }

    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        (lhs.date, lhs.hour, lhs.minute, lhs.second) < (rhs.date, rhs.hour, rhs.minute, rhs.second)
    }
}
