import Foundation
import ICalendar

/// The busy days an .ics file names: every busy VEVENT, its recurrences and overrides, as the
/// days of the scenario's time zone that any part of it covers.
struct BusyCalendar {
    /// The most occurrences one recurring event may expand to.
    static let maximumOccurrences = 100_000

    /// The scenario's time zone, for floating times and for deciding which day an instant falls on.
    let zone: TimeZone
    /// The last day worth expanding recurrences to.
    let lastDay: Day

    /// A start or end value: a whole day or an instant.
    private enum Moment: Hashable {
        case day(Day)
        case instant(Date)
    }

    /// The busy days in `text`, or the first located problem.
    func days(in text: String) throws(BusyCalendarError) -> Set<Day> {
        let components: [ReadComponent]
        do {
            components = try ICalendarReader.read(text)
        } catch {
            throw BusyCalendarError(line: error.line, message: error.message)
        }
        let events = components.flatMap { $0.name == "VEVENT" ? [$0] : $0.components.filter { $0.name == "VEVENT" } }
        var overridden: [String: Set<Moment>] = [:]
        var overrideLines: [String: [(Moment, Int)]] = [:]
        for event in events {
            guard let recurrence = event.property("RECURRENCE-ID") else { continue }
            if let range = recurrence.parameter("RANGE") {
                throw BusyCalendarError(line: recurrence.line, message: "RECURRENCE-ID;RANGE=\(range) is not supported")
            }
            let uid = event.property("UID")?.text ?? ""
            let replaced = try moment(recurrence)
            overridden[uid, default: []].insert(replaced)
            overrideLines[uid, default: []].append((replaced, recurrence.line))
        }
        var busy = Set<Day>()
        for event in events {
            for property in event.properties {
                switch property.property.name {
                case "RDATE", "EXRULE":
                    throw BusyCalendarError(line: property.line, message: "\(property.property.name) is not supported")
                default:
                    break
                }
                if property.parameter("VALUE")?.uppercased() == "PERIOD" {
                    throw BusyCalendarError(line: property.line, message: "VALUE=PERIOD is not supported")
                }
            }
            let skipped = event.property("TRANSP")?.text.uppercased() == "TRANSPARENT"
                || event.property("STATUS")?.text.uppercased() == "CANCELLED"
            let isOverride = event.property("RECURRENCE-ID") != nil
            if !isOverride, let startProperty = event.property("DTSTART") {
                // An override of the other value type would replace no occurrence: say so.
                let masterIsDay = if case .day = try moment(startProperty) { true } else { false }
                for (replaced, line) in overrideLines[event.property("UID")?.text ?? ""] ?? [] {
                    let replacedIsDay = if case .day = replaced { true } else { false }
                    if replacedIsDay != masterIsDay {
                        throw BusyCalendarError(line: line, message: "RECURRENCE-ID must be a DATE or DATE-TIME like the event's DTSTART")
                    }
                }
            }
            let excluded = isOverride ? [] : overridden[event.property("UID")?.text ?? ""] ?? []
            let occurrences = try starts(of: event, excluding: excluded, expand: !isOverride)
            if skipped { continue }
            let length = try self.length(of: event)
            for start in occurrences {
                busy.formUnion(coveredDays(from: start, length: length))
            }
        }
        return busy
    }

    /// How long an event lasts: whole days for a DATE start, seconds for a DATE-TIME start.
    private enum Length { case days(Int), seconds(TimeInterval) }

    private func length(of event: ReadComponent) throws(BusyCalendarError) -> Length {
        guard let startProperty = event.property("DTSTART") else {
            throw BusyCalendarError(line: event.line, message: "VEVENT has no DTSTART")
        }
        let start = try moment(startProperty)
        if let endProperty = event.property("DTEND") {
            let end = try moment(endProperty)
            switch (start, end) {
            case let (.day(first), .day(last)):
                guard last >= first else { throw BusyCalendarError(line: endProperty.line, message: "DTEND is before DTSTART") }
                return .days(first.distance(to: last))
            case let (.instant(first), .instant(last)):
                guard last >= first else { throw BusyCalendarError(line: endProperty.line, message: "DTEND is before DTSTART") }
                return .seconds(last.timeIntervalSince(first))
            default:
                throw BusyCalendarError(line: endProperty.line, message: "DTEND and DTSTART must both be dates or both date-times")
            }
        }
        if let duration = event.property("DURATION") {
            guard let seconds = BusyCalendar.seconds(duration.property.value) else {
                throw BusyCalendarError(line: duration.line, message: "DURATION '\(duration.property.value)' is not supported (use e.g. P1D, PT2H30M)")
            }
            if case .day = start {
                guard seconds.truncatingRemainder(dividingBy: 86_400) == 0 else {
                    throw BusyCalendarError(line: duration.line, message: "an all-day event's DURATION must be whole days")
                }
                return .days(Int(seconds / 86_400))
            }
            return .seconds(seconds)
        }
        if case .day = start { return .days(1) }
        return .seconds(0)
    }

    /// `P1W`, `P2D`, `PT1H30M`, `P1DT2H` as seconds; nil for anything else or negative.
    static func seconds(_ text: String) -> TimeInterval? {
        var rest = Substring(text.uppercased())
        if rest.hasPrefix("+") { rest = rest.dropFirst() }
        guard rest.hasPrefix("P") else { return nil }
        rest = rest.dropFirst()
        var total = 0.0
        var number = ""
        var inTime = false
        for character in rest {
            if character.isASCII, character.isNumber { number.append(character); continue }
            if character == "T" { inTime = true; continue }
            guard let value = Double(number) else { return nil }
            number = ""
            switch (character, inTime) {
            case ("W", false): total += value * 604_800
            case ("D", false): total += value * 86_400
            case ("H", true): total += value * 3_600
            case ("M", true): total += value * 60
            case ("S", true): total += value
            default: return nil
            }
        }
        return number.isEmpty ? total : nil
    }

    private func coveredDays(from start: Moment, length: Length) -> [Day] {
        switch (start, length) {
        case let (.day(first), .days(count)):
            return (0..<max(count, 1)).map { first.advanced(by: $0) }
        case let (.instant(first), .seconds(seconds)):
            let firstDay = day(of: first)
            let lastDay = seconds > 0 ? day(of: first.addingTimeInterval(seconds).addingTimeInterval(-0.001)) : firstDay
            return lastDay < firstDay ? [firstDay] : Array(firstDay...lastDay)
        default:
            return []
        }
    }

    private func day(of instant: Date) -> Day {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        return Day(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    /// The starts of an event's occurrences, EXDATEs and overridden ones removed.
    private func starts(of event: ReadComponent, excluding overridden: Set<Moment>, expand: Bool) throws(BusyCalendarError) -> [Moment] {
        guard let startProperty = event.property("DTSTART") else {
            throw BusyCalendarError(line: event.line, message: "VEVENT has no DTSTART")
        }
        let start = try moment(startProperty)
        guard expand, let ruleProperty = event.property("RRULE") else { return [start] }
        let rule = try RecurrenceRule(ruleProperty.property.value, line: ruleProperty.line)
        var excluded = overridden
        for property in event.properties where property.property.name == "EXDATE" {
            for value in property.property.value.split(separator: ",") {
                var single = property
                single.property.value = String(value)
                let exception = try moment(single)
                switch (exception, start) {
                case (.day, .instant), (.instant, .day):
                    // An exception of the other value type would match no occurrence: say so.
                    throw BusyCalendarError(line: property.line,
                                            message: "EXDATE '\(value)' must be a DATE or DATE-TIME like the event's DTSTART")
                default:
                    excluded.insert(exception)
                }
            }
        }
        let local = try localParts(startProperty)
        var last = lastDay
        if let until = rule.until {
            var untilProperty = startProperty
            untilProperty.property.value = until
            untilProperty.property.parameters = until.hasSuffix("Z") || until.count == 8 ? [] : startProperty.property.parameters
            if until.count == 8 { untilProperty.property.parameters = [Parameter(name: "VALUE", value: "DATE")] }
            switch try moment(untilProperty) {
            case let .day(day): last = min(last, day)
            case let .instant(instant): last = min(last, day(of: instant).advanced(by: 1))
            }
        }
        var result: [Moment] = []
        for day in rule.days(from: local.day, through: last, limit: BusyCalendar.maximumOccurrences) {
            let occurrence: Moment
            if let time = local.time {
                guard let instant = instant(day, time, in: local.zone) else { continue }
                if let until = rule.until, until.count > 8 {
                    var untilProperty = startProperty
                    untilProperty.property.value = until
                    if until.hasSuffix("Z") { untilProperty.property.parameters = [] }
                    if case let .instant(limit) = try moment(untilProperty), instant > limit { break }
                }
                occurrence = .instant(instant)
            } else {
                occurrence = .day(day)
            }
            if !excluded.contains(occurrence) { result.append(occurrence) }
        }
        return result
    }

    /// A DATE or DATE-TIME property's local day, time of day and zone.
    private func localParts(_ property: LocatedProperty) throws(BusyCalendarError) -> (day: Day, time: (Int, Int, Int)?, zone: TimeZone) {
        let value = property.property.value.uppercased()
        let fail = BusyCalendarError(line: property.line, message: "\(property.property.name) '\(property.property.value)' is not a DATE or DATE-TIME")
        let bytes = Array(value.utf8)
        func number(_ range: Range<Int>) -> Int? { Int(String(decoding: bytes[range], as: UTF8.self)) }
        guard bytes.count >= 8, bytes.prefix(8).allSatisfy({ $0 >= 48 && $0 <= 57 }),
              let year = number(0..<4), let month = number(4..<6), let dayOfMonth = number(6..<8),
              let day = Day(year: year, month: month, day: dayOfMonth) else { throw fail }
        if bytes.count == 8 {
            if property.parameter("TZID") != nil { throw BusyCalendarError(line: property.line, message: "a DATE value takes no TZID") }
            return (day, nil, zone)
        }
        guard property.parameter("VALUE").map({ $0.uppercased() == "DATE-TIME" }) ?? true,
              bytes.count == 15 || (bytes.count == 16 && bytes[15] == UInt8(ascii: "Z")), bytes[8] == UInt8(ascii: "T"),
              bytes[9..<15].allSatisfy({ $0 >= 48 && $0 <= 57 }),
              let hour = number(9..<11), let minute = number(11..<13), let second = number(13..<15),
              hour < 24, minute < 60, second < 61 else { throw fail }
        var timeZone = zone
        if bytes.count == 16 {
            timeZone = TimeZone(identifier: "UTC")!
        } else if let identifier = property.parameter("TZID") {
            guard let known = TimeZone(identifier: identifier) else {
                throw BusyCalendarError(line: property.line, message: "unknown TZID '\(identifier)'; use an IANA time-zone id")
            }
            timeZone = known
        }
        return (day, (hour, minute, min(second, 59)), timeZone)
    }

    private func moment(_ property: LocatedProperty) throws(BusyCalendarError) -> Moment {
        let parts = try localParts(property)
        guard let time = parts.time else { return .day(parts.day) }
        guard let instant = instant(parts.day, time, in: parts.zone) else {
            throw BusyCalendarError(line: property.line, message: "\(property.property.value) does not exist in its time zone")
        }
        return .instant(instant)
    }

    private func instant(_ day: Day, _ time: (Int, Int, Int), in zone: TimeZone) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let (year, month, dayOfMonth) = day.civil
        return calendar.date(from: DateComponents(year: year, month: month, day: dayOfMonth, hour: time.0, minute: time.1, second: time.2))
    }
}
