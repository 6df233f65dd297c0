import Foundation
import ICalendar

/// The busy events of one .ics file, read once, and the days of the scenario's time zone that
/// any part of them covers in a given period (as ICalendar's `EventExpansion` expands them).
///
/// The scenario keeps the calendar, not just its days, so that moving the scenario to a later
/// period (`plan --years`, a re-plan or check of a later year) expands it again there: a weekly
/// rule or a yearly blackout applies in every year planned.
struct BusyCalendar: Sendable, Equatable {
    /// The largest .ics file read, in bytes.
    static let maximumByteCount = 16 * 1024 * 1024

    /// The path as the scenario writes it; the reason given for its busy days.
    let path: String
    /// The file as diagnostics name it.
    let file: String
    /// The scenario's time zone, for floating times and for deciding which day an instant falls on.
    let zone: TimeZone
    let components: [ReadComponent]

    /// Reads the calendar text; a syntax problem is thrown with its line.
    init(text: String, path: String, file: String, zone: TimeZone) throws(BusyCalendarError) {
        self.path = path
        self.file = file
        self.zone = zone
        if let nul = text.utf8.firstIndex(of: 0) {
            let line = text.utf8[..<nul].count(where: { $0 == UInt8(ascii: "\n") }) + 1
            throw BusyCalendarError(file: file, line: line, message: "the calendar contains a NUL byte; it is not iCalendar text")
        }
        do {
            components = try ICalendarReader.read(text)
        } catch {
            throw BusyCalendarError(file: file, line: error.line, message: error.message)
        }
    }

    /// The busy days within `horizon`; events marked free (TRANSP:TRANSPARENT) or cancelled are
    /// read but make no day busy. Every event is read whatever the horizon, so a problem shows
    /// wherever it is.
    func days(in horizon: ClosedRange<Day>, budget: ExpansionBudget) throws(BusyCalendarError) -> Set<Day> {
        do {
            return try busyDays(in: horizon, budget: budget)
        } catch {
            throw BusyCalendarError(file: file, line: error.line, message: error.message)
        }
    }

    private func busyDays(in horizon: ClosedRange<Day>, budget: ExpansionBudget) throws(ICalendarSyntaxError) -> Set<Day> {
        let expansion = try EventExpansion(components, zone: zone, from: Self.date(horizon.lowerBound),
                                           through: Self.date(horizon.upperBound), budget: budget)
        // Clamped spans, merged before the days are listed, so that long or overlapping events cost little.
        var spans: [ClosedRange<Day>] = []
        for event in expansion.events {
            let skipped = event.property("TRANSP")?.text.uppercased() == "TRANSPARENT"
                || event.property("STATUS")?.text.uppercased() == "CANCELLED"
            let occurrences = try expansion.starts(of: event)
            let length = try expansion.length(of: event)
            if skipped { continue }
            for start in occurrences {
                guard let span = coveredDays(from: start, length: length) else { continue }
                let first = max(span.lowerBound, horizon.lowerBound), last = min(span.upperBound, horizon.upperBound)
                if first <= last { spans.append(first...last) }
            }
        }
        var busy = Set<Day>()
        var covered: Day?
        for span in spans.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            let from = covered.map { max($0.advanced(by: 1), span.lowerBound) } ?? span.lowerBound
            if from <= span.upperBound { busy.formUnion(from...span.upperBound) }
            covered = covered.map { max($0, span.upperBound) } ?? span.upperBound
        }
        return busy
    }

    /// The first and last day an occurrence covers, however far outside any period.
    private func coveredDays(from start: EventExpansion.Moment, length: EventExpansion.Length) -> ClosedRange<Day>? {
        switch (start, length) {
        case let (.date(date), .days(count)):
            guard let first = Day(year: date.year, month: date.month, day: date.day) else { return nil }
            return first...first.advanced(by: max(count, 1) - 1)
        case let (.instant(first), .seconds(seconds)):
            let firstDay = day(of: first)
            let lastDay = seconds > 0 ? day(of: first.addingTimeInterval(seconds).addingTimeInterval(-0.001)) : firstDay
            return lastDay < firstDay ? firstDay...firstDay : firstDay...lastDay
        default:
            return nil
        }
    }

    private func day(of instant: Date) -> Day {
        // Days since 1970 in the zone, by the offset at that instant: no calendar arithmetic that
        // could fail far from today.
        let local = instant.timeIntervalSince1970 + TimeInterval(zone.secondsFromGMT(for: instant))
        return Day(ordinal: Int((local / 86_400).rounded(.down)))
    }

    private static func date(_ day: Day) -> CalendarDate {
        let (year, month, dayOfMonth) = day.civil
        return CalendarDate(year: year, month: month, day: dayOfMonth)
    }
}
