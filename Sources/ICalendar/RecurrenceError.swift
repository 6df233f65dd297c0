/// Why an event's recurrence cannot be expanded: a physical line of the file (counting from 1)
/// and what is wrong or not supported there.
public struct RecurrenceError: Error, Hashable, Sendable, CustomStringConvertible {
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
