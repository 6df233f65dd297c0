import SafeYAML

extension Diagnostic {
    /// A problem's position and message, before it is tied to a file.
    struct Problem: Sendable {
        var location: SourceLocation
        var message: String
        /// The file the problem is in when it is not the scenario itself (an input calendar).
        var file: String?

        init(_ location: SourceLocation, _ message: String, file: String? = nil) {
            self.location = location
            self.message = message
            self.file = file
        }
    }
}

extension Diagnostic {
    /// An error in `file` that SafeYAML found while reading it.
    init(file: String, _ problem: YAMLProblem) {
        self.init(file: file, location: problem.location, message: problem.message)
    }
}
