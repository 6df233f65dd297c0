/// Why a file cannot be read as a YAML document: a position and a sentence, before the
/// caller ties it to the file's name.
public struct YAMLProblem: Error, Sendable, Hashable {
    public var location: SourceLocation
    public var message: String

    public init(_ location: SourceLocation, _ message: String) {
        self.location = location
        self.message = message
    }
}
