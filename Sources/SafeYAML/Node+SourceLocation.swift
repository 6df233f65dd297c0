import Yams

extension Node {
    /// Where the node starts in its file; the start of the file if Yams has no mark for it.
    public var sourceLocation: SourceLocation {
        mark.map(SourceLocation.init) ?? .start
    }
}
