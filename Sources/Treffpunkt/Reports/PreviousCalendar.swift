import ICalendar

/// The events of an earlier export by UID, against which a re-plan is written as updates: a moved
/// meeting gets a higher SEQUENCE, a vanished one a cancellation, instead of a second entry.
public struct PreviousCalendar: Sendable {
    public let events: [String: PreviousEvent]

    /// Reads every VEVENT of every VCALENDAR in the text; the first event of a UID counts.
    public init(text: String) throws(ICalendarSyntaxError) {
        let calendars = try ICalendarReader.read(text).filter { $0.name == "VCALENDAR" }
        guard !calendars.isEmpty else {
            throw ICalendarSyntaxError(line: 1, message: "the file holds no VCALENDAR")
        }
        var events: [String: PreviousEvent] = [:]
        for calendar in calendars {
            for component in calendar.components where component.name == "VEVENT" {
                let event = try PreviousEvent(component)
                if events[event.uid] == nil { events[event.uid] = event }
            }
        }
        self.events = events
    }

    /// Events read elsewhere (the resources of a CalDAV collection), by UID.
    public init(events: [PreviousEvent]) {
        var byUID: [String: PreviousEvent] = [:]
        for event in events where byUID[event.uid] == nil { byUID[event.uid] = event }
        self.events = byUID
    }
}
