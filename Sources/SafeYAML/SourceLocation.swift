import Yams

/// A position in an input file, 1-based like compilers print it.
public struct SourceLocation: Hashable, Sendable, Comparable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static let start = SourceLocation(line: 1, column: 1)

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

extension SourceLocation {
    /// The position of a Yams mark (libyaml counts from 0 in places; the result is never before 1:1).
    public init(_ mark: Mark) {
        self.init(line: max(1, mark.line), column: max(1, mark.column))
    }

    /// The position of the character `offset` characters into `text`, counting lines as libyaml does.
    init(characterOffset offset: Int, in text: String) {
        var line = 1
        var column = 1
        for character in text.prefix(max(0, offset)) {
            if character.unicodeScalars.contains(where: { $0 == "\n" || SourceText.isLineBreak($0.value) }) {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
        }
        self.init(line: line, column: column)
    }

    /// The position just after `text`: lines broken by LF only, columns in Unicode scalars.
    init(after text: some StringProtocol) {
        var location = SourceLocation.start
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                location.line += 1
                location.column = 1
            } else {
                location.column += 1
            }
        }
        self = location
    }
}
