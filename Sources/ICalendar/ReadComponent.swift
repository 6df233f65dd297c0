/// A component read from a file: its name, the line of its BEGIN, its properties with their lines
/// and the components nested in it.
public struct ReadComponent: Hashable, Sendable {
    /// The name in upper case, e.g. `VEVENT`.
    public var name: String
    public var line: Int
    public var properties: [LocatedProperty]
    public var components: [ReadComponent]

    public init(name: String, line: Int, properties: [LocatedProperty] = [], components: [ReadComponent] = []) {
        self.name = name
        self.line = line
        self.properties = properties
        self.components = components
    }

    /// The first property of this name (any case).
    public func property(_ name: String) -> LocatedProperty? {
        properties.first { $0.property.name == name.uppercased() }
    }

    /// The component to write again, values as they were read.
    public var component: Component {
        Component(name: name, properties: properties.map(\.property), components: components.map(\.component))
    }
}
