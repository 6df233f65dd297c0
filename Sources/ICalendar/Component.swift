/// A calendar component such as VEVENT, VTIMEZONE or STANDARD: an ordered list of properties
/// and the components nested in it.
public struct Component: Hashable, Sendable {
    public var name: String
    public var properties: [Property]
    public var components: [Component]

    public init(name: String, properties: [Property] = [], components: [Component] = []) {
        self.name = name
        self.properties = properties
        self.components = components
    }

    /// The unfolded content lines from BEGIN to END, properties before nested components.
    public var contentLines: [String] {
        var lines = ["BEGIN:\(name)"]
        lines += properties.map(ContentLine.unfolded)
        for component in components {
            lines += component.contentLines
        }
        lines.append("END:\(name)")
        return lines
    }

    /// The component as iCalendar text: folded lines, each ending in CRLF.
    public var serialized: String {
        contentLines.flatMap(ContentLine.fold).map { $0 + ContentLine.lineBreak }.joined()
    }
}
