/// An iCalendar object (VCALENDAR): fixed header properties, then its components. A feed is
/// `METHOD:PUBLISH`; an invitation `REQUEST` or `CANCEL` (RFC 5546); a CalDAV resource has no
/// METHOD (RFC 4791 §4.1).
public struct Calendar: Hashable, Sendable {
    /// Who made the file, e.g. `-//Treffpunkt//Treffpunkt 1.0//DE`.
    public var productID: String
    /// The name clients show for the subscribed calendar (NAME and X-WR-CALNAME).
    public var name: String?
    /// VTIMEZONEs first, then events, as clients expect a zone to be defined before its use.
    public var components: [Component]
    /// The iTIP method: `PUBLISH`, `REQUEST` or `CANCEL`; nil writes none.
    public var method: String?

    public init(productID: String, name: String? = nil, components: [Component] = [], method: String? = "PUBLISH") {
        self.productID = productID
        self.name = name
        self.components = components
        self.method = method
    }

    /// The VCALENDAR component with VERSION, PRODID, CALSCALE, METHOD and the name properties.
    public var component: Component {
        var properties = [
            Property(name: "VERSION", value: "2.0"),
            Property.text("PRODID", productID),
            Property(name: "CALSCALE", value: "GREGORIAN"),
        ]
        if let method {
            properties.append(Property(name: "METHOD", value: method))
        }
        if let name {
            properties.append(.text("NAME", name))
            properties.append(.text("X-WR-CALNAME", name))
        }
        return Component(name: "VCALENDAR", properties: properties, components: components)
    }

    /// The `.ics` text: folded content lines ending in CRLF.
    public var serialized: String {
        component.serialized
    }
}
