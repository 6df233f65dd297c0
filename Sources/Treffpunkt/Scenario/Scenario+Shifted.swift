extension Scenario {
    /// The same network k calendar years later, for planning consecutive years.
    ///
    /// The period moves by k years (29 February becomes 28 February); `fixed[]` entries
    /// stay only when they lie in the moved period, since they are dated. Dates written in
    /// date sets stay as they are (they name their years); the `.ics` calendars among them are
    /// expanded again over the moved period, so their recurrences apply there too. Statewide
    /// public holidays follow from the period's years. The period must end before the same day
    /// a year later, so that the periods of consecutive years do not overlap, and lie within the
    /// years whose public holidays are known when they close days.
    public func shifted(byYears years: Int) throws(MultiYearError) -> Scenario {
        guard period.upperBound < period.lowerBound.shifted(byYears: 1) else {
            throw .periodOfAYearOrMore(period)
        }
        guard years != 0 else { return self }
        guard period.upperBound.year + years <= 9999 else {
            throw .beyondFourDigitYears(period.lowerBound.shifted(byYears: years)...period.upperBound.shifted(byYears: years))
        }
        var moved = self
        moved.period = period.lowerBound.shifted(byYears: years)...period.upperBound.shifted(byYears: years)
        if calendar.publicHolidays,
           !PublicHolidays.years.contains(moved.period.lowerBound.year) || !PublicHolidays.years.contains(moved.period.upperBound.year) {
            throw .beyondPublicHolidays(moved.period)
        }
        moved.fixed = fixed.filter { moved.period.contains($0.start) }
        do {
            return try moved.expandingCalendars(over: moved.period)
        } catch {
            throw .busyCalendar(file: error.file, line: error.line, message: error.message)
        }
    }
}

extension Day {
    /// The same day of the month `years` calendar years later (earlier when negative);
    /// 29 February becomes 28 February in a common year.
    public func shifted(byYears years: Int) -> Day {
        let (year, month, day) = civil
        let target = year + years
        return Day(year: target, month: month, day: min(day, Day.daysInMonth(year: target, month: month)))!
    }
}
