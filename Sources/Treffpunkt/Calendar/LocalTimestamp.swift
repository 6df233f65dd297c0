import Foundation

/// A local date and time with the UTC offset in force, as a plan's meetings start and end
/// (`2016-11-30T13:00:00+01:00`).
///
/// The planner writes these with `LocalTime`; the checker derives the expected ones itself
/// (`readings(of:on:in:)`), so that a wrong offset in the planner's output shows up as a violation.
public struct LocalTimestamp: Sendable, Hashable, CustomStringConvertible {
    public var day: Day
    /// Seconds since local midnight.
    public var secondsOfDay: Int
    /// Seconds east of UTC.
    public var utcOffset: Int

    /// Parses `YYYY-MM-DDTHH:MM:SS` followed by `Z`, `±HH:MM` or `±HH:MM:SS` (offsets of local
    /// mean time before 1893 have seconds); nil for anything else.
    public init?(iso text: String) {
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
            let start = zone.startIndex
            guard zone.count == 6 || zone.count == 9, let sign = zone.first, sign == "+" || sign == "-",
                  zone[start + 3] == ":",
                  let hours = Self.number(zone[(start + 1)..<(start + 3)]), hours < 24,
                  let minutes = Self.number(zone[(start + 4)..<(start + 6)]), minutes < 60 else { return nil }
            var seconds = 0
            if zone.count == 9 {
                guard zone[start + 6] == ":", let value = Self.number(zone[(start + 7)...]), value < 60 else { return nil }
                seconds = value
            }
            offset = (sign == "-" ? -1 : 1) * (hours * 3600 + minutes * 60 + seconds)
        }
        self.init(day: day, secondsOfDay: hour * 3600 + minute * 60 + second, utcOffset: offset)
    }

    public init(day: Day, secondsOfDay: Int, utcOffset: Int) {
        self.day = day
        self.secondsOfDay = secondsOfDay
        self.utcOffset = utcOffset
    }

    /// `2016-11-30T13:00:00+01:00`; an offset with seconds gets them (`+00:53:28`).
    public var description: String {
        let sign = utcOffset < 0 ? "-" : "+"
        let offset = abs(utcOffset)
        return "\(day)T\(Self.pad(secondsOfDay / 3600)):\(Self.pad(secondsOfDay / 60 % 60)):\(Self.pad(secondsOfDay % 60))"
            + "\(sign)\(Self.pad(offset / 3600)):\(Self.pad(offset / 60 % 60))" + (offset % 60 == 0 ? "" : ":\(Self.pad(offset % 60))")
    }

    private static func number(_ digits: ArraySlice<Character>) -> Int? {
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(String(digits))
    }

    private static func pad(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
