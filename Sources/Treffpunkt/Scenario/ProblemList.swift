/// Problems found while reading a file, before they are tied to the file's name.
struct ProblemList: Error {
    var problems: [Diagnostic.Problem]

    init(_ problems: [Diagnostic.Problem]) {
        self.problems = problems
    }

    init(_ location: SourceLocation, _ message: String) {
        self.problems = [Diagnostic.Problem(location, message)]
    }
}
