extension Scenario {
    /// The date sets written as dates that have dates in the scenario's own period but none in
    /// `year`'s period `later` (a later year of `plan --years`), named as the scenario file names
    /// them, each with what that means. Written dates name their years, so in that year the set
    /// closes no day (or, a venue's `available`, opens none); the planner hears of it unless the
    /// set says `{no_dates_in: YEAR}`.
    public func dateSetsLeftBehind(in later: ClosedRange<Day>) -> [(name: String, consequence: String)] {
        var named: [(String, DateSet)] = [("calendar.blackouts", calendar.blackouts)]
        named += calendar.stateBlackouts.sorted { $0.key.rawValue < $1.key.rawValue }
            .map { ("calendar.state_blackouts.\($0.key.rawValue)", $0.value) }
        named += cities.map { ("extra_holidays of city '\($0.id)'", $0.extraHolidays) }
        named += venues.compactMap { venue in venue.available.map { ("available of venue '\(venue.id)'", $0) } }
        named += venues.map { ("unavailable of venue '\($0.id)'", $0.unavailable) }
        named += staff.map { ("unavailable of staff '\($0.id)'", $0.unavailable) }
        let year = later.lowerBound.year
        return named.filter { _, set in
            set.hasWrittenDates(in: period) && !set.hasWrittenDates(in: later)
                && !set.yearsWithoutDates.contains(year) && !set.yearsWithoutDates.contains(later.upperBound.year)
        }.map { name, _ in
            (name, name.hasPrefix("available ") ? "so the venue can be booked on no day then" : "so it closes no day then")
        }
    }
}
