/// Why `explain` cannot do what it was asked; each is invalid input (exit 2).
public enum ExplainError: Error, Sendable, CustomStringConvertible {
    case unknownMeeting(String, available: [String])
    case unknownTopic(Topic.ID)
    case unknownTarget(String, hint: String)
    case sameAsNow(String)
    case notAHost(city: City.ID, topic: Topic.ID)
    case hostsAlready(city: City.ID, topic: Topic.ID, number: Int)
    case noBaseline

    public var description: String { ExplanationText.error(self) }
}
