import Foundation

/// The checker's own reading of local times, independent of `LocalTime`, which the planner uses.
extension LocalTimestamp {
    /// The readings of a wall-clock time on a day in a zone: one as a rule, two in the hour that
    /// repeats when clocks go back, and in the hour that clocks skip the time moved forward by the gap.
    static func readings(of time: TimeOfDay, on day: Day, in zone: TimeZone) -> [LocalTimestamp] {
        let localSeconds = day.ordinal * 86_400 + time.minutesSinceMidnight * 60
        func offset(atUTC seconds: Int) -> Int {
            zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds)))
        }
        // Offsets a day either side: at most one change of offset lies between them.
        let offsetBefore = offset(atUTC: localSeconds - 86_400)
        let offsetAfter = offset(atUTC: localSeconds + 86_400)
        let consistent = Set([offsetBefore, offsetAfter]).sorted(by: >).filter { candidate in
            offset(atUTC: localSeconds - candidate) == candidate
        }
        if !consistent.isEmpty {
            return consistent.map {
                LocalTimestamp(day: day, secondsOfDay: time.minutesSinceMidnight * 60, utcOffset: $0)
            }
        }
        // The wall-clock time does not exist: the same instant read with the offset now in force.
        let instant = localSeconds - offsetBefore
        let shifted = instant + offset(atUTC: instant)
        let shiftedDay = Day(ordinal: Int((Double(shifted) / 86_400).rounded(.down)))
        return [LocalTimestamp(day: shiftedDay, secondsOfDay: shifted - shiftedDay.ordinal * 86_400,
                               utcOffset: offset(atUTC: instant))]
    }
}
