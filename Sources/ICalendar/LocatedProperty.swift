/// A property read from a file, with the physical line its content line starts on, so that a
/// reader of its value can point at the place of a problem.
public struct LocatedProperty: Hashable, Sendable {
    public var property: Property
    public var line: Int

    public init(property: Property, line: Int) {
        self.property = property
        self.line = line
    }

    /// The value as TEXT: escapes resolved.
    public var text: String {
        TextValue.unescape(property.value)
    }

    /// The first value of a parameter, by name in any case.
    public func parameter(_ name: String) -> String? {
        property.parameters.first { $0.name.uppercased() == name.uppercased() }?.values.first
    }
}
