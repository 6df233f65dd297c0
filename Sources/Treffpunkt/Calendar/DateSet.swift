/// A set of days given as single dates and inclusive ranges, each with an optional reason, and
/// the busy days of `.ics` calendars in the period the set was expanded for.
///
/// Written dates name their years and stay as they are when the scenario moves to another
/// period; a calendar's recurrences are expanded again for the new period
/// (`Scenario.expandingCalendars(over:)`).
public struct DateSet: Sendable, Equatable {
    public struct Item: Sendable, Equatable {
        public var days: ClosedRange<Day>
        public var reason: String?

        public init(days: ClosedRange<Day>, reason: String? = nil) {
            self.days = days
            self.reason = reason
        }
    }

    /// A calendar among the set's items and its busy days within `horizon`.
    struct CalendarDays: Sendable, Equatable {
        var calendar: BusyCalendar
        var horizon: ClosedRange<Day>
        var days: Set<Day>
    }

    /// The dates and ranges as written.
    public var items: [Item]
    /// The `{ics: PATH}` items, expanded.
    var calendars: [CalendarDays] = []
    /// Years the planner marked as having no dates on purpose (`{no_dates_in: 2028}`): planning
    /// those years with `plan --years` gives no warning that the set closes no day in them.
    public var yearsWithoutDates: Set<Int> = []

    public init(_ items: [Item] = []) {
        self.items = items
    }

    public static let empty = DateSet()

    /// Whether a written date or range lies (partly) in `period`.
    public func hasWrittenDates(in period: ClosedRange<Day>) -> Bool {
        items.contains { $0.days.overlaps(period) }
    }

    public var isEmpty: Bool { items.isEmpty && calendars.allSatisfy(\.days.isEmpty) }

    public func contains(_ day: Day) -> Bool {
        items.contains { $0.days.contains(day) } || calendars.contains { $0.days.contains(day) }
    }

    /// The first item that contains the day, for explaining why a day is closed; a calendar's
    /// busy day is an item of that day whose reason is the calendar's path.
    public func item(containing day: Day) -> Item? {
        if let written = items.first(where: { $0.days.contains(day) }) { return written }
        return calendars.first { $0.days.contains(day) }.map { Item(days: day...day, reason: $0.calendar.path) }
    }
}
