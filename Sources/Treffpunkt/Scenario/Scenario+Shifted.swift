extension Scenario {
    /// The same network k calendar years later, for planning consecutive years.
    ///
    /// The period moves by k years (29 February becomes 28 February); `fixed[]` entries
    /// stay only when they lie in the moved period, since they are dated. Everything else
    /// stays: date sets hold absolute dates, and statewide public holidays follow from the
    /// period's years. The period must end before the same day a year later, so that the
    /// periods of consecutive years do not overlap.
    public func shifted(byYears years: Int) throws(MultiYearError) -> Scenario {
        guard period.upperBound < period.lowerBound.shifted(byYears: 1) else {
            throw .periodOfAYearOrMore(period)
        }
        var moved = self
        moved.period = period.lowerBound.shifted(byYears: years)...period.upperBound.shifted(byYears: years)
        moved.fixed = fixed.filter { moved.period.contains($0.start) }
        return moved
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
