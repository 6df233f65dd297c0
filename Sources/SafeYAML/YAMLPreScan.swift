/// A lexical pass over a YAML text before Yams composes it, for the dangers Yams does not guard.
///
/// Yams composes recursively, so a file nested a million levels deep would overflow the
/// stack inside it; and it hashes mapping keys to find duplicates, so a key that is an alias
/// of an alias bomb would hang it. This scan follows libyaml's tokens closely enough to
/// bound the nesting (block indentation, compact `- - -`, flow brackets outside quotes,
/// comments and block scalars) and to find keys that are not text and YAML tags, which the
/// formats read here do not use (their schemas type every value). It also records where
/// each key stands, so a duplicate key can be reported at its second occurrence.
struct YAMLPreScan {
    /// A mapping key as written, in the mapping it belongs to.
    struct Key {
        var location: SourceLocation
        var text: String
        /// Identifies the mapping within the scan.
        var mapping: Int
    }

    /// The nesting a document may have.
    static let nestingLimit = 64
    /// The nesting at which the scan stops: a margin above the limit, so that the exact
    /// check on the composed document reports the usual cases.
    static let scanLimit = nestingLimit + 16

    private struct BlockCollection {
        var column: Int
        var isSequence: Bool
        var id: Int
    }

    private struct FlowCollection {
        var isMapping: Bool
        var id: Int
    }

    private let bytes: [UInt8]
    /// What the scanned files are called in messages, e.g. "scenarios".
    private let files: String
    private var index = 0
    private var line = 1
    /// 0-based column of `index`, in Unicode scalars.
    private var column = 0
    private var blocks: [BlockCollection] = []
    private var flows: [FlowCollection] = []
    private var nextID = 0
    private var inPlainScalar = false
    private(set) var keys: [Key] = []
    /// Where the first anchor (`&name`) stands, for formats that have none (JSON).
    private(set) var firstAnchor: SourceLocation?

    init(bytes: [UInt8], files: String) {
        self.bytes = bytes
        self.files = files
    }

    /// Scans the whole text; returns the first problem that must keep the text from Yams.
    mutating func run() -> YAMLProblem? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            index = 3
        }
        while index < bytes.count {
            if let problem = scanLine() {
                return problem
            }
        }
        return nil
    }

    // MARK: Block context

    private mutating func scanLine() -> YAMLProblem? {
        while peek() == .space || peek() == .tab {
            advance()
        }
        guard let byte = peek() else { return nil }
        if isBreak() {
            advance()
            return nil
        }
        if byte == .hash {
            inPlainScalar = false
            skipLine()
            return nil
        }
        if column == 0, isDocumentMarker() {
            blocks.removeAll()
            inPlainScalar = false
            let isEnd = byte == .period
            advance(); advance(); advance()
            if isEnd {
                skipLine()
                return nil
            }
            return scanNodes()
        }
        if column == 0, byte == .percent {
            skipLine()
            return nil
        }
        if inPlainScalar, column > (blocks.last?.column ?? -1) {
            skipPlainContinuation()
            return nil
        }
        inPlainScalar = false
        while let last = blocks.last, last.column > column {
            blocks.removeLast()
        }
        return scanNodes()
    }

    /// Scans the tokens from here to the end of the line (or further, for flow collections,
    /// quoted and block scalars that span lines).
    private mutating func scanNodes() -> YAMLProblem? {
        while true {
            skipBlanks()
            guard let byte = peek() else { return nil }
            if isBreak() {
                advance()
                return nil
            }
            let start = here
            let startColumn = column
            switch byte {
            case .hash:
                skipLine()
                return nil
            case .dash where isBlankOrEnd(at: 1):
                if let problem = openSequence(at: startColumn) { return problem }
                advance()
            case .question where isBlankOrEnd(at: 1):
                return YAMLProblem(start, "complex mapping keys ('?') are not supported; a key is text")
            case .colon where isBlankOrEnd(at: 1):
                advance()
            case .openBracket, .openBrace:
                if let problem = scanFlow() { return problem }
                skipBlanks()
                if peek() == .colon, isBlankOrEnd(at: 1) {
                    return YAMLProblem(start, "a mapping key must be text, not a list or mapping")
                }
                skipLine()
                return nil
            case .doubleQuote, .singleQuote:
                let text = scanQuoted()
                skipBlanks()
                guard peek() == .colon, isBlankOrEnd(at: 1) else {
                    skipLine()
                    return nil
                }
                if let problem = registerBlockKey(text, at: start, column: startColumn) { return problem }
                advance()
            case .pipe, .greater:
                skipLine()
                skipBlockScalarContent()
                return nil
            case .exclamation:
                return tagProblem(at: start)
            case .ampersand:
                firstAnchor = firstAnchor ?? start
                skipProperty()
            case .asterisk:
                advance()
                skipAnchorName()
                skipBlanks()
                if peek() == .colon, isBlankOrEnd(at: 1) {
                    return YAMLProblem(start, "an alias cannot be a mapping key; a key is text")
                }
                skipLine()
                return nil
            default:
                var text: [UInt8] = []
                while let byte = peek(), !isBreak() {
                    if byte == .colon, isBlankOrEnd(at: 1) { break }
                    if byte == .space || byte == .tab, peek(at: 1) == .hash { break }
                    appendScalar(to: &text)
                }
                guard peek() == .colon else {
                    inPlainScalar = peek() == nil || isBreak()
                    skipLine()
                    return nil
                }
                if let problem = registerBlockKey(trimmed(text), at: start, column: startColumn) { return problem }
                advance()
            }
        }
    }

    private mutating func openSequence(at column: Int) -> YAMLProblem? {
        while let last = blocks.last, last.column > column {
            blocks.removeLast()
        }
        if let last = blocks.last, last.column == column, last.isSequence {
            return nil
        }
        blocks.append(BlockCollection(column: column, isSequence: true, id: newID()))
        return checkNesting()
    }

    private mutating func registerBlockKey(_ text: String, at location: SourceLocation, column: Int) -> YAMLProblem? {
        while let last = blocks.last, last.column > column || (last.column == column && last.isSequence) {
            blocks.removeLast()
        }
        if let last = blocks.last, last.column == column {
            keys.append(Key(location: location, text: text, mapping: last.id))
            return nil
        }
        let mapping = BlockCollection(column: column, isSequence: false, id: newID())
        blocks.append(mapping)
        keys.append(Key(location: location, text: text, mapping: mapping.id))
        return checkNesting()
    }

    /// Skips a literal or folded scalar's lines, whose indentation libyaml fixes by the
    /// header's indicator or the first non-empty line.
    private mutating func skipBlockScalarContent() {
        let parent = blocks.last?.column ?? -1
        var contentIndent: Int?
        while index < bytes.count {
            let saved = (index, line, column)
            while peek() == .space {
                advance()
            }
            if peek() == nil || isBreak() {
                advance()
                continue
            }
            if column == 0, isDocumentMarker() {
                (index, line, column) = saved
                return
            }
            let required = contentIndent ?? max(parent + 1, 1)
            if column < required {
                (index, line, column) = saved
                return
            }
            if contentIndent == nil {
                contentIndent = column
            }
            skipLine()
        }
    }

    private mutating func skipPlainContinuation() {
        while peek() != nil, !isBreak() {
            if peek() == .space || peek() == .tab, peek(at: 1) == .hash {
                inPlainScalar = false
                skipLine()
                return
            }
            advance()
        }
        advance()
    }

    // MARK: Flow context

    /// Scans a flow collection from its opening bracket to the matching closing one.
    private mutating func scanFlow() -> YAMLProblem? {
        while let byte = peek() {
            if byte == .space || byte == .tab || isBreak() {
                advance()
                continue
            }
            let start = here
            switch byte {
            case .hash:
                skipLine()
            case .openBracket, .openBrace:
                flows.append(FlowCollection(isMapping: byte == .openBrace, id: newID()))
                if let problem = checkNesting() { return problem }
                advance()
            case .closeBracket, .closeBrace:
                advance()
                if !flows.isEmpty {
                    flows.removeLast()
                }
                if flows.isEmpty {
                    return nil
                }
                skipBlanks()
                if peek() == .colon, isFlowValueIndicator() {
                    return YAMLProblem(start, "a mapping key must be text, not a list or mapping")
                }
            case .comma:
                advance()
            case .doubleQuote, .singleQuote:
                let text = scanQuoted()
                skipBlanks()
                if peek() == .colon {
                    registerFlowKey(text, at: start)
                    advance()
                }
            case .asterisk:
                advance()
                skipAnchorName()
                skipBlanks()
                if peek() == .colon, isFlowValueIndicator() {
                    return YAMLProblem(start, "an alias cannot be a mapping key; a key is text")
                }
            case .exclamation:
                return tagProblem(at: start)
            case .ampersand:
                firstAnchor = firstAnchor ?? start
                skipProperty()
            case .question where isBlankOrEnd(at: 1) || isFlowIndicator(at: 1):
                return YAMLProblem(start, "complex mapping keys ('?') are not supported; a key is text")
            case .colon where isFlowValueIndicator():
                advance()
            default:
                var text: [UInt8] = []
                while let byte = peek(), !isBreak(), !isFlowIndicator(at: 0) {
                    if byte == .colon, isFlowValueIndicator() { break }
                    if byte == .space || byte == .tab, peek(at: 1) == .hash { break }
                    appendScalar(to: &text)
                }
                if peek() == .colon, isFlowValueIndicator() {
                    registerFlowKey(trimmed(text), at: start)
                    advance()
                }
            }
        }
        return nil
    }

    private mutating func registerFlowKey(_ text: String, at location: SourceLocation) {
        guard let flow = flows.last else { return }
        // In a flow sequence, `key: value` is a mapping of its own.
        let mapping = flow.isMapping ? flow.id : newID()
        keys.append(Key(location: location, text: text, mapping: mapping))
    }

    private func isFlowValueIndicator() -> Bool {
        isBlankOrEnd(at: 1) || isFlowIndicator(at: 1)
    }

    private func isFlowIndicator(at offset: Int) -> Bool {
        switch peek(at: offset) {
        case .comma, .openBracket, .closeBracket, .openBrace, .closeBrace: true
        default: false
        }
    }

    // MARK: Scalars and properties

    /// Scans a quoted scalar and returns its text (escapes decoded as far as keys need).
    private mutating func scanQuoted() -> String {
        guard let quote = peek() else { return "" }
        advance()
        var text: [UInt8] = []
        while let byte = peek() {
            if quote == .singleQuote, byte == .singleQuote {
                advance()
                guard peek() == .singleQuote else { break }
                text.append(.singleQuote)
                advance()
            } else if quote == .doubleQuote, byte == .backslash {
                advance()
                if let escaped = peek() {
                    switch escaped {
                    case UInt8(ascii: "n"): text.append(0x0A)
                    case UInt8(ascii: "t"): text.append(0x09)
                    case UInt8(ascii: "0"): text.append(0x00)
                    default: if !isBreak() { text.append(escaped) }
                    }
                    advance()
                }
            } else if quote == .doubleQuote, byte == .doubleQuote {
                advance()
                break
            } else if isBreak() {
                text.append(.space)
                advance()
            } else {
                appendScalar(to: &text)
            }
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// Tags would type values by YAML rules; the schema types them instead.
    private func tagProblem(at location: SourceLocation) -> YAMLProblem {
        var end = index
        while end < bytes.count, ![UInt8.space, .tab, 0x0A, 0x0D, .comma, .closeBracket, .closeBrace].contains(bytes[end]) {
            end += 1
        }
        let tag = String(decoding: bytes[index..<end], as: UTF8.self)
        return YAMLProblem(location, "YAML tags such as '\(tag)' are not used in \(files); write the value as it is")
    }

    private mutating func skipProperty() {
        while let byte = peek(), byte != .space, byte != .tab, !isBreak(), !(flows.count > 0 && isFlowIndicator(at: 0)) {
            advance()
        }
    }

    /// Anchor and alias names are letters, digits, `-` and `_` in libyaml.
    private mutating func skipAnchorName() {
        while let byte = peek(), byte.isAnchorCharacter {
            advance()
        }
    }

    // MARK: Cursor

    private var here: SourceLocation { SourceLocation(line: line, column: column + 1) }

    private func peek(at offset: Int = 0) -> UInt8? {
        index + offset < bytes.count ? bytes[index + offset] : nil
    }

    /// Whether a line break starts at `index + offset`: LF, CR, NEL, LS or PS.
    private func isBreak(at offset: Int = 0) -> Bool {
        switch peek(at: offset) {
        case 0x0A, 0x0D: return true
        case 0xC2: return peek(at: offset + 1) == 0x85
        case 0xE2: return peek(at: offset + 1) == 0x80 && (peek(at: offset + 2) == 0xA8 || peek(at: offset + 2) == 0xA9)
        default: return false
        }
    }

    private func isBlankOrEnd(at offset: Int) -> Bool {
        guard let byte = peek(at: offset) else { return true }
        return byte == .space || byte == .tab || isBreak(at: offset)
    }

    private func isDocumentMarker() -> Bool {
        guard let byte = peek(), byte == .dash || byte == .period else { return false }
        return peek(at: 1) == byte && peek(at: 2) == byte && isBlankOrEnd(at: 3)
    }

    /// Moves past one character (a whole UTF-8 sequence; CR LF counts as one break).
    private mutating func advance() {
        guard let byte = peek() else { return }
        if isBreak() {
            let length = byte == 0x0A ? 1 : byte == 0x0D ? (peek(at: 1) == 0x0A ? 2 : 1) : byte == 0xC2 ? 2 : 3
            index += length
            line += 1
            column = 0
            return
        }
        index += byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
        column += 1
    }

    private mutating func appendScalar(to text: inout [UInt8]) {
        let start = index
        advance()
        text.append(contentsOf: bytes[start..<min(index, bytes.count)])
    }

    private mutating func skipBlanks() {
        while peek() == .space || peek() == .tab {
            advance()
        }
    }

    /// Moves to the start of the next line.
    private mutating func skipLine() {
        while peek() != nil, !isBreak() {
            advance()
        }
        advance()
    }

    private mutating func newID() -> Int {
        nextID += 1
        return nextID
    }

    private func checkNesting() -> YAMLProblem? {
        guard blocks.count + flows.count > YAMLPreScan.scanLimit else { return nil }
        return YAMLProblem(here, "nesting is deeper than \(YAMLPreScan.nestingLimit) levels")
    }

    private func trimmed(_ text: [UInt8]) -> String {
        var end = text.count
        while end > 0, text[end - 1] == .space || text[end - 1] == .tab {
            end -= 1
        }
        return String(decoding: text[..<end], as: UTF8.self)
    }
}

private extension UInt8 {
    static let tab = UInt8(ascii: "\t")
    static let space = UInt8(ascii: " ")
    static let hash = UInt8(ascii: "#")
    static let dash = UInt8(ascii: "-")
    static let period = UInt8(ascii: ".")
    static let percent = UInt8(ascii: "%")
    static let question = UInt8(ascii: "?")
    static let colon = UInt8(ascii: ":")
    static let comma = UInt8(ascii: ",")
    static let openBracket = UInt8(ascii: "[")
    static let closeBracket = UInt8(ascii: "]")
    static let openBrace = UInt8(ascii: "{")
    static let closeBrace = UInt8(ascii: "}")
    static let doubleQuote = UInt8(ascii: "\"")
    static let singleQuote = UInt8(ascii: "'")
    static let backslash = UInt8(ascii: "\\")
    static let pipe = UInt8(ascii: "|")
    static let greater = UInt8(ascii: ">")
    static let ampersand = UInt8(ascii: "&")
    static let exclamation = UInt8(ascii: "!")
    static let asterisk = UInt8(ascii: "*")

    var isAnchorCharacter: Bool {
        switch self {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "-"), UInt8(ascii: "_"): true
        default: false
        }
    }
}
