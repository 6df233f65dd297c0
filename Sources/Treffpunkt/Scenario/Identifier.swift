/// An id from a scenario file (`dortmund`, `stadthalle-gt`), typed by what it names, so that a
/// venue id cannot stand where a city id is meant. Strings exist only where files and the plan
/// store are read and written.
public struct Identifier<Entity>: RawRepresentable, Hashable, Comparable, Sendable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension City { public typealias ID = Identifier<City> }
extension Venue { public typealias ID = Identifier<Venue> }
extension StaffMember { public typealias ID = Identifier<StaffMember> }
extension MeetingFormat { public typealias ID = Identifier<MeetingFormat> }
extension Topic { public typealias ID = Identifier<Topic> }

/// An id is written as its plain string, e.g. in the plan store's JSON columns.
extension Identifier: Codable {
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
