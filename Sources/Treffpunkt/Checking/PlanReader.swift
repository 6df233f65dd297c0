import Foundation
import Yams

/// Reads a `treffpunkt-plan/1` file for `treffpunkt check`, reporting every problem at its
/// place in the file as `FILE:LINE:COL: error: MESSAGE`.
///
/// JSON is YAML flow syntax, so Yams parses the file and its marks locate each value; the
/// structure is then decoded field by field, which lets unknown keys, missing keys and wrong
/// types be reported where they are instead of as one opaque decoding error. Before Yams sees
/// the text, it gets the scenario loader's guards (size, nesting, keys that are aliases, tags)
/// and loses its anchors, which JSON does not have; the alias budget walk stays as a backstop.
public enum PlanReader {
    public static func read(path: String) throws(InvalidInput) -> Plan {
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber,
           size.intValue > YAMLDocument.maximumByteCount {
            throw InvalidInput([Diagnostic(file: path, location: .start, message: tooLarge(size.intValue))])
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw InvalidInput([Diagnostic(file: path, location: .start, message: "cannot read the plan file")])
        }
        return try read(data: data, fileName: path)
    }

    /// Reads a plan from its bytes; `fileName` is used in diagnostics.
    public static func read(data: Data, fileName: String) throws(InvalidInput) -> Plan {
        func failure(_ message: String, at location: SourceLocation = .start) -> InvalidInput {
            InvalidInput([Diagnostic(file: fileName, location: location, message: message)])
        }
        let bytes = [UInt8](data)
        if bytes.count > YAMLDocument.maximumByteCount {
            throw failure(tooLarge(bytes.count))
        }
        if let offset = firstInvalidUTF8Offset(bytes) {
            let prefix = String(decoding: bytes[..<offset], as: UTF8.self)
            throw failure("the plan file is not valid UTF-8", at: endLocation(of: prefix))
        }
        var scan = YAMLPreScan(bytes: bytes, fileKind: "plan files")
        if let problem = scan.run() {
            throw failure(problem.message, at: problem.location)
        }
        if let anchor = scan.firstAnchor {
            throw failure("YAML anchors and aliases ('&', '*') are not JSON; write each value out", at: anchor)
        }
        let text = String(decoding: bytes, as: UTF8.self)
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw failure(syntaxMessage(error), at: syntaxLocation(error, in: text))
        } catch {
            throw failure("the plan file cannot be parsed")
        }
        guard let root else { throw failure("the plan file is empty") }
        var walk = NodeBudgetWalk(budget: max(YAMLDocument.minimumNodeBudget, bytes.count))
        if let problem = walk.check(root) {
            throw failure(problem.message, at: problem.location)
        }
        var decoder = PlanFileDecoder(fileName: fileName)
        let plan = decoder.plan(from: root)
        guard let plan, decoder.diagnostics.isEmpty else { throw InvalidInput(decoder.diagnostics) }
        return plan
    }

    private static func tooLarge(_ count: Int) -> String {
        "the plan file has \(count) bytes; at most \(YAMLDocument.maximumByteCount) (16 MiB) are allowed"
    }

    /// Byte offset where the first malformed UTF-8 sequence starts, or nil if the bytes are valid.
    private static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// The position just after `text`: lines counted from 1, columns in Unicode scalars from 1.
    private static func endLocation(of text: some StringProtocol) -> SourceLocation {
        var location = SourceLocation.start
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                location.line += 1
                location.column = 1
            } else {
                location.column += 1
            }
        }
        return location
    }

    private static func syntaxMessage(_ error: YamlError) -> String {
        switch error {
        case .reader(let problem, _, _, _), .scanner(_, let problem, _, _), .parser(_, let problem, _, _),
             .composer(_, let problem, _, _):
            "not valid JSON: \(problem)"
        case .duplicatedKeysInMapping(let duplicates, _):
            "duplicate key " + duplicates.map { "'\($0)'" }.joined(separator: ", ")
        default:
            "the plan file cannot be parsed"
        }
    }

    private static func syntaxLocation(_ error: YamlError, in text: String) -> SourceLocation {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            SourceLocation(line: mark.line, column: mark.column)
        case .duplicatedKeysInMapping(_, let context):
            SourceLocation(line: context.mark.line, column: context.mark.column)
        case .reader(_, let offset?, _, _):
            endLocation(of: text.prefix(offset))
        default:
            .start
        }
    }
}
