/// A STANDARD or DAYLIGHT sub-component of a VTIMEZONE: from when an offset applies and, for a rule, how it repeats.
public struct Observance: Hashable, Sendable {
    public enum Kind: String, Sendable {
        case standard = "STANDARD"
        case daylight = "DAYLIGHT"
    }

    public var kind: Kind
    /// The local wall-clock time of the first onset, in the offset that applied before it.
    public var start: LocalDateTime
    public var offsetFrom: Int
    public var offsetTo: Int
    /// The abbreviation clients show, such as CET or CEST.
    public var name: String?
    /// The yearly repetition; nil for a single onset.
    public var rule: YearlyRule?

    public init(kind: Kind, start: LocalDateTime, offsetFrom: Int, offsetTo: Int, name: String?, rule: YearlyRule?) {
        self.kind = kind
        self.start = start
        self.offsetFrom = offsetFrom
        self.offsetTo = offsetTo
        self.name = name
        self.rule = rule
    }

    public var component: Component {
        var properties = [
            Property(name: "DTSTART", value: start.text),
            Property(name: "TZOFFSETFROM", value: UTCOffset.text(seconds: offsetFrom)),
            Property(name: "TZOFFSETTO", value: UTCOffset.text(seconds: offsetTo)),
        ]
        if let name {
            properties.append(.text("TZNAME", name))
        }
        if let rule {
            properties.append(Property(name: "RRULE", value: rule.text))
        }
        return Component(name: kind.rawValue, properties: properties)
    }
}
