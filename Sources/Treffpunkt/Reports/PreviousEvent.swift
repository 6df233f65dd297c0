import Foundation
import ICalendar

/// One VEVENT of an earlier export, with what a re-plan compares: when, where, its status and
/// its SEQUENCE, and the whole event to write again when its meeting is gone.
public struct PreviousEvent: Sendable {
    public var uid: String
    /// SEQUENCE, 0 when the event has none.
    public var sequence: Int
    /// DTSTART as written, parameters (TZID, VALUE) included, so any change of zone or time counts.
    public var start: String?
    public var end: String?
    /// LOCATION as text.
    public var location: String?
    /// STATUS in upper case, if any.
    public var status: String?
    public var event: Component

    /// Reads the event's fields; a missing UID or a SEQUENCE that is no whole number is a located error.
    public init(_ read: ReadComponent) throws(ICalendarSyntaxError) {
        guard let uid = read.property("UID")?.text, !uid.isEmpty else {
            throw ICalendarSyntaxError(line: read.line, message: "the VEVENT has no UID")
        }
        self.uid = uid
        if let sequence = read.property("SEQUENCE") {
            // RFC 5545 integers are 32-bit; one less than the largest leaves room for the next update.
            guard let number = Int(sequence.property.value.trimmingCharacters(in: .whitespaces)),
                  (0..<Int(Int32.max)).contains(number) else {
                throw ICalendarSyntaxError(line: sequence.line, message: "SEQUENCE must be a whole number from 0 to "
                    + "\(Int32.max - 1), not '\(sequence.property.value)'")
            }
            self.sequence = number
        } else {
            sequence = 0
        }
        start = read.property("DTSTART").map { Self.moment($0.property) }
        end = read.property("DTEND").map { Self.moment($0.property) }
        location = read.property("LOCATION")?.text
        status = read.property("STATUS")?.property.value.uppercased()
        event = read.component
    }

    /// A DTSTART or DTEND as compared between exports: its parameters and its value.
    static func moment(_ property: Property) -> String {
        (property.parameters.map(\.contentLineText) + [property.value]).joined(separator: ":")
    }

    /// The year the event starts in, for the VTIMEZONE that must cover it.
    var startYear: Int? {
        start.flatMap { Int($0.split(separator: ":").last?.prefix(4) ?? "") }
    }
}
