import Foundation
import ICalendar

/// The busy days an .ics file names: every busy VEVENT, its recurrences and overrides (as
/// ICalendar's `EventExpansion` gives them), as the days of the scenario's time zone that any
/// part of it covers.
struct BusyCalendar {
    /// The scenario's time zone, for floating times and for deciding which day an instant falls on.
    let zone: TimeZone
    /// The last day worth expanding recurrences to.
    let lastDay: Day

    /// The busy days in `text`, or the first located problem.
    func days(in text: String) throws(BusyCalendarError) -> Set<Day> {
        let components: [ReadComponent]
        do {
            components = try ICalendarReader.read(text)
        } catch {
            throw BusyCalendarError(line: error.line, message: error.message)
        }
        do {
            return try busyDays(in: components)
        } catch {
            throw BusyCalendarError(line: error.line, message: error.message)
        }
    }

    /// Events marked free (TRANSP:TRANSPARENT) or cancelled are read but make no day busy.
    private func busyDays(in components: [ReadComponent]) throws(RecurrenceError) -> Set<Day> {
        let (year, month, day) = lastDay.civil
        let expansion = try EventExpansion(components, zone: zone, through: CalendarDate(year: year, month: month, day: day))
        var busy = Set<Day>()
        for event in expansion.events {
            let skipped = event.property("TRANSP")?.text.uppercased() == "TRANSPARENT"
                || event.property("STATUS")?.text.uppercased() == "CANCELLED"
            let occurrences = try expansion.starts(of: event)
            if skipped { continue }
            let length = try expansion.length(of: event)
            for start in occurrences {
                busy.formUnion(coveredDays(from: start, length: length))
            }
        }
        return busy
    }

    private func coveredDays(from start: EventExpansion.Moment, length: EventExpansion.Length) -> [Day] {
        switch (start, length) {
        case let (.date(date), .days(count)):
            let first = Day(year: date.year, month: date.month, day: date.day)!
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
}
