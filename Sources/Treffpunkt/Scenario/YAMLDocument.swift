import Yams

/// A scenario file composed into a YAML node tree that is safe to walk.
///
/// Checks what the format says about reading a file before any schema rule: the size, the
/// encoding, a single document, the nesting and the size of alias expansion. Scalars keep
/// their raw text, since the schema, not YAML, decides their types.
struct YAMLDocument {
    /// The largest file the format allows, in bytes.
    static let maximumByteCount = 16 * 1024 * 1024
    /// Nodes an alias expansion may reach at least, however small the file.
    static let minimumNodeBudget = 1_000_000

    let root: Node

    /// Composes `bytes`; every problem that stops reading is thrown.
    static func compose(_ bytes: [UInt8]) throws(ProblemList) -> YAMLDocument {
        if bytes.count > maximumByteCount {
            throw ProblemList(.start, "the file has \(bytes.count) bytes; at most \(maximumByteCount) (16 MiB) are allowed")
        }
        if bytes.isEmpty {
            throw ProblemList(.start, "the file is empty")
        }
        if let problem = SourceText.problem(in: bytes) {
            throw ProblemList(problem.location, problem.message)
        }
        var scan = YAMLPreScan(bytes: bytes)
        if let problem = scan.run() {
            throw ProblemList(problem.location, problem.message)
        }
        let text = String(decoding: bytes, as: UTF8.self)
        let composed: Node?
        do {
            composed = try Parser(yaml: text, resolver: .basic, encoding: .utf8).singleRoot()
        } catch let error as YamlError {
            throw ProblemList([problem(for: error, keys: scan.keys, text: text)])
        } catch {
            throw ProblemList(.start, "the file cannot be read as YAML: \(error)")
        }
        guard let root = composed else {
            throw ProblemList(.start, "the file is empty (it holds no YAML document)")
        }
        var walk = NodeBudgetWalk(budget: max(minimumNodeBudget, bytes.count))
        if let problem = walk.check(root) {
            throw ProblemList([problem])
        }
        return YAMLDocument(root: root)
    }

    /// A short message for a Yams error, at the position a person must look at.
    private static func problem(for error: YamlError, keys: [YAMLPreScan.Key], text: String) -> Diagnostic.Problem {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _):
            let detail = context.map { " (\($0.text))" } ?? ""
            return Diagnostic.Problem(SourceLocation(mark), "invalid YAML: \(problem)\(detail)")
        case let .composer(_, problem, mark, _):
            if problem.contains("another document") {
                return Diagnostic.Problem(SourceLocation(mark), "the file holds more than one YAML document; one is allowed")
            }
            return Diagnostic.Problem(SourceLocation(mark), "invalid YAML: \(problem)")
        case let .duplicatedKeysInMapping(duplicates, context):
            let key = duplicates.first ?? ""
            let first = SourceLocation(context.mark)
            return Diagnostic.Problem(secondOccurrence(of: key, after: first, keys: keys) ?? first, "duplicate key '\(key)'")
        case let .reader(problem, offset, _, _):
            let location = offset.map { SourceLocation(characterOffset: $0, in: text) } ?? .start
            return Diagnostic.Problem(location, "the file cannot be read: \(problem)")
        default:
            return Diagnostic.Problem(.start, "the file cannot be read as YAML: \(error)")
        }
    }

    /// Where the mapping that holds the key at `first` repeats it, from the pre-scan's keys.
    private static func secondOccurrence(of key: String, after first: SourceLocation, keys: [YAMLPreScan.Key]) -> SourceLocation? {
        guard let firstIndex = keys.firstIndex(where: { $0.location == first && $0.text == key })
            ?? keys.firstIndex(where: { $0.location >= first && $0.text == key }) else { return nil }
        let mapping = keys[firstIndex].mapping
        return keys[(firstIndex + 1)...].first { $0.mapping == mapping && $0.text == key }?.location
    }
}

extension SourceLocation {
    init(_ mark: Mark) {
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
}
