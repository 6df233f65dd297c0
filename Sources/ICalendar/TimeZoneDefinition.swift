import Foundation

/// A VTIMEZONE for one TZID, derived from the time-zone database for the years a calendar covers.
///
/// Where the zone changes by one yearly rule over those years (Europe/Berlin: last Sunday of March
/// and of October), it is written as a STANDARD and a DAYLIGHT observance with RRULE, BYMONTH and
/// BYDAY, the form Outlook reads; otherwise every transition gets an observance of its own.
public struct TimeZoneDefinition: Hashable, Sendable {
    public var identifier: String
    public var observances: [Observance]

    /// The year in which rule-based observances start, as common calendar clients write them.
    static let ruleStartYear = 1970

    public init(identifier: String, years: ClosedRange<Int>) throws(UnknownTimeZone) {
        guard let zone = TimeZone(identifier: identifier) else {
            throw UnknownTimeZone(identifier: identifier)
        }
        self.identifier = identifier
        let names = ZoneInfoFile(identifier: identifier)
        func name(at instant: Date) -> String? {
            let isDaylight = zone.isDaylightSavingTime(for: instant)
            return names?.abbreviation(at: instant, isDaylight: isDaylight) ?? zone.abbreviation(for: instant)
        }

        let rangeStart = Self.startOfYear(years.lowerBound, in: zone)
        let rangeEnd = Self.startOfYear(years.upperBound + 1, in: zone)
        var transitions: [Observance] = []
        var cursor = rangeStart.addingTimeInterval(-1)
        while let next = zone.nextDaylightSavingTimeTransition(after: cursor), next > cursor, next < rangeEnd {
            let offsetBefore = zone.secondsFromGMT(for: next.addingTimeInterval(-1))
            transitions.append(Observance(
                kind: zone.isDaylightSavingTime(for: next) ? .daylight : .standard,
                start: LocalDateTime(next, offsetFromUTC: offsetBefore),
                offsetFrom: offsetBefore,
                offsetTo: zone.secondsFromGMT(for: next),
                name: name(at: next),
                rule: nil))
            cursor = next
        }

        if transitions.isEmpty {
            let offset = zone.secondsFromGMT(for: rangeStart)
            observances = [Observance(
                kind: zone.isDaylightSavingTime(for: rangeStart) ? .daylight : .standard,
                start: LocalDateTime(date: CalendarDate(year: min(Self.ruleStartYear, years.lowerBound), month: 1, day: 1),
                                     hour: 0, minute: 0),
                offsetFrom: offset, offsetTo: offset, name: name(at: rangeStart), rule: nil)]
        } else if let standard = Self.yearlyRule(transitions, kind: .standard, years: years),
                  let daylight = Self.yearlyRule(transitions, kind: .daylight, years: years) {
            observances = [standard, daylight]
        } else {
            let offset = zone.secondsFromGMT(for: rangeStart)
            let initial = Observance(
                kind: zone.isDaylightSavingTime(for: rangeStart) ? .daylight : .standard,
                start: LocalDateTime(rangeStart, offsetFromUTC: offset),
                offsetFrom: offset, offsetTo: offset, name: name(at: rangeStart), rule: nil)
            observances = [initial] + transitions
        }
    }

    /// The VTIMEZONE component.
    public var component: Component {
        Component(
            name: "VTIMEZONE",
            properties: [Property(name: "TZID", value: identifier)],
            components: observances.map(\.component))
    }

    /// The instant of midnight on 1 January of a year in the zone.
    private static func startOfYear(_ year: Int, in zone: TimeZone) -> Date {
        var gregorian = Foundation.Calendar(identifier: .gregorian)
        gregorian.timeZone = zone
        return gregorian.date(from: DateComponents(year: year, month: 1, day: 1))!
    }

    /// One observance with a yearly rule for all transitions of a kind, if there is exactly one such
    /// transition in every year and all share month, weekday rule, local time, offsets and name.
    private static func yearlyRule(_ transitions: [Observance], kind: Observance.Kind, years: ClosedRange<Int>) -> Observance? {
        let matching = transitions.filter { $0.kind == kind }
        guard let first = matching.first,
              matching.map(\.start.date.year) == Array(years),
              matching.allSatisfy({
                  ($0.start.hour, $0.start.minute, $0.start.second) == (first.start.hour, first.start.minute, first.start.second)
                      && $0.offsetFrom == first.offsetFrom && $0.offsetTo == first.offsetTo && $0.name == first.name
              })
        else { return nil }
        let common = matching.dropFirst().reduce(YearlyRule.candidates(for: first.start.date)) {
            $0.intersection(YearlyRule.candidates(for: $1.start.date))
        }
        // "Last" is how such rules are usually stated, so it wins where a fourth weekday is also the last.
        guard let rule = common.first(where: { $0.ordinal == -1 }) ?? common.min(by: { $0.ordinal < $1.ordinal })
        else { return nil }
        var observance = first
        observance.start.date = rule.date(in: min(ruleStartYear, years.lowerBound))
        observance.rule = rule
        return observance
    }
}
