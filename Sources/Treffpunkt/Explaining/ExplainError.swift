/// Why `explain` cannot do what it was asked; each is invalid input (exit 2).
public enum ExplainError: Error, Sendable, CustomStringConvertible {
    case unknownMeeting(String, available: [String])
    case unknownTopic(String)
    case unknownTarget(String, hint: String)
    case sameAsNow(String)
    case notAHost(city: String, topic: String)
    case hostsAlready(city: String, topic: String, number: Int)
    case noBaseline

    public var description: String { ExplanationText.error(self) }
}
