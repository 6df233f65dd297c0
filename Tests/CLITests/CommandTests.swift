import Foundation
import Testing
import Treffpunkt

/// The command line as planners use it: exit codes, output streams and written files.
@Suite struct CommandTests {
    @Test func validateAcceptsAGoodScenario() throws {
        let runner = try CommandRunner()
        try runner.write(smallScenario, to: "net.yaml")
        let output = try runner.run("validate", "net.yaml")
        #expect(output.status == 0)
        #expect(output.stdout.hasPrefix("ok: Kleines Netzwerk 2027"))
        #expect(output.stdout.contains("3 cities, 3 venues, 2 staff, 2 topics, 4 meetings (1 fixed)"))
    }

    @Test func validateReportsEveryProblemWithItsLocation() throws {
        let runner = try CommandRunner()
        let broken = smallScenario
            .replacingOccurrences(of: "members: [berlin, hamburg, bremen], staff: [anna]", with: "members: [berlin, hamburgg, bremen], staff: [anna]")
            .replacingOccurrences(of: "capacity: 30, cost_per_day: 200", with: "capacity: 0, cost_per_day: 200")
        try runner.write(broken, to: "broken.yaml")
        let output = try runner.run("validate", "broken.yaml")
        #expect(output.status == 2)
        #expect(output.stdout.isEmpty)
        let lines = output.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("broken.yaml:12:70:") && $0.contains("error:") && $0.contains("capacity") })
        #expect(lines.contains { $0.hasPrefix("broken.yaml:21:91:") && $0.contains("hamburgg") && $0.contains("did you mean 'hamburg'") })
    }

    @Test func validateJSONGivesTheSummaryOrEveryProblem() throws {
        let runner = try CommandRunner()
        try runner.write(smallScenario, to: "net.yaml")
        let good = try runner.run("validate", "net.yaml", "--json")
        #expect(good.status == 0)
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(good.stdout.utf8)) as? [String: Any])
        #expect(summary["valid"] as? Bool == true)
        #expect((summary["summary"] as? [String: Any])?["meetings"] as? Int == 4)
        try runner.write(smallScenario.replacingOccurrences(of: "capacity: 30, cost_per_day: 200", with: "capacity: 0, cost_per_day: 200"),
                         to: "broken.yaml")
        let bad = try runner.run("validate", "broken.yaml", "--json")
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("broken.yaml:12:70: error:"))
        let report = try #require(try JSONSerialization.jsonObject(with: Data(bad.stdout.utf8)) as? [String: Any])
        #expect(report["valid"] as? Bool == false)
        let problem = try #require((report["problems"] as? [[String: Any]])?.first)
        #expect(problem["line"] as? Int == 12 && problem["column"] as? Int == 70 && problem["severity"] as? String == "error")
    }

    @Test func planWritesAPlanThatCheckAccepts() throws {
        let runner = try CommandRunner()
        try runner.write(smallScenario, to: "net.yaml")
        let output = try runner.run("plan", "net.yaml", "--no-store", "--out", "result")
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("Monitoring"))
        #expect(output.stdout.contains("optimal: total"))
        #expect(runner.exists("result/plan.json"))
        let check = try runner.run("check", "net.yaml", "result/plan.json")
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.hasPrefix("ok: 4 meetings, every rule holds"))
    }

    @Test func planWritesTheCalendarsNextToThePlan() throws {
        let runner = try CommandRunner()
        try runner.write(smallScenario, to: "net.yaml")
        let output = try runner.run("plan", "net.yaml", "--no-store", "--out", "result")
        #expect(output.status == 0, "\(output.stderr)")
        #expect(!output.stdout.contains("calendar"))
        let plan = try JSONSerialization.jsonObject(with: Data(contentsOf: runner.folder.appendingPathComponent("result/plan.json")))
        let hosts = Set(((plan as? [String: Any])?["meetings"] as? [[String: Any]] ?? []).compactMap { $0["city"] as? String })
        let expected = ["calendar.ics", "topics/monitoring.ics", "topics/kooperation.ics", "staff/anna.ics", "staff/jonas.ics"]
            + hosts.map { "cities/\($0).ics" }
        for path in expected {
            #expect(runner.exists("result/\(path)"), "\(path)")
        }
        let written = try FileManager.default.contentsOfDirectory(atPath: runner.folder.appendingPathComponent("result/cities").path)
        #expect(Set(written) == Set(hosts.map { "\($0).ics" }))
        let calendar = try String(contentsOf: runner.folder.appendingPathComponent("result/calendar.ics"), encoding: .utf8)
        #expect(calendar.hasPrefix("BEGIN:VCALENDAR\r\n"))
        #expect(calendar.contains("X-WR-CALNAME:Kleines Netzwerk 2027\r\n"))
        #expect(calendar.components(separatedBy: "\r\nBEGIN:VEVENT\r\n").count - 1 == 8)
        #expect(calendar.contains("UID:kleines-netzwerk-2027-20270301-kooperation-2@treffpunkt\r\n"))
        #expect(calendar.contains("DTSTART;TZID=Europe/Berlin:20270503T130000\r\n"))
    }

    @Test func planWithPreviousCancelsWhatThePlanNoLongerHasAndKeepsUnchangedSequences() throws {
        let runner = try CommandRunner()
        try runner.write(smallScenario, to: "net.yaml")
        #expect(try runner.run("plan", "net.yaml", "--no-store", "--out", "first").status == 0)
        let first = try String(contentsOf: runner.folder.appendingPathComponent("first/calendar.ics"), encoding: .utf8)
        let vanished = "BEGIN:VEVENT\r\nUID:kleines-netzwerk-2027-20270301-kooperation-9@treffpunkt\r\n"
            + "DTSTART;TZID=Europe/Berlin:20270906T130000\r\nSTATUS:TENTATIVE\r\nSEQUENCE:3\r\nEND:VEVENT\r\n"
        try runner.write(first.replacingOccurrences(of: "END:VCALENDAR\r\n", with: vanished + "END:VCALENDAR\r\n"), to: "old.ics")

        let output = try runner.run("plan", "net.yaml", "--no-store", "--out", "second", "--previous", "old.ics")
        #expect(output.status == 0, "\(output.stderr)")
        let calendar = try String(contentsOf: runner.folder.appendingPathComponent("second/calendar.ics"), encoding: .utf8)
        #expect(calendar.components(separatedBy: "\r\nSEQUENCE:0\r\n").count - 1 == 8)
        let cancelled = try #require(calendar.range(of: "UID:kleines-netzwerk-2027-20270301-kooperation-9@treffpunkt\r\n"))
        #expect(calendar[cancelled.upperBound...].hasPrefix("DTSTART;TZID=Europe/Berlin:20270906T130000\r\nSTATUS:CANCELLED\r\nSEQUENCE:4\r\nDTSTAMP:"))
        let topic = try String(contentsOf: runner.folder.appendingPathComponent("second/topics/kooperation.ics"), encoding: .utf8)
        #expect(topic.contains("UID:kleines-netzwerk-2027-20270301-kooperation-9@treffpunkt\r\n"))
    }

    @Test func planWithAMalformedOrMissingPreviousCalendarExitsWith2() throws {
        let runner = try CommandRunner()
        try runner.write(smallScenario, to: "net.yaml")
        try runner.write("BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID kaputt\nEND:VEVENT\nEND:VCALENDAR\n", to: "old.ics")
        let malformed = try runner.run("plan", "net.yaml", "--no-store", "--out", "result", "--previous", "old.ics")
        #expect(malformed.status == 2)
        #expect(malformed.stderr.contains("old.ics:3: error: property UID needs ':' before its value"))
        #expect(!runner.exists("result/plan.json"))
        let missing = try runner.run("plan", "net.yaml", "--no-store", "--out", "result", "--previous", "fehlt.ics")
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("fehlt.ics:1: error: cannot read the previous calendar"))
    }

    @Test func planJSONFollowsTheContract() throws {
        let runner = try CommandRunner()
        try runner.write(smallScenario, to: "net.yaml")
        let output = try runner.run("plan", "net.yaml", "--no-store", "--json")
        #expect(output.status == 0, "\(output.stderr)")
        #expect(runner.exists("out/net/plan.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect(json["format"] as? String == "treffpunkt-plan/1")
        #expect(json["status"] as? String == "optimal")
        let meetings = try #require(json["meetings"] as? [[String: Any]])
        #expect(meetings.count == 4)
        let fixed = try #require(meetings.first { $0["fixed"] as? Bool == true })
        #expect(fixed["start"] as? String == "2027-05-03T13:00:00+02:00")
        #expect(fixed["end"] as? String == "2027-05-04T14:00:00+02:00")
        #expect(fixed["registration_deadline"] as? String == "2027-04-23")
        #expect(fixed["staff"] as? [String] == ["jonas", "anna"])
        let keys = output.stdout.split(separator: "\n").prefix(6).map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(keys[1].hasPrefix("\"format\"") && keys[2].hasPrefix("\"scenario\""))
    }

    /// Plans `net.yaml` and writes `tampered.json`: the fixed Hamburg meeting moved into the Bremen
    /// venue, so city and fixed meeting no longer match.
    private func tamperedPlan() throws -> CommandRunner {
        let runner = try CommandRunner()
        try runner.write(smallScenario, to: "net.yaml")
        #expect(try runner.run("plan", "net.yaml", "--no-store", "--out", "result").status == 0)
        let planFile = runner.folder.appendingPathComponent("result/plan.json")
        let text = try String(contentsOf: planFile, encoding: .utf8)
            .replacingOccurrences(of: "\"venue\": \"rathaus-hamburg\"", with: "\"venue\": \"haus-der-buergerschaft\"")
        try runner.write(text, to: "tampered.json")
        return runner
    }

    @Test func checkFindsATamperedPlan() throws {
        let runner = try tamperedPlan()
        let check = try runner.run("check", "net.yaml", "tampered.json")
        #expect(check.status == 5)
        #expect(check.stdout.contains("H1"))
    }

    @Test func checkSaysItsFindingsInGermanWhenAsked() throws {
        let runner = try tamperedPlan()
        let english = try runner.run("check", "net.yaml", "tampered.json", "--lang", "en")
        #expect(english.status == 5)
        #expect(english.stdout.contains(", but venue 'haus-der-buergerschaft' is in '"))
        #expect(english.stdout.contains("is missing from the plan"))
        for german in [try runner.run("check", "net.yaml", "tampered.json", "--lang", "de"),
                       try runner.run(environment: ["LANG": "de_DE.UTF-8"], "check", "net.yaml", "tampered.json")] {
            #expect(german.status == 5)
            #expect(german.stdout.contains(", aber Tagungsort 'haus-der-buergerschaft' liegt in '"))
            #expect(german.stdout.contains("H1: das fest vorgegebene Treffen von '"))
            #expect(german.stdout.contains("fehlt im Plan"))
            #expect(!german.stdout.contains(" is missing from the plan"))
        }
    }

    /// The history line and the fair-rotation sentence of `plan --years` follow the language.
    @Test func severalYearsSaySummaryLinesInGerman() throws {
        let runner = try CommandRunner()
        try runner.write(smallScenario, to: "net.yaml")
        let german = try runner.run("plan", "net.yaml", "--no-store", "--years", "2", "--lang", "de")
        #expect(german.status == 0)
        #expect(german.stderr.contains("Vorgeschichte: 0 aus der Szenariodatei; der Planspeicher wird nicht benutzt"))
        #expect(german.stdout.contains("faire Rotation "))
        #expect(!german.stdout.contains("fair rotation "))
        let english = try runner.run("plan", "net.yaml", "--no-store", "--years", "2", "--lang", "en")
        #expect(english.stderr.contains("history: 0 from the scenario file; the plan store is not used (--no-store)"))
        #expect(english.stdout.contains("fair rotation "))
    }

    @Test func infeasibleScenarioExplainsItselfAndWritesNothing() throws {
        let runner = try CommandRunner()
        try runner.write(smallScenario.replacingOccurrences(of: "min_gap_days: 28}\n  - {id: kooperation", with: "min_gap_days: 100}\n  - {id: kooperation"), to: "tight.yaml")
        let output = try runner.run("plan", "tight.yaml", "--no-store")
        #expect(output.status == 3)
        #expect(output.stderr.contains("'monitoring' needs 2 meetings at least 100 days apart"))
        #expect(!runner.exists("out"))
        let german = try runner.run("plan", "tight.yaml", "--no-store", "--lang", "de")
        #expect(german.status == 3)
        #expect(german.stderr.contains("Fachgruppe 'monitoring' braucht 2 Treffen im Abstand von mindestens 100 Tagen"))
        #expect(!german.stderr.contains("days apart"))
        // JSON keeps the English reason whatever the language.
        let json = try runner.run("plan", "tight.yaml", "--no-store", "--lang", "de", "--json")
        #expect(json.stdout.contains("'monitoring' needs 2 meetings at least 100 days apart"))
    }

    @Test func invalidScenarioWritesNothing() throws {
        let runner = try CommandRunner()
        try runner.write("format: treffpunkt/1\nname: [unclosed\n", to: "bad.yaml")
        let output = try runner.run("plan", "bad.yaml", "--no-store")
        #expect(output.status == 2)
        #expect(output.stderr.hasPrefix("bad.yaml:"))
        #expect(!runner.exists("out"))
    }

    @Test func timeLimitWithoutAPlanExitsWith4() throws {
        let runner = try CommandRunner()
        let scenario = CommandRunner.repository.appendingPathComponent("benchmarks/realistic-year-weekdays.yaml").path
        let output = try runner.run("plan", scenario, "--no-store", "--time-limit", "0.001")
        #expect(output.status == 4)
        #expect(output.stderr.contains("no plan found: the time limit of 0 s passed"))
        #expect(!runner.exists("out"))
    }

    @Test func aRequestedGapStillGivesAValidPlan() throws {
        let runner = try CommandRunner()
        let scenario = CommandRunner.repository.appendingPathComponent("scenarios/grossstadtnetzwerk-2016.yaml").path
        let output = try runner.run("plan", scenario, "--no-store", "--gap", "0.5", "--out", "result", "--json")
        #expect(output.status == 0, "\(output.stderr)")
        let check = try runner.run("check", scenario, "result/plan.json")
        #expect(check.status == 0, "\(check.stdout)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let objective = try #require(json["objective"] as? [String: Any])
        let gap = try #require(objective["gap"] as? Double)
        #expect(gap <= 0.5)
        #expect((json["status"] as? String == "optimal") == (gap == 0))
    }

    @Test func theREADMEScenarioPlans() throws {
        let readme = try String(contentsOf: CommandRunner.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let block = try #require(readme.components(separatedBy: "```yaml\n").dropFirst().first?.components(separatedBy: "```").first)
        let runner = try CommandRunner()
        try runner.write(block, to: "readme.yaml")
        let output = try runner.run("plan", "readme.yaml", "--no-store", "--out", "result")
        #expect(output.status == 0, "\(output.stderr)")
        #expect(try runner.run("check", "readme.yaml", "result/plan.json").status == 0)
    }

    @Test func aCopiedBinaryKnowsTheShippedCities() throws {
        // A lone copy of the program, no TREFFPUNKT_SEEDS, no source tree near it: the
        // cities named by id alone come from the list compiled into the binary.
        let runner = try CommandRunner()
        let program = runner.folder.appendingPathComponent("bin/treffpunkt")
        try FileManager.default.createDirectory(at: program.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CommandRunner.executable, to: program)
        let byID = smallScenario
            .replacingOccurrences(of: "{id: berlin, name: Berlin, state: BE, location: [52.5244, 13.4105]}", with: "{id: berlin}")
            .replacingOccurrences(of: "{id: hamburg, name: Hamburg, state: HH, location: [53.5753, 10.0153]}", with: "{id: hamburg}")
            .replacingOccurrences(of: "{id: bremen, name: Bremen, state: HB, location: [53.0758, 8.8072], offers: [monitoring]}",
                                  with: "{id: bremen, offers: [monitoring]}")
        #expect(byID.contains("{id: bremen, offers: [monitoring]}"))
        try runner.write(byID, to: "net.yaml")
        let environment = ["PATH": "/usr/bin:/bin", "HOME": runner.folder.path]

        let validated = try runner.run(program, environment: environment, ["validate", "net.yaml"])
        #expect(validated.status == 0, "\(validated.stderr)")
        #expect(validated.stdout.contains("3 cities, 3 venues"))
        let planned = try runner.run(program, environment: environment, ["plan", "net.yaml", "--no-store", "--out", "result"])
        #expect(planned.status == 0, "\(planned.stderr)")
        #expect(runner.exists("result/plan.json"))

        let elsewhere = environment.merging(["TREFFPUNKT_SEEDS": "/nonexistent"]) { $1 }
        let overridden = try runner.run(program, environment: elsewhere, ["validate", "net.yaml"])
        #expect(overridden.status == 2)
        #expect(overridden.stderr.contains("city 'berlin' has only an id, and the city list cannot be read (TREFFPUNKT_SEEDS names a folder without"))
    }

    @Test func exportWritesTheSameCalendarsAgain() throws {
        let runner = try CommandRunner()
        try runner.write(smallScenario, to: "net.yaml")
        #expect(try runner.run("plan", "net.yaml", "--no-store", "--out", "first").status == 0)
        let export = try runner.run("export", "net.yaml", "first/plan.json", "--out", "again", "--previous", "first/calendar.ics")
        #expect(export.status == 0, "\(export.stderr)")
        func events(_ path: String) throws -> [String] {
            let text = try String(contentsOf: runner.folder.appendingPathComponent(path), encoding: .utf8)
            return text.components(separatedBy: "\r\n").filter { !$0.hasPrefix("DTSTAMP") }
        }
        // Nothing changed, so nothing moves and every SEQUENCE stays; only DTSTAMP differs.
        #expect(try events("again/calendar.ics") == events("first/calendar.ics"))
        #expect(try events("again/topics/monitoring.ics") == events("first/topics/monitoring.ics"))
        #expect(try runner.run("export", "net.yaml", "missing.json").status == 2)
    }

    @Test func holidaysListsOneHolidayPerLine() throws {
        let output = try CommandRunner().run("holidays", "--state", "BY", "--year", "2027")
        #expect(output.status == 0)
        let lines = output.stdout.split(separator: "\n")
        #expect(lines.first == "2027-01-01  Neujahr")
        #expect(lines.contains("2027-01-06  Heilige Drei Könige"))
        #expect(lines.contains("2027-05-27  Fronleichnam"))
        #expect(!lines.contains { $0.hasPrefix("2027-08-15") })
    }

    @Test func badUsageExitsWith64() throws {
        let runner = try CommandRunner()
        #expect(try runner.run("plan").status == 64)
        #expect(try runner.run("plan", "x.yaml", "--time-limit", "-1").status == 64)
        #expect(try runner.run("holidays", "--state", "XX", "--year", "2027").status == 64)
        #expect(try runner.run("frobnicate").status == 64)
    }
}

/// Every kind of malformed scenario ends `plan` with exit 2 and a located error, and
/// writes nothing: run through the real binary, so a crash or hang would show here.
@Suite struct MalformedScenarioTests {
    static let cases: [(name: String, bytes: [UInt8], location: String)] = [
        ("empty", [], "1:1"),
        ("bad-utf8", Array("format: treffpunkt/1\nname: K\u{F6}ln\n".utf8.prefix(27)) + [0xFF, 0x0A], "2:7"),
        ("duplicate-key", Array("format: treffpunkt/1\nname: a\nname: b\n".utf8), "3:1"),
        ("syntax", Array("format: treffpunkt/1\nname: [unclosed\n".utf8), "3:1"),
        ("deep", Array(("format: treffpunkt/1\nname: " + String(repeating: "[", count: 100_000)).utf8), "2:"),
        ("alias-bomb", Array(MalformedScenarioTests.aliasBomb.utf8), ""),
        ("unknown-key", Array((smallScenario + "\nrulez: {}\n").utf8), "27:1"),
        ("typed-scalar", Array(smallScenario.replacingOccurrences(of: "start_time: 13:00", with: "start_time: 25:00").utf8), "19:69"),
    ]

    static let aliasBomb: String = {
        var text = "format: treffpunkt/1\nname: bomb\na: &a [x, x, x, x, x, x, x, x, x]\n"
        for level in 1...8 {
            let previous = level == 1 ? "a" : "a\(level - 1)"
            text += "a\(level): &a\(level) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]\n"
        }
        return text
    }()

    @Test(arguments: cases.indices)
    func exitsWithALocatedErrorAndWritesNothing(index: Int) throws {
        let example = MalformedScenarioTests.cases[index]
        let runner = try CommandRunner()
        try Data(example.bytes).write(to: runner.folder.appendingPathComponent("\(example.name).yaml"))
        let output = try runner.run("plan", "\(example.name).yaml", "--no-store")
        #expect(output.status == 2, "\(example.name): \(output.stderr)")
        let first = output.stderr.split(separator: "\n").first.map(String.init) ?? ""
        #expect(first.hasPrefix("\(example.name).yaml:\(example.location)"), "\(example.name): \(first)")
        #expect(first.contains(": error: "))
        #expect(!runner.exists("out"))
    }

    @Test func oversizedFileIsRejectedBeforeParsing() throws {
        let runner = try CommandRunner()
        let line = Array("# padding padding padding padding padding padding padding padding padding\n".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(17 << 20)
        while bytes.count <= 16 << 20 { bytes += line }
        try Data(bytes).write(to: runner.folder.appendingPathComponent("huge.yaml"))
        let output = try runner.run("validate", "huge.yaml")
        #expect(output.status == 2)
        #expect(output.stderr.hasPrefix("huge.yaml:1:1: error: "))
    }
}

/// `check` of a plan file with many clashing meetings stays linear and lists at most 200 violations.
@Suite struct CheckListingTests {
    @Test func aThousandRepeatedMeetingsGiveACappedList() throws {
        let runner = try CommandRunner()
        try runner.write(smallScenario, to: "net.yaml")
        let planned = try runner.run("plan", "net.yaml", "--no-store", "--out", "result")
        #expect(planned.status == 0, "\(planned.stderr)")
        let file = runner.folder.appendingPathComponent("result/plan.json")
        var plan = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        let meetings = try #require(plan["meetings"] as? [Any])
        plan["meetings"] = Array(repeating: Array(meetings.prefix(3)), count: 1000).flatMap { $0 }
        try JSONSerialization.data(withJSONObject: plan).write(to: runner.folder.appendingPathComponent("big.json"))
        let checked = try runner.run("check", "net.yaml", "big.json")
        #expect(checked.status == 5)
        let lines = checked.stdout.split(separator: "\n")
        #expect(lines.count == 202, "\(lines.count) lines")
        #expect(lines[200].hasPrefix("… and ") && lines[200].hasSuffix(" more violations"))
    }
}

/// Small things a planner meets first: the version, lower-case states, JSON when nothing fits.
@Suite struct FrictionTests {
    @Test func versionNamesTheToolAndGLPK() throws {
        let result = try CommandRunner().run("--version")
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("treffpunkt ") && result.stdout.contains("(GLPK 5."), "\(result.stdout)")
    }

    @Test func holidaysTakeTheStateInAnyCase() throws {
        let runner = try CommandRunner()
        let lower = try runner.run("holidays", "--state", "nw", "--year", "2027")
        #expect(lower.status == 0)
        #expect(lower.stdout == (try runner.run("holidays", "--state", "NW", "--year", "2027")).stdout)
        #expect(lower.stdout.contains("2027-11-01  Allerheiligen"))
    }

    @Test func anInfeasibleRunStillPrintsJSON() throws {
        let runner = try CommandRunner()
        try runner.write(smallScenario.replacingOccurrences(of: "meetings: 2, members: [berlin, hamburg, bremen], staff: [anna]",
                                                            with: "meetings: 9, members: [berlin, hamburg, bremen], staff: [anna]"),
                         to: "net.yaml")
        let result = try runner.run("plan", "net.yaml", "--no-store", "--json")
        #expect(result.status == 3)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["status"] as? String == "infeasible")
        #expect((json["reasons"] as? [String])?.contains { $0.contains("needs 9 different host cities") } == true)
    }
}
