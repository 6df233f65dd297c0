import Testing
import Yams
import SafeYAML

@Suite struct YAMLDocumentTests {
    private let notes = YAMLFormat(file: "the notes", files: "notes", syntax: .yaml)
    private let json = YAMLFormat(file: "the export", files: "exports", syntax: .json)

    private func problem(_ text: String, as format: YAMLFormat) -> YAMLProblem? {
        do {
            _ = try YAMLDocument.compose(Array(text.utf8), as: format)
            return nil
        } catch {
            return error
        }
    }

    @Test func composesAndLocatesNodes() throws {
        let document = try YAMLDocument.compose(Array("a:\n  b: [1, 2]\n".utf8), as: notes)
        let inner = try #require(document.root["a"]?["b"])
        #expect(inner.sourceLocation == SourceLocation(line: 2, column: 6))
    }

    @Test func problemsAreWordedForTheFormat() {
        #expect(problem("", as: notes) == YAMLProblem(.start, "the notes is empty"))
        #expect(problem("a: !!int 1\n", as: notes)
            == YAMLProblem(SourceLocation(line: 1, column: 4), "YAML tags such as '!!int' are not used in notes; write the value as it is"))
        #expect(problem("a: 1\na: 2\n", as: notes) == YAMLProblem(SourceLocation(line: 2, column: 1), "duplicate key 'a'"))
        #expect(problem(#"{"a": &x 1}"#, as: json)
            == YAMLProblem(SourceLocation(line: 1, column: 7), "YAML anchors and aliases ('&', '*') are not JSON; write each value out"))
        #expect(problem(#"{"a": [1}"#, as: json)?.message.hasPrefix("not valid JSON") == true)
    }

    @Test func nestingAndAliasExpansionAreBounded() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(problem(deep, as: notes)?.message == "nesting is deeper than \(YAMLDocument.nestingLimit) levels")
        var levels = ["l0: &l0 [x, x, x, x, x, x, x, x, x]"]
        for level in 1...8 {
            levels.append("l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 9).joined(separator: ", ") + "]")
        }
        #expect(problem(levels.joined(separator: "\n"), as: notes)?.message.hasPrefix("alias expansion exceeds") == true)
    }
}
