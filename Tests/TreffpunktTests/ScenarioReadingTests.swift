import Foundation
import Testing
@testable import Treffpunkt

/// The rules of "Reading the file": bytes, YAML structure, keys and scalar typing.
@Suite struct ScenarioReadingTests {
    @Test func emptyFileIsAnErrorAtTheStart() {
        ScenarioText.expectProblem("", at: 1, 1, "empty")
        ScenarioText.expectProblem("# only a comment\n", at: 1, 1, "empty")
    }

    @Test func invalidUTF8IsReportedAtTheFirstBadByte() {
        var bytes = Array("format: treffpunkt/1\nname: K".utf8)
        bytes += [0xC3, 0x28]  // a lead byte without its continuation
        bytes += Array("ln\n".utf8)
        ScenarioText.expect(ScenarioText.load(bytes: bytes), at: 2, 8, "not valid UTF-8")
        ScenarioText.expect(ScenarioText.load(bytes: [0xFF, 0x61]), at: 1, 1, "not valid UTF-8")
        // Columns count characters, not bytes: 'ä' is one column.
        ScenarioText.expect(ScenarioText.load(bytes: Array("a: ä".utf8) + [0xE2, 0x82]), at: 1, 5, "not valid UTF-8")
    }

    @Test func aFileSavedInAnotherEncodingSaysHowToSaveIt() {
        // "name: Köln" in Latin-1: ö is the lone byte 0xF6.
        ScenarioText.expect(ScenarioText.load(bytes: Array("name: K".utf8) + [0xF6] + Array("ln\n".utf8)), at: 1, 8,
                            "not valid UTF-8 (byte 0xF6 at offset 7); it looks like Latin-1 or Windows-1252: save it as UTF-8")
        ScenarioText.expect(ScenarioText.load(bytes: [0xFF, 0xFE] + Array("n".utf8) + [0]), at: 1, 1,
                            "is UTF-16 (it starts with a byte order mark); save it as UTF-8")
    }

    @Test func controlCharactersAreRejected() {
        ScenarioText.expectProblem("name: a\u{07}b\n", at: 1, 8, "U+0007")
    }

    @Test func fileOverSixteenMebibytesIsRejectedBeforeParsing() throws {
        var bytes = Array("name: x\n".utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "#"), count: 16 * 1024 * 1024)
        ScenarioText.expect(ScenarioText.load(bytes: bytes), at: 1, 1, "16 MiB")

        let path = FileManager.default.temporaryDirectory.appendingPathComponent("treffpunkt-large-\(UUID().uuidString).yaml").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: InvalidInput.self) { try ScenarioLoader.load(path: path, cities: ScenarioText.catalog) }
    }

    @Test func moreThanOneDocumentIsAnError() {
        ScenarioText.expectProblem("name: a\n---\nname: b\n", at: 2, 1, "more than one YAML document")
    }

    @Test func syntaxErrorsGiveOneShortMessage() {
        let diagnostics = ScenarioText.problems("name: [a, b\nformat: x\n")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message.contains("invalid YAML") == true)
        #expect(diagnostics.first?.message.contains("\n") == false)
        ScenarioText.expectProblem("a: b: c\n", at: 1, 5, "invalid YAML")
    }

    @Test func duplicateKeyIsReportedAtTheSecondOccurrence() {
        ScenarioText.expectProblem("name: a\nformat: x\nname: b\n", at: 3, 1, "duplicate key 'name'")
        ScenarioText.expectProblem("period: {start: 2016-01-01, start: 2016-02-01}\n", at: 1, 29, "duplicate key 'start'")
        // The same key in sibling mappings is no duplicate; the second 'id' in the second item is.
        let yaml = """
            cities:
              - id: a
                name: A
              - id: b
                name: B
                id: c

            """
        ScenarioText.expectProblem(yaml, at: 6, 5, "duplicate key 'id'")
        ScenarioText.expectProblem("\"name\": a\nname: b\n", at: 2, 1, "duplicate key 'name'")
    }

    @Test func nestingBeyondSixtyFourLevelsIsAnError() {
        // 64 levels (the root mapping and 63 lists) pass the reading rules and fail only on the schema.
        let allowed = "name: " + String(repeating: "[", count: 63) + String(repeating: "]", count: 63) + "\n"
        let allowedProblems = ScenarioText.problems(allowed)
        #expect(!allowedProblems.contains { $0.message.contains("nesting") })
        // 65 levels: the first list too deep starts at column 6 + 64.
        let tooDeep = "name: " + String(repeating: "[", count: 64) + String(repeating: "]", count: 64) + "\n"
        ScenarioText.expectProblem(tooDeep, at: 1, 70, "nesting is deeper than 64 levels")
        // Block nesting counts too.
        var block = ""
        for level in 0..<70 {
            block += String(repeating: " ", count: level) + "k\(level):\n"
        }
        ScenarioText.expectProblem(block, at: 65, 65, "nesting is deeper than 64 levels")
    }

    @Test func hugeNestingIsRejectedWithoutCrashing() {
        let brackets = "name: " + String(repeating: "[", count: 100_000)
        let diagnostics = ScenarioText.problems(brackets)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message.contains("nesting is deeper than 64 levels") == true)
        let dashes = String(repeating: "- ", count: 100_000) + "x\n"
        #expect(ScenarioText.problems(dashes).first?.message.contains("nesting") == true)
        let mappings = String(repeating: "{a: ", count: 100_000)
        #expect(ScenarioText.problems(mappings).first?.message.contains("nesting") == true)
    }

    @Test func bracketsInTextDoNotCountAsNesting() {
        let deepText = String(repeating: "[", count: 200)
        let yaml = ScenarioText.minimal(replacing: "name: Test", with: """
            name: "\(deepText)"
            # \(deepText)
            """)
        let loaded = try? ScenarioText.load(yaml)
        #expect(loaded?.scenario.name == deepText)
        let plain = ScenarioText.minimal(replacing: "name: Test", with: "name: Test \(deepText)")
        #expect((try? ScenarioText.load(plain))?.scenario.name == "Test \(deepText)")
        let literal = ScenarioText.minimal(replacing: "name: Test", with: "name: |\n  \(deepText)\n  {{{{")
        #expect((try? ScenarioText.load(literal))?.scenario.name == "\(deepText)\n{{{{\n")
    }

    @Test func aliasBombIsStoppedQuickly() {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            let aliases = Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ")
            yaml += "a\(level): &a\(level) [\(aliases)]\n"
        }
        yaml += "name: *a9\n"
        let diagnostics = ScenarioText.problems(yaml)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message.contains("alias expansion exceeds 1000000 nodes") == true)
    }

    @Test func aliasesWithinTheBudgetAreExpanded() throws {
        let yaml = ScenarioText.minimal(replacing: "members: [muenster, leipzig]", with: "members: *both")
            .replacingOccurrences(of: "cities:\n", with: "both: &both [muenster, leipzig]\ncities:\n")
        // 'both' is no scenario key; the alias itself works.
        ScenarioText.expectProblem(yaml, at: 4, 1, "unknown key 'both'")
        let problems = ScenarioText.problems(yaml)
        #expect(problems.count == 1)
    }

    @Test func aliasAsMappingKeyIsRejected() {
        ScenarioText.expectProblem("a: &k [1, 2]\n*k : 3\n", at: 2, 1, "an alias cannot be a mapping key")
        ScenarioText.expectProblem("a: &k [1, 2]\nb: {*k : 3}\n", at: 2, 5, "an alias cannot be a mapping key")
        ScenarioText.expectProblem("? [a, b]\n: c\n", at: 1, 1, "complex mapping keys")
        ScenarioText.expectProblem("[a, b]: c\n", at: 1, 1, "a mapping key must be text")
    }

    @Test func unknownKeysAreErrorsWithSuggestions() {
        ScenarioText.expectProblem(ScenarioText.minimal(replacing: "name: Test", with: "name: Test\nperiode: x"),
                                   at: 3, 1, "unknown key 'periode' in the scenario (did you mean 'period'?)")
        ScenarioText.expectProblem(ScenarioText.minimal(replacing: "capacity: 40}", with: "capacity: 40, capcity: 3}"),
                                   at: 8, 67, "unknown key 'capcity' in a venue (did you mean 'capacity'?)")
        ScenarioText.expectProblem(ScenarioText.minimal(replacing: "name: Test", with: "name: Test\nzzz: 1"),
                                   at: 3, 1, "unknown key 'zzz' in the scenario")
    }

    @Test func missingKeysAreReportedAtTheMapping() {
        ScenarioText.expectProblem(ScenarioText.minimal(replacing: "name: Test\n", with: ""), at: 1, 1, "missing key 'name'")
        ScenarioText.expectProblem(ScenarioText.minimal(replacing: ", capacity: 40}", with: "}"),
                                   at: 8, 5, "missing key 'capacity' in a venue")
    }

    @Test func scalarsAreTypedByTheSchema() throws {
        // Unquoted 13:00 is a time, `no` and `2016` are ids, not booleans or numbers.
        let yaml = ScenarioText.minimal(replacing: "id: leipzig", with: "id: no")
            .replacingOccurrences(of: "city: leipzig", with: "city: no")
            .replacingOccurrences(of: "[muenster, leipzig]", with: "[muenster, no]")
            .replacingOccurrences(of: "id: monitoring", with: "id: 2016")
        let scenario = try ScenarioText.load(yaml).scenario
        #expect(scenario.cities.map(\.id) == ["muenster", "no"])
        #expect(scenario.topics.first?.id == "2016")
        #expect(scenario.formats.first?.startTime == TimeOfDay(hour: 13, minute: 0))
        #expect(scenario.formats.first?.endTime == TimeOfDay(hour: 14, minute: 0))
    }

    @Test func quotedNumbersAndBooleansAreText() {
        ScenarioText.expectProblem(ScenarioText.minimal(replacing: "capacity: 40}", with: "capacity: \"40\"}"),
                                   at: 8, 63, "expected a whole number for 'capacity', found the quoted text '40'")
        ScenarioText.expectProblem(ScenarioText.minimal + "calendar: {public_holidays: yes}\n",
                                   at: 14, 29, "expected true or false for 'public_holidays', found 'yes'")
        ScenarioText.expectProblem(ScenarioText.minimal + "calendar: {public_holidays: 'true'}\n",
                                   at: 14, 29, "expected true or false")
    }

    @Test func numbersMustBeFinite() {
        for text in [".nan", ".inf", "-.inf", "nan", "inf", "1e999", "0x10"] {
            ScenarioText.expectProblem(ScenarioText.minimal(replacing: "capacity: 40}", with: "capacity: 40, cost_per_day: \(text)}"),
                                       at: 8, 81, "expected a finite number for 'cost_per_day', found '\(text)'")
        }
        ScenarioText.expectProblem(ScenarioText.minimal + "rules: {weights: {travel: .NaN}}\n", at: 14, 27, "finite number")
    }

    @Test func explicitTagsAreNotUsed() {
        ScenarioText.expectProblem(ScenarioText.minimal(replacing: "name: Test", with: "name: !!str Test"),
                                   at: 2, 7, "YAML tags such as '!!str' are not used")
    }

    @Test func manyProblemsAreReportedTogetherInFileOrder() {
        let yaml = ScenarioText.minimal(replacing: "capacity: 40}", with: "capacity: 0}")
            .replacingOccurrences(of: "days: 2", with: "days: two")
            .replacingOccurrences(of: "name: Test", with: "name: Test\ncolour: blue")
        let diagnostics = ScenarioText.problems(yaml)
        #expect(diagnostics.count == 3)
        #expect(diagnostics.map(\.location.line) == [3, 9, 12])
        #expect(diagnostics.allSatisfy { $0.file == "test.yaml" && $0.severity == .error })
        #expect(diagnostics.first?.description == "test.yaml:3:1: error: unknown key 'colour' in the scenario")
    }

    @Test func diagnosticsAreCapped() {
        var yaml = ScenarioText.minimal
        for index in 0..<300 {
            yaml += "bad\(index): 1\n"
        }
        let diagnostics = ScenarioText.problems(yaml)
        #expect(diagnostics.count == ScenarioLoader.maximumDiagnostics + 1)
        #expect(diagnostics.last?.message.contains("100 more problems") == true)
    }

    @Test func arbitraryBytesNeverCrash() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("[]{}:-?&*!|>'\"#, \n\tabc019".utf8)
        for _ in 0..<300 {
            let length = Int.random(in: 0..<80, using: &generator)
            let bytes = (0..<length).map { _ in alphabet.randomElement(using: &generator) ?? 0x61 }
            _ = try? ScenarioLoader.load(data: Data(bytes), fileName: "fuzz.yaml", cities: ScenarioText.catalog)
        }
    }
}

