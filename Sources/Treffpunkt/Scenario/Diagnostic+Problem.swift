extension Diagnostic {
    /// A problem's position and message, before it is tied to a file.
    struct Problem: Sendable {
        var location: SourceLocation
        var message: String

        init(_ location: SourceLocation, _ message: String) {
            self.location = location
            self.message = message
        }
    }
}
