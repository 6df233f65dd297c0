/// When venues and staff can be booked, as the planner reads it (`Checking/` reads it on its own).
extension Venue {
    /// Bookable on `day`: among `available` (if given) and not `unavailable`.
    func isBookable(on day: Day) -> Bool {
        (available?.contains(day) ?? true) && !unavailable.contains(day)
    }
}

extension StaffMember {
    /// Can run a meeting on `day`: one of the person's `weekdays` (if given) and not `unavailable`.
    func canWork(on day: Day) -> Bool {
        (weekdays?.contains(day.weekday) ?? true) && !unavailable.contains(day)
    }
}
