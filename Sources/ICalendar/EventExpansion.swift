import Foundation

/// The occurrences of the VEVENTs in a calendar file: RRULE expanded, EXDATEs removed and
/// instances that a RECURRENCE-ID override replaces left out (the override is an event of its
/// own), each with when it starts and how long it lasts.
///
/// Supports DATE and DATE-TIME starts (UTC, TZID from the IANA database or floating), DTEND or
/// DURATION, and the RRULE parts `RecurrenceRule` reads. RDATE, EXRULE, VALUE=PERIOD and
/// RECURRENCE-ID;RANGE are refused with a located error rather than misread.
///
/// Given a first date, only occurrences that can reach it or start after it are listed: every
/// one from two days before it on, and of the earlier ones the latest (occurrences of one event
/// all last as long, so the latest one covers every day from there on that an earlier one covers).
/// Every day a rule looks at and every occurrence costs a step of the `ExpansionBudget`; running
/// out is a located error, so that no file makes the expansion run for long.
public struct EventExpansion {
    /// The longest DURATION read: 10,000 years of days, in seconds. Longer spans are written as DTEND.
    public static let maximumDurationSeconds = 3_652_425 * 86_400

    /// When an occurrence starts: a whole day or an instant.
    public enum Moment: Hashable, Sendable {
        case date(CalendarDate)
        case instant(Date)
    }

    /// How long each occurrence lasts: whole days for a DATE start, seconds for a DATE-TIME start.
    public enum Length: Hashable, Sendable {
        case days(Int)
        case seconds(TimeInterval)
    }

    /// The VEVENTs of the file, top-level or one level down (in a VCALENDAR), in file order.
    public let events: [ReadComponent]
    /// The zone of floating times, and the one whose days UNTIL is compared in.
    public let zone: TimeZone
    /// The first date whose occurrences matter, if any; see the type's summary.
    public let firstDate: CalendarDate?
    /// The last date worth expanding recurrences to.
    public let lastDate: CalendarDate
    /// The steps left for expanding, shared by every event (and file) that draws on it.
    public let budget: ExpansionBudget
    /// The starts each UID's overrides replace, and the lines of their RECURRENCE-IDs.
    private var overridden: [String: Set<Moment>] = [:]
    private var overrideLines: [String: [(Moment, Int)]] = [:]

    /// Collects the VEVENTs of `components` and their overrides; an unusable RECURRENCE-ID is thrown.
    public init(_ components: [ReadComponent], zone: TimeZone, from firstDate: CalendarDate? = nil, through lastDate: CalendarDate,
                budget: ExpansionBudget = ExpansionBudget()) throws(ICalendarSyntaxError) {
        self.events = components.flatMap { $0.name == "VEVENT" ? [$0] : $0.components.filter { $0.name == "VEVENT" } }
        self.zone = zone
        self.firstDate = firstDate
        self.lastDate = lastDate
        self.budget = budget
        for event in events {
            guard let recurrence = event.property("RECURRENCE-ID") else { continue }
            if let range = recurrence.parameter("RANGE") {
                throw ICalendarSyntaxError(line: recurrence.line, message: "RECURRENCE-ID;RANGE=\(Excerpt.of(range)) is not supported")
            }
            let uid = event.property("UID")?.text ?? ""
            let replaced = try moment(recurrence)
            overridden[uid, default: []].insert(replaced)
            overrideLines[uid, default: []].append((replaced, recurrence.line))
        }
    }

    /// The starts of `event`'s occurrences up to `lastDate` (from `firstDate` as the type's summary says): its DTSTART expanded by its RRULE,
    /// EXDATEs and overridden instances removed; an override's own start alone.
    public func starts(of event: ReadComponent) throws(ICalendarSyntaxError) -> [Moment] {
        for property in event.properties {
            switch property.property.name {
            case "RDATE", "EXRULE":
                throw ICalendarSyntaxError(line: property.line, message: "\(property.property.name) is not supported")
            default:
                break
            }
            if property.parameter("VALUE")?.uppercased() == "PERIOD" {
                throw ICalendarSyntaxError(line: property.line, message: "VALUE=PERIOD is not supported")
            }
        }
        let isOverride = event.property("RECURRENCE-ID") != nil
        if !isOverride, let startProperty = event.property("DTSTART") {
            // An override of the other value type would replace no occurrence: say so.
            let masterIsDate = if case .date = try moment(startProperty) { true } else { false }
            for (replaced, line) in overrideLines[event.property("UID")?.text ?? ""] ?? [] {
                let replacedIsDate = if case .date = replaced { true } else { false }
                if replacedIsDate != masterIsDate {
                    throw ICalendarSyntaxError(line: line, message: "RECURRENCE-ID must be a DATE or DATE-TIME like the event's DTSTART")
                }
            }
        }
        let excluded = isOverride ? [] : overridden[event.property("UID")?.text ?? ""] ?? []
        return try starts(of: event, excluding: excluded, expand: !isOverride)
    }

    /// How long each occurrence of `event` lasts, from DTEND or DURATION (a day or no time without either).
    public func length(of event: ReadComponent) throws(ICalendarSyntaxError) -> Length {
        guard let startProperty = event.property("DTSTART") else {
            throw ICalendarSyntaxError(line: event.line, message: "VEVENT has no DTSTART")
        }
        let start = try moment(startProperty)
        if let endProperty = event.property("DTEND") {
            let end = try moment(endProperty)
            switch (start, end) {
            case let (.date(first), .date(last)):
                guard last >= first else { throw ICalendarSyntaxError(line: endProperty.line, message: "DTEND is before DTSTART") }
                return .days(DayNumber(first)!.distance(to: DayNumber(last)!))
            case let (.instant(first), .instant(last)):
                guard last >= first else { throw ICalendarSyntaxError(line: endProperty.line, message: "DTEND is before DTSTART") }
                return .seconds(last.timeIntervalSince(first))
            default:
                throw ICalendarSyntaxError(line: endProperty.line, message: "DTEND and DTSTART must both be dates or both date-times")
            }
        }
        if let duration = event.property("DURATION") {
            let value = Excerpt.of(duration.property.value)
            guard let seconds = EventExpansion.seconds(duration.property.value) else {
                throw ICalendarSyntaxError(line: duration.line, message: "DURATION '\(value)' is not supported (use e.g. P1D, PT2H30M)")
            }
            guard seconds <= EventExpansion.maximumDurationSeconds else {
                throw ICalendarSyntaxError(line: duration.line, message: "DURATION '\(value)' is longer than 10000 years")
            }
            if case .date = start {
                guard seconds % 86_400 == 0 else {
                    throw ICalendarSyntaxError(line: duration.line, message: "an all-day event's DURATION must be whole days")
                }
                return .days(seconds / 86_400)
            }
            return .seconds(TimeInterval(seconds))
        }
        if case .date = start { return .days(1) }
        return .seconds(0)
    }

    /// `P1W`, `P2D`, `PT1H30M`, `P1DT2H` as seconds; nil for anything else or negative. A sum
    /// too large for `Int` is `Int.max`, so that it reads as too long rather than trapping.
    static func seconds(_ text: String) -> Int? {
        var rest = Substring(text.uppercased())
        if rest.hasPrefix("+") { rest = rest.dropFirst() }
        guard rest.hasPrefix("P") else { return nil }
        rest = rest.dropFirst()
        var total = 0
        var number = ""
        var inTime = false
        var overflow = false
        var elements = 0
        for character in rest {
            if character.isASCII, character.isNumber { number.append(character); continue }
            if character == "T", number.isEmpty, !inTime { inTime = true; continue }
            guard !number.isEmpty else { return nil }
            // More digits than `Int` holds is still a number, just far too long.
            let value = Int(number) ?? Int.max
            number = ""
            let unit: Int
            switch (character, inTime) {
            case ("W", false): unit = 604_800
            case ("D", false): unit = 86_400
            case ("H", true): unit = 3_600
            case ("M", true): unit = 60
            case ("S", true): unit = 1
            default: return nil
            }
            let (product, productOverflow) = value.multipliedReportingOverflow(by: unit)
            let (sum, sumOverflow) = total.addingReportingOverflow(product)
            overflow = overflow || productOverflow || sumOverflow
            total = overflow ? Int.max : sum
            elements += 1
        }
        return number.isEmpty && elements > 0 ? total : nil
    }

    /// The day of `zone` that `instant` falls on.
    private func day(of instant: Date) -> DayNumber {
        var calendar = Foundation.Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        return DayNumber(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    /// The starts of an event's occurrences, EXDATEs and overridden ones removed.
    private func starts(of event: ReadComponent, excluding overridden: Set<Moment>, expand: Bool) throws(ICalendarSyntaxError) -> [Moment] {
        guard let startProperty = event.property("DTSTART") else {
            throw ICalendarSyntaxError(line: event.line, message: "VEVENT has no DTSTART")
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
                case (.date, .instant), (.instant, .date):
                    // An exception of the other value type would match no occurrence: say so.
                    throw ICalendarSyntaxError(line: property.line,
                                          message: "EXDATE '\(Excerpt.of(value))' must be a DATE or DATE-TIME like the event's DTSTART")
                default:
                    excluded.insert(exception)
                }
            }
        }
        let local = try localParts(startProperty)
        guard var last = DayNumber(lastDate) else { return [] }
        if let until = rule.until {
            var untilProperty = startProperty
            untilProperty.property.value = until
            untilProperty.property.parameters = until.hasSuffix("Z") || until.count == 8 ? [] : startProperty.property.parameters
            if until.count == 8 { untilProperty.property.parameters = [Parameter(name: "VALUE", value: "DATE")] }
            switch try moment(untilProperty) {
            case let .date(date): last = min(last, DayNumber(date)!)
            case let .instant(instant): last = min(last, day(of: instant).advanced(by: 1))
            }
        }
        var untilInstant: Date?
        if let until = rule.until, until.count > 8 {
            var untilProperty = startProperty
            untilProperty.property.value = until
            if until.hasSuffix("Z") { untilProperty.property.parameters = [] }
            if case let .instant(limit) = try moment(untilProperty) { untilInstant = limit }
        }
        // Without COUNT, looking may start where an occurrence can first reach `firstDate`.
        let window = firstDate.flatMap(DayNumber.init)
        var skip: DayNumber?
        if let window {
            let reach = switch try length(of: event) {
            case .days(let days): days
            case .seconds(let seconds): Int(seconds / 86_400) + 1
            }
            // Two days more, since a DATE-TIME's own zone may lie a day either side of `zone`.
            skip = window.ordinal - reach - 2 > local.day.ordinal ? window.advanced(by: -reach - 2) : nil
        }
        var steps = budget.remaining
        guard let days = rule.days(from: local.day, skippingTo: skip, through: last, limit: .max, steps: &steps) else {
            budget.remaining = 0
            throw budget.exhausted(line: ruleProperty.line)
        }
        budget.remaining = steps
        func occurrence(_ day: DayNumber) throws(ICalendarSyntaxError) -> Moment? {
            guard budget.remaining > 0 else { throw budget.exhausted(line: ruleProperty.line) }
            budget.remaining -= 1
            let occurrence: Moment
            if let time = local.time {
                guard let instant = instant(day, time, in: local.zone) else { return nil }
                if let untilInstant, instant > untilInstant { return nil }
                occurrence = .instant(instant)
            } else {
                occurrence = .date(day.calendarDate)
            }
            return excluded.contains(occurrence) ? nil : occurrence
        }
        // Of the occurrences two days and more before the first date, the latest covers all that any covers.
        let early = window.map { window in days.firstIndex { $0 >= window.advanced(by: -2) } ?? days.endIndex } ?? 0
        var result: [Moment] = []
        for day in days[..<early].reversed() {
            if let latest = try occurrence(day) {
                result.append(latest)
                break
            }
        }
        for day in days[early...] {
            if let found = try occurrence(day) { result.append(found) }
        }
        return result
    }

    /// A DATE or DATE-TIME property's local day, time of day and zone.
    private func localParts(_ property: LocatedProperty) throws(ICalendarSyntaxError) -> (day: DayNumber, time: (Int, Int, Int)?, zone: TimeZone) {
        let value = property.property.value.uppercased()
        let fail = ICalendarSyntaxError(line: property.line, message: "\(property.property.name) '\(Excerpt.of(property.property.value))' is not a DATE or DATE-TIME (years 0001 to 9999)")
        let bytes = Array(value.utf8)
        func number(_ range: Range<Int>) -> Int? { Int(String(decoding: bytes[range], as: UTF8.self)) }
        guard bytes.count >= 8, bytes.prefix(8).allSatisfy({ $0 >= 48 && $0 <= 57 }),
              let year = number(0..<4), year >= 1, let month = number(4..<6), let dayOfMonth = number(6..<8),
              let day = DayNumber(year: year, month: month, day: dayOfMonth) else { throw fail }
        if bytes.count == 8 {
            if property.parameter("TZID") != nil { throw ICalendarSyntaxError(line: property.line, message: "a DATE value takes no TZID") }
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
            guard IANATimeZone.isKnown(identifier), let known = TimeZone(identifier: identifier) else {
                throw ICalendarSyntaxError(line: property.line, message: "unknown TZID '\(Excerpt.of(identifier))'; \(IANATimeZone.hint)")
            }
            timeZone = known
        }
        return (day, (hour, minute, min(second, 59)), timeZone)
    }

    private func moment(_ property: LocatedProperty) throws(ICalendarSyntaxError) -> Moment {
        let parts = try localParts(property)
        guard let time = parts.time else { return .date(parts.day.calendarDate) }
        guard let instant = instant(parts.day, time, in: parts.zone) else {
            throw ICalendarSyntaxError(line: property.line, message: "\(Excerpt.of(property.property.value)) does not exist in its time zone")
        }
        return .instant(instant)
    }

    private func instant(_ day: DayNumber, _ time: (Int, Int, Int), in zone: TimeZone) -> Date? {
        var calendar = Foundation.Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let (year, month, dayOfMonth) = day.civil
        return calendar.date(from: DateComponents(year: year, month: month, day: dayOfMonth, hour: time.0, minute: time.1, second: time.2))
    }
}
