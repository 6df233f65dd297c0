import Foundation

/// Local wall-clock times in a scenario's time zone, written with the UTC offset in force.
public enum LocalTime {
    /// A local time on a day with the UTC offset in force.
    ///
    /// A local time in a daylight-saving gap (the skipped hour) moves forward by the gap,
    /// so 02:30 on the spring change in Berlin becomes 03:30+02:00.
    public static func timestamp(_ day: Day, _ time: TimeOfDay, in timeZone: TimeZone) -> LocalTimestamp {
        let (instant, offset) = resolve(day, time, in: timeZone)
        let local = instant + offset
        let localDay = Day(ordinal: Int((Double(local) / 86_400).rounded(.down)))
        return LocalTimestamp(day: localDay, secondsOfDay: local - localDay.ordinal * 86_400, utcOffset: offset)
    }

    /// The instant (seconds since 1970 UTC) a local time denotes and the offset in force then.
    /// An ambiguous time (the repeated hour) takes the earlier instant.
    public static func resolve(_ day: Day, _ time: TimeOfDay, in timeZone: TimeZone) -> (instant: Int, offset: Int) {
        let wallClock = day.ordinal * 86_400 + time.minutesSinceMidnight * 60
        func offset(at instant: Int) -> Int {
            timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant)))
        }
        // The offsets in force a day before and after bracket any change on this day.
        let before = offset(at: wallClock - 86_400)
        let after = offset(at: wallClock + 86_400)
        for candidate in [before, after] where offset(at: wallClock - candidate) == candidate {
            return (wallClock - candidate, candidate)
        }
        // In the gap: the instant read with the earlier offset lies after the change.
        let instant = wallClock - before
        return (instant, offset(at: instant))
    }
}
