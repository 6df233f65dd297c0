/// Why an iCalendar text could not be read or its events expanded, and on which physical line
/// (counting from 1).
public struct ICalendarSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String {
        "line \(line): \(message)"
    }
}
