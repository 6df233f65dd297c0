/// Statewide public holidays of the German states. (Interface placeholder: being written.)
public enum PublicHolidays {
    /// A named holiday on a day.
    public struct Holiday: Sendable, Equatable {
        public var day: Day
        public var name: String

        public init(day: Day, name: String) {
            self.day = day
            self.name = name
        }
    }

    /// The statewide public holidays of `state` in `year`, in date order.
    public static func holidays(in state: GermanState, year: Int) -> [Holiday] {
        []
    }
}
