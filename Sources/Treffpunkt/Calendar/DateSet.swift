/// A set of days given as single dates and inclusive ranges, each with an optional reason.
public struct DateSet: Sendable, Equatable {
    public struct Item: Sendable, Equatable {
        public var days: ClosedRange<Day>
        public var reason: String?

        public init(days: ClosedRange<Day>, reason: String? = nil) {
            self.days = days
            self.reason = reason
        }
    }

    public var items: [Item]

    public init(_ items: [Item] = []) {
        self.items = items
    }

    public static let empty = DateSet()

    public var isEmpty: Bool { items.isEmpty }

    public func contains(_ day: Day) -> Bool {
        items.contains { $0.days.contains(day) }
    }

    /// The first item that contains the day, for explaining why a day is closed.
    public func item(containing day: Day) -> Item? {
        items.first { $0.days.contains(day) }
    }
}
