import Foundation
import Testing
import SafeYAML
@testable import Treffpunkt

/// Reading plan files: every problem located at its line and column, and a written plan reads back equal.
@Suite struct PlanReaderTests {
    /// A hand-written plan file; line 8 holds the meeting's first fields.
    static let text = """
        {
          "format": "treffpunkt-plan/1",
          "scenario": {"name": "Kleines Netzwerk 2016", "file": "klein.yaml", "sha256": "00"},
          "status": "optimal",
          "objective": {"total": 1.5, "bound": 1, "gap": 0.2, "terms": {"travel": 1e0, "venue_cost": 0, "rotation": 0.5, "balance": 0, "offers": -0.0}},
          "solver": {"name": "glpk", "version": "5.0", "seconds": 0.25, "nodes": 3},
          "meetings": [
            {"topic": "monitoring", "number": 1, "city": "muenster", "venue": "muenster-rathaus",
             "start": "2016-03-07T13:00:00+01:00", "end": "2016-03-08T14:00:00+01:00",
             "dates": ["2016-03-07", "2016-03-08"], "registration_deadline": "2016-02-22",
             "staff": ["mt"], "fixed": true}
          ]
        }

        """

    func read(_ text: String) throws(InvalidInput) -> Plan {
        try PlanReader.read(data: Data(text.utf8), fileName: "plan.json")
    }

    /// The diagnostics of a file that must not read, as `LINE:COL: MESSAGE`.
    func problems(_ text: String) -> [String] {
        problems(Data(text.utf8))
    }

    func problems(_ data: Data) -> [String] {
        do {
            _ = try PlanReader.read(data: data, fileName: "plan.json")
            return []
        } catch {
            return error.diagnostics.map { "\($0.location.line):\($0.location.column): \($0.message)" }
        }
    }

    @Test func readsAHandWrittenPlan() throws {
        let plan = try read(Self.text)
        #expect(plan.status == .optimal)
        #expect(plan.objective.terms.travel == 1 && plan.objective.terms.rotation == 0.5)
        #expect(plan.solver.nodes == 3)
        #expect(plan.meetings == [Plan.Meeting(
            topic: "monitoring", number: 1, city: "muenster", venue: "muenster-rathaus",
            start: "2016-03-07T13:00:00+01:00", end: "2016-03-08T14:00:00+01:00",
            dates: ["2016-03-07", "2016-03-08"], registrationDeadline: "2016-02-22", staff: ["mt"], fixed: true)])
    }

    /// Dates and local times are read where the file is read: a day that does not exist, an
    /// empty list of days or a time without offset is located there.
    @Test func unreadableDatesAndTimesAreLocated() {
        #expect(problems(Self.text.replacingOccurrences(of: "\"2016-03-08\"]", with: "\"2016-02-30\"]"))
            == ["10:30: 'meetings[0].dates[1]' is '2016-02-30', not an existing YYYY-MM-DD day"])
        #expect(problems(Self.text.replacingOccurrences(of: "[\"2016-03-07\", \"2016-03-08\"]", with: "[]"))
            == ["10:15: 'meetings[0].dates' is empty; a meeting has at least one day"])
        #expect(problems(Self.text.replacingOccurrences(of: "2016-03-07T13:00:00+01:00", with: "2016-03-07 13:00"))
            == ["9:15: 'meetings[0].start' is '2016-03-07 13:00', not a local time with UTC offset like 2027-03-01T13:00:00+01:00"])
    }

    @Test func anOffsetWithSecondsSurvivesTheFile() throws {
        // Local mean time before 1893: Berlin was 53 min 28 s ahead of UTC.
        let text = Self.text.replacingOccurrences(of: "2016-03-07T13:00:00+01:00", with: "2016-03-07T13:00:00+00:53:28")
        let plan = try read(text)
        #expect(plan.meetings[0].start.utcOffset == 53 * 60 + 28)
        #expect(plan.meetings[0].start.description == "2016-03-07T13:00:00+00:53:28")
        #expect(try read(String(decoding: plan.jsonData, as: UTF8.self)) == plan)
    }

    @Test func readsCompactJSON() throws {
        let compact = Self.text.replacingOccurrences(of: "\n", with: "")
            .replacingOccurrences(of: ": ", with: ":").replacingOccurrences(of: ", ", with: ",")
            .replacingOccurrences(of: "  ", with: "")
        #expect(try read(compact) == read(Self.text))
    }

    @Test func writtenPlanReadsBackEqual() throws {
        var plan = PlanCheckerTests.validPlan()
        plan.scenario.name = "Großstadtnetzwerk \"2016\"\n\tmit\u{1} Steuerzeichen/Schrägstrich"
        plan.objective.terms.balance = 1e-7
        plan.solver.seconds = 123456.789
        let data = plan.jsonData
        #expect(try PlanReader.read(data: data, fileName: "plan.json") == plan)

        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"format\": \"treffpunkt-plan/1\""))
        let keys = ["\"format\"", "\"scenario\"", "\"sha256\"", "\"status\"", "\"objective\"", "\"total\"", "\"bound\"",
                    "\"gap\"", "\"terms\"", "\"travel\"", "\"venue_cost\"", "\"rotation\"", "\"balance\"", "\"offers\"",
                    "\"solver\"", "\"nodes\"", "\"meetings\"", "\"topic\"", "\"number\"", "\"city\"", "\"venue\"",
                    "\"start\"", "\"end\"", "\"dates\"", "\"registration_deadline\"", "\"staff\"", "\"fixed\""]
        let positions = keys.map { text.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        #expect(text.contains("\"dates\": [\"2016-03-07\", \"2016-03-08\"]"))
    }

    @Test func missingKeyAtTheObjectThatLacksIt() {
        let text = Self.text.replacingOccurrences(of: "\"venue\": \"muenster-rathaus\",", with: "")
        #expect(problems(text) == ["8:5: missing key 'venue' in 'meetings[0]'"])
    }

    @Test func wrongTypesAtTheValue() {
        let text = Self.text.replacingOccurrences(of: "\"number\": 1", with: "\"number\": \"1\"")
            .replacingOccurrences(of: "\"nodes\": 3", with: "\"nodes\": 3.5")
            .replacingOccurrences(of: "\"fixed\": true", with: "\"fixed\": yes")
        #expect(problems(text) == [
            "6:74: expected an integer for 'solver.nodes', found 3.5",
            "8:39: expected an integer for 'meetings[0].number', found a string",
            "11:32: expected true or false for 'meetings[0].fixed', found 'yes', which is not JSON",
        ])
    }

    @Test func unknownKeyFormatAndStatus() {
        let text = Self.text.replacingOccurrences(of: "\"fixed\": true}", with: "\"fixed\": true, \"room\": \"A\"}")
            .replacingOccurrences(of: "treffpunkt-plan/1", with: "treffpunkt-plan/2")
            .replacingOccurrences(of: "\"optimal\"", with: "\"done\"")
        let found = problems(text)
        #expect(found.count == 3)
        #expect(found.first == "2:13: format is 'treffpunkt-plan/2', expected 'treffpunkt-plan/1'")
        #expect(found.dropFirst().first == "4:13: status is 'done', expected 'optimal' or 'feasible'")
        #expect(found.last?.hasPrefix("11:38: unknown key 'room' in 'meetings[0]'") == true)
    }

    @Test func syntaxErrorsEmptyFilesAndBadEncoding() {
        let truncated = String(Self.text.dropLast(3))
        let syntax = problems(truncated)
        #expect(syntax.count == 1)
        #expect(syntax.first?.contains("not valid JSON") == true)
        #expect(syntax.first?.hasPrefix("13:") == true || syntax.first?.hasPrefix("14:") == true)

        #expect(problems("") == ["1:1: the plan file is empty"])
        #expect(problems("  \n") == ["1:1: the plan file is empty"])
        #expect(problems("[1]") == ["1:1: expected an object for the plan, found an array"])
        #expect(problems(#"{"format": "x", "format": "y"}"#) == ["1:2: duplicate key 'format'"])

        var bytes = Array("{\n  \"format\": \"tr".utf8)
        bytes.append(0xFF)
        bytes += Array("effpunkt-plan/1\"}".utf8)
        #expect(problems(Data(bytes)) == ["2:16: the plan file is not valid UTF-8"])
    }

    @Test func anAliasBombFailsFast() {
        // Nine levels of nine aliases expand to 9^9 nodes; the first anchor stops the file before Yams composes it.
        var levels = [#""l0": &l0 ["x", "x", "x", "x", "x", "x", "x", "x", "x"]"#]
        for level in 1...8 {
            let aliases = Array(repeating: "*l\(level - 1)", count: 9).joined(separator: ", ")
            levels.append("\"l\(level)\": &l\(level) [\(aliases)]")
        }
        let bomb = "{" + levels.joined(separator: ",\n ") + "}\n"
        let clock = ContinuousClock()
        let started = clock.now
        let found = problems(bomb)
        #expect(clock.now - started < .seconds(5))
        #expect(found == ["1:8: YAML anchors and aliases ('&', '*') are not JSON; write each value out"])
    }

    @Test func anchorsAliasKeysAndTagsAreNotJSON() {
        let anchored = Self.text.replacingOccurrences(of: "\"staff\": [\"mt\"]", with: "\"staff\": &people [\"mt\"]")
        #expect(problems(anchored) == ["11:15: YAML anchors and aliases ('&', '*') are not JSON; write each value out"])
        #expect(problems(#"{&k "format": 1, *k : 2}"#) == ["1:18: an alias cannot be a mapping key; a key is text"])
        let tagged = Self.text.replacingOccurrences(of: "\"status\": \"optimal\"", with: "\"status\": !!str optimal")
        #expect(problems(tagged) == ["4:13: YAML tags such as '!!str' are not used in plan files; write the value as it is"])
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(problems(deep).first?.contains("nesting is deeper than 64 levels") == true)
        #expect(problems(Data(count: YAMLDocument.maximumByteCount + 1)).first?.contains("at most 16777216 (16 MiB)") == true)
    }

    @Test func diagnosticsNameTheFile() {
        #expect(throws: InvalidInput.self) { try PlanReader.read(path: "/nonexistent/plan.json") }
        do {
            _ = try PlanReader.read(data: Data("{}".utf8), fileName: "out/plan.json")
        } catch {
            #expect(error.diagnostics.count == 6)
            #expect(error.diagnostics.first?.description == "out/plan.json:1:1: error: missing key 'format' in the plan")
        }
    }
}
