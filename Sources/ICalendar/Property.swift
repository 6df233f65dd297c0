import Foundation

/// One property of a component: a name, its parameters and its value as written in the content line.
///
/// The value is stored encoded; the typed helpers below build it for TEXT, DATE and DATE-TIME.
public struct Property: Hashable, Sendable {
    public var name: String
    public var parameters: [Parameter]
    public var value: String

    public init(name: String, parameters: [Parameter] = [], value: String) {
        self.name = name
        self.parameters = parameters
        self.value = value
    }

    /// A TEXT property such as SUMMARY or LOCATION; the text is escaped.
    public static func text(_ name: String, _ text: String, parameters: [Parameter] = []) -> Property {
        Property(name: name, parameters: parameters, value: TextValue.escape(text))
    }

    /// An all-day DATE property: `DTSTART;VALUE=DATE:20161130`.
    public static func date(_ name: String, _ date: CalendarDate) -> Property {
        Property(name: name, parameters: [Parameter(name: "VALUE", value: "DATE")], value: date.text)
    }

    /// A DATE-TIME in the local time of a zone: `DTSTART;TZID=Europe/Berlin:20161130T130000`.
    ///
    /// The calendar must carry a VTIMEZONE for the TZID (see ``TimeZoneDefinition``).
    public static func dateTime(_ name: String, _ local: LocalDateTime, timeZone identifier: String) -> Property {
        Property(name: name, parameters: [Parameter(name: "TZID", value: identifier)], value: local.text)
    }

    /// A DATE-TIME in UTC: `DTSTAMP:20161120T090000Z`.
    public static func utcDateTime(_ name: String, _ instant: Date) -> Property {
        Property(name: name, value: LocalDateTime(instant).text + "Z")
    }
}
