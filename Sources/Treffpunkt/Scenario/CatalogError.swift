/// A line of the city catalog that cannot be read.
public struct CatalogError: Error, Sendable, CustomStringConvertible {
    public var line: Int
    public var message: String

    public var description: String { "cities.csv:\(line): \(message)" }
}
