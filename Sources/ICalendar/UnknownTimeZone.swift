/// A TZID the time-zone database does not know.
public struct UnknownTimeZone: Error, Hashable, Sendable, CustomStringConvertible {
    public var identifier: String

    public init(identifier: String) {
        self.identifier = identifier
    }

    public var description: String {
        "unknown time zone '\(identifier)'"
    }
}
