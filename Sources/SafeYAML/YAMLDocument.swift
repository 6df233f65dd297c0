import Foundation
import Yams

/// A file composed into a YAML node tree that is safe to walk.
///
/// Checks what a careful reader must check before any schema rule: the size, the encoding, a
/// single document, the nesting, keys that are text, no tags and the size of alias expansion.
/// Scalars keep their raw text, since the schema, not YAML, decides their types.
public struct YAMLDocument {
    /// The largest file read, in bytes.
    public static let maximumByteCount = 16 * 1024 * 1024
    /// Nodes an alias expansion may reach at least, however small the file.
    public static let minimumNodeBudget = 1_000_000
    /// The deepest nesting of lists and mappings read.
    public static let nestingLimit = YAMLPreScan.nestingLimit

    public let root: Node

    /// The bytes of the file at `path`, refused unread if it is larger than `maximumByteCount`.
    public static func contents(ofFile path: String, as format: YAMLFormat) throws(YAMLProblem) -> Data {
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber,
           size.intValue > maximumByteCount {
            throw tooLarge(size.intValue, format)
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw YAMLProblem(.start, "cannot read \(format.file): there is no such file")
        }
        if isFolder.boolValue {
            throw YAMLProblem(.start, "\(path) is a folder, not \(format.oneFile)")
        }
        let type = (try? FileManager.default.attributesOfItem(atPath: (path as NSString).resolvingSymlinksInPath))?[.type]
            as? FileAttributeType
        guard type == .typeRegular else {
            throw YAMLProblem(.start, "\(path) is not a regular file, so not \(format.oneFile)")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw YAMLProblem(.start, "cannot read \(format.file): permission denied or unreadable")
        }
        defer { try? handle.close() }
        // Read at most one byte more than allowed: a file that grows while read, or one in /proc
        // whose size says 0, is still bounded.
        let data: Data
        do {
            data = try handle.read(upToCount: maximumByteCount + 1) ?? Data()
        } catch {
            throw YAMLProblem(.start, "cannot read \(format.file): \(error.localizedDescription)")
        }
        if data.count > maximumByteCount {
            throw YAMLProblem(.start, "\(format.file) has more than \(maximumByteCount) bytes (16 MiB), the most allowed")
        }
        return data
    }

    /// Composes `bytes`; the first problem that stops reading is thrown.
    public static func compose(_ bytes: [UInt8], as format: YAMLFormat) throws(YAMLProblem) -> YAMLDocument {
        if bytes.count > maximumByteCount {
            throw tooLarge(bytes.count, format)
        }
        if bytes.isEmpty {
            throw YAMLProblem(.start, "\(format.file) is empty")
        }
        switch format.syntax {
        case .yaml:
            if let problem = SourceText.problem(in: bytes, file: format.file) {
                throw problem
            }
        case .json:
            if let offset = SourceText.firstInvalidUTF8Offset(bytes) {
                let prefix = String(decoding: bytes[..<offset], as: UTF8.self)
                throw YAMLProblem(SourceLocation(after: prefix), "\(format.file) is not valid UTF-8")
            }
        }
        var scan = YAMLPreScan(bytes: bytes, files: format.files)
        if let problem = scan.run() {
            throw problem
        }
        if format.syntax == .json, let anchor = scan.firstAnchor {
            throw YAMLProblem(anchor, "YAML anchors and aliases ('&', '*') are not JSON; write each value out")
        }
        let text = String(decoding: bytes, as: UTF8.self)
        let composed: Node?
        do {
            switch format.syntax {
            case .yaml: composed = try Parser(yaml: text, resolver: .basic, encoding: .utf8).singleRoot()
            case .json: composed = try Yams.compose(yaml: text)
            }
        } catch let error as YamlError {
            switch format.syntax {
            case .yaml: throw yamlProblem(for: error, keys: scan.keys, text: text, file: format.file)
            case .json: throw jsonProblem(for: error, text: text, file: format.file)
            }
        } catch {
            switch format.syntax {
            case .yaml: throw YAMLProblem(.start, "\(format.file) cannot be read as YAML: \(error)")
            case .json: throw YAMLProblem(.start, "\(format.file) cannot be parsed")
            }
        }
        guard let root = composed else {
            switch format.syntax {
            case .yaml: throw YAMLProblem(.start, "\(format.file) is empty (it holds no YAML document)")
            case .json: throw YAMLProblem(.start, "\(format.file) is empty")
            }
        }
        var walk = NodeBudgetWalk(budget: max(minimumNodeBudget, bytes.count))
        if let problem = walk.check(root) {
            throw problem
        }
        return YAMLDocument(root: root)
    }

    private static func tooLarge(_ count: Int, _ format: YAMLFormat) -> YAMLProblem {
        YAMLProblem(.start, "\(format.file) has \(count) bytes; at most \(maximumByteCount) (16 MiB) are allowed")
    }

    /// A short message for a Yams error, at the position a person must look at.
    private static func yamlProblem(for error: YamlError, keys: [YAMLPreScan.Key], text: String, file: String) -> YAMLProblem {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _):
            let detail = context.map { " (\($0.text))" } ?? ""
            return YAMLProblem(SourceLocation(mark), "invalid YAML: \(problem)\(detail)")
        case let .composer(_, problem, mark, _):
            if problem.contains("another document") {
                return YAMLProblem(SourceLocation(mark), "\(file) holds more than one YAML document; one is allowed")
            }
            return YAMLProblem(SourceLocation(mark), "invalid YAML: \(problem)")
        case let .duplicatedKeysInMapping(duplicates, context):
            let key = duplicates.first ?? ""
            let first = SourceLocation(context.mark)
            return YAMLProblem(secondOccurrence(of: key, after: first, keys: keys) ?? first, "duplicate key '\(key)'")
        case let .reader(problem, offset, _, _):
            let location = offset.map { SourceLocation(characterOffset: $0, in: text) } ?? .start
            return YAMLProblem(location, "\(file) cannot be read: \(problem)")
        default:
            return YAMLProblem(.start, "\(file) cannot be read as YAML: \(error)")
        }
    }

    /// The same for a file that must be JSON: syntax errors say so, a duplicate key is
    /// reported where Yams saw it.
    private static func jsonProblem(for error: YamlError, text: String, file: String) -> YAMLProblem {
        switch error {
        case .reader(let problem, let offset, _, _):
            let location = offset.map { SourceLocation(after: text.prefix($0)) } ?? .start
            return YAMLProblem(location, "not valid JSON: \(problem)")
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return YAMLProblem(SourceLocation(line: mark.line, column: mark.column), "not valid JSON: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return YAMLProblem(SourceLocation(line: context.mark.line, column: context.mark.column),
                               "duplicate key " + duplicates.map { "'\($0)'" }.joined(separator: ", "))
        default:
            return YAMLProblem(.start, "\(file) cannot be parsed")
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
