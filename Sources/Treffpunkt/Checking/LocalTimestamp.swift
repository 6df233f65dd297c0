import Foundation

/// A local date and time with its UTC offset, as written in a plan's `start` and `end`
/// (`2016-11-30T13:00:00+01:00`).
///
/// The checker derives the expected timestamps itself from the scenario's time zone, so that a
/// wrong offset in the planner's output shows up as a violation.
struct LocalTimestamp: Equatable, CustomStringConvertible {
    var day: Day
    /// Seconds since local midnight.
    var secondsOfDay: Int
    /// Seconds east of UTC.
    var utcOffset: Int

    /// Parses `YYYY-MM-DDTHH:MM:SS` followed by `Z` or `±HH:MM`; nil for anything else.
    init?(iso text: String) {
        let characters = Array(text)
        guard characters.count >= 20, characters[10] == "T",
              let day = Day(iso: String(characters[0..<10])),
              characters[13] == ":", characters[16] == ":",
              let hour = Self.number(characters[11..<13]), hour < 24,
              let minute = Self.number(characters[14..<16]), minute < 60,
              let second = Self.number(characters[17..<19]), second < 60 else { return nil }
        let zone = characters[19...]
        let offset: Int
        if zone.count == 1, zone.first == "Z" {
            offset = 0
        } else {
            guard zone.count == 6, let sign = zone.first, sign == "+" || sign == "-",
                  zone[zone.startIndex + 3] == ":",
                  let hours = Self.number(zone[(zone.startIndex + 1)..<(zone.startIndex + 3)]), hours < 24,
                  let minutes = Self.number(zone[(zone.startIndex + 4)...]), minutes < 60 else { return nil }
            offset = (sign == "-" ? -1 : 1) * (hours * 3600 + minutes * 60)
        }
        self.init(day: day, secondsOfDay: hour * 3600 + minute * 60 + second, utcOffset: offset)
    }

    init(day: Day, secondsOfDay: Int, utcOffset: Int) {
        self.day = day
        self.secondsOfDay = secondsOfDay
        self.utcOffset = utcOffset
    }

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

    /// `2016-11-30T13:00:00+01:00`.
    var description: String {
        let sign = utcOffset < 0 ? "-" : "+"
        let offset = abs(utcOffset)
        return "\(day)T\(Self.pad(secondsOfDay / 3600)):\(Self.pad(secondsOfDay / 60 % 60)):\(Self.pad(secondsOfDay % 60))"
            + "\(sign)\(Self.pad(offset / 3600)):\(Self.pad(offset / 60 % 60))"
    }

    private static func number(_ digits: ArraySlice<Character>) -> Int? {
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(String(digits))
    }

    private static func pad(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
