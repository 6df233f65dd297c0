/// A day of the Gregorian calendar as the DATE value type writes it (`20161130`).
public struct CalendarDate: Hashable, Comparable, Sendable {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        precondition((1...12).contains(month) && (1...31).contains(day), "no such date \(year)-\(month)-\(day)")
        self.year = year
        self.month = month
        self.day = day
    }

    /// The value as written in a content line.
    public var text: String {
        Digits.padded(year, 4) + Digits.padded(month, 2) + Digits.padded(day, 2)
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}
