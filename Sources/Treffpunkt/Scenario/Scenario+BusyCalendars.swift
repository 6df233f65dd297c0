import ICalendar

extension Scenario {
    /// The scenario with the busy days of every `.ics` calendar in its date sets expanded over
    /// `horizon`; the dates written in the scenario stay as they are.
    ///
    /// Planning, `check` and the calendar export all reach a later period through
    /// `shifted(byYears:)`, which calls this, so they see the same days. One budget bounds the
    /// whole expansion, and a file named in several date sets is expanded once.
    func expandingCalendars(over horizon: ClosedRange<Day>) throws(BusyCalendarError) -> Scenario {
        var expander = CalendarExpander(horizon: horizon)
        var moved = self
        try expander.expand(&moved.calendar.blackouts)
        for state in moved.calendar.stateBlackouts.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
            try expander.expand(&moved.calendar.stateBlackouts[state]!)
        }
        for index in moved.cities.indices { try expander.expand(&moved.cities[index].extraHolidays) }
        for index in moved.venues.indices {
            if moved.venues[index].available != nil { try expander.expand(&moved.venues[index].available!) }
            try expander.expand(&moved.venues[index].unavailable)
        }
        for index in moved.staff.indices { try expander.expand(&moved.staff[index].unavailable) }
        return moved
    }
}

/// Expands calendars over one horizon with one budget, each file once.
struct CalendarExpander {
    let horizon: ClosedRange<Day>
    let budget: ExpansionBudget
    private var expanded: [String: Set<Day>] = [:]

    init(horizon: ClosedRange<Day>, budget: ExpansionBudget = ExpansionBudget()) {
        self.horizon = horizon
        self.budget = budget
    }

    /// The calendar's busy days in the horizon.
    mutating func days(of calendar: BusyCalendar) throws(BusyCalendarError) -> Set<Day> {
        if let known = expanded[calendar.file] { return known }
        let days = try calendar.days(in: horizon, budget: budget)
        expanded[calendar.file] = days
        return days
    }

    /// Expands each calendar of `dates` over the horizon, unless it is already.
    mutating func expand(_ dates: inout DateSet) throws(BusyCalendarError) {
        for index in dates.calendars.indices where dates.calendars[index].horizon != horizon {
            dates.calendars[index].days = try days(of: dates.calendars[index].calendar)
            dates.calendars[index].horizon = horizon
        }
    }
}
