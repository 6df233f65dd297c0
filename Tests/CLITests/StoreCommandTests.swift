import Foundation
import Testing

/// `plan` with the store, `plans`, `show`, `adopt`, `export ID` and rotation across years.
@Suite struct StoreCommandTests {
    /// The small scenario moved to another spring, without its fixed meeting (which is dated 2027).
    func scenario(year: Int) -> String {
        smallScenario
            .replacingOccurrences(of: "period: {start: 2027-03-01, end: 2027-05-31}", with: "period: {start: \(year)-03-01, end: \(year)-05-31}")
            .replacingOccurrences(of: "fixed:\n  - {topic: kooperation, start: 2027-05-03, venue: rathaus-hamburg}\n", with: "")
            .replacingOccurrences(of: "2027-04-12, end: 2027-04-18", with: "\(year)-04-12, end: \(year)-04-18")
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func planStoresItsRunAndShowPrintsTheSamePlan() throws {
        let runner = try CommandRunner()
        try runner.write(smallScenario, to: "net.yaml")
        let planned = try runner.run("plan", "net.yaml", "--out", "result", "--json")
        #expect(planned.status == 0, "\(planned.stderr)")
        #expect(planned.stderr.contains("history: 0 from the scenario file, none from the plan store (it does not exist yet)"))
        #expect(planned.stderr.contains("stored as plan 1\n"))
        // The store's path, absolute, once.
        let path = runner.folder.appendingPathComponent("treffpunkt.sqlite").standardizedFileURL.path
        #expect(planned.stderr.components(separatedBy: "plan store: \(path) (created when a plan is stored)\n").count == 2,
                "\(planned.stderr)")
        #expect(planned.stderr.components(separatedBy: path).count == 2, "\(planned.stderr)")
        #expect(runner.exists("treffpunkt.sqlite"))
        let written = try String(contentsOf: runner.folder.appendingPathComponent("result/plan.json"), encoding: .utf8)
        #expect(try json(written)["id"] as? Int == 1)
        #expect(planned.stdout == written)

        let shown = try runner.run("show", "1", "--json")
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout == written)
        let table = try runner.run("show", "1")
        #expect(table.stdout.contains("Haus der Bürgerschaft") || table.stdout.contains("Rotes Rathaus"))
        #expect(table.stdout.contains("optimal: total"))

        let listed = try runner.run("plans")
        #expect(listed.status == 0)
        #expect(listed.stdout.contains("Kleines Netzwerk 2027 (net.yaml)"))
        #expect(listed.stdout.contains("2027-03-01 – 2027-05-31"))
        let listedJSON = try #require(try JSONSerialization.jsonObject(with: Data(try runner.run("plans", "--json").stdout.utf8)) as? [[String: Any]])
        #expect(listedJSON.count == 1 && listedJSON[0]["adopted"] as? Bool == false && listedJSON[0]["meetings"] as? Int == 4)

        // The store kept the scenario: export needs only the id, and the file may be gone.
        try FileManager.default.removeItem(at: runner.folder.appendingPathComponent("net.yaml"))
        let exported = try runner.run("export", "1", "--out", "again")
        #expect(exported.status == 0, "\(exported.stderr)")
        let original = try String(contentsOf: runner.folder.appendingPathComponent("result/topics/monitoring.ics"), encoding: .utf8)
        let again = try String(contentsOf: runner.folder.appendingPathComponent("again/topics/monitoring.ics"), encoding: .utf8)
        let withoutStamps = { (text: String) in text.split(separator: "\r\n").filter { !$0.hasPrefix("DTSTAMP") } }
        #expect(withoutStamps(original) == withoutStamps(again))
    }

    @Test func anAdoptedPlanIsTheHistoryOfTheNextYear() throws {
        let runner = try CommandRunner()
        try runner.write(scenario(year: 2027), to: "2027.yaml")
        try runner.write(scenario(year: 2028), to: "2028.yaml")
        let store = ["TREFFPUNKT_DB": "netz.sqlite"]
        #expect(try runner.run(environment: store, "plan", "2027.yaml", "--out", "p2027").status == 0)
        #expect(try runner.run(environment: store, "plan", "2027.yaml", "--out", "p2027b").status == 0)
        #expect(runner.exists("netz.sqlite") && !runner.exists("treffpunkt.sqlite"))
        let adopted = try runner.run(environment: store, "adopt", "1")
        #expect(adopted.stdout == "adopted plan 1 for Kleines Netzwerk 2027, 2027-03-01 – 2027-05-31\n")
        let replaced = try runner.run(environment: store, "adopt", "2")
        #expect(replaced.stdout.contains("it replaces plan 1"))

        let next = try runner.run(environment: store, "plan", "2028.yaml", "--out", "p2028")
        #expect(next.status == 0, "\(next.stderr)")
        #expect(next.stderr.contains("history: 0 from the scenario file, 4 from adopted plan 2 in the store"))
        let plan = try json(try String(contentsOf: runner.folder.appendingPathComponent("p2028/plan.json"), encoding: .utf8))
        #expect((plan["history"] as? [[String: Any]])?.count == 4)
        // Each topic met in two of the three cities in 2027, so 2028 repeats one host per topic.
        let terms = (plan["objective"] as? [String: Any])?["terms"] as? [String: Any]
        #expect(terms?["rotation"] as? Double == 1000)
        // The plan file carries the history it used, so check reproduces the objective from the file alone.
        let check = try runner.run("check", "2028.yaml", "p2028/plan.json")
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.contains("rotation 1000"))

        let isolated = try runner.run(environment: store, "plan", "2028.yaml", "--no-store", "--out", "alone")
        #expect(isolated.stderr.contains("history: 0 from the scenario file; the plan store is not used (--no-store)"))
        let alone = try json(try String(contentsOf: runner.folder.appendingPathComponent("alone/plan.json"), encoding: .utf8))
        #expect(alone["id"] == nil && alone["history"] == nil)
    }

    @Test func storeProblemsExitTwoAndChangeNothing() throws {
        let runner = try CommandRunner()
        try runner.write(smallScenario, to: "net.yaml")
        try runner.write("Einkaufsliste\n", to: "notes.sqlite")
        let refused = try runner.run("plan", "net.yaml", "--db", "notes.sqlite", "--out", "result")
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("notes.sqlite: error: not a Treffpunkt plan store"))
        #expect(!runner.exists("result"))
        #expect(try String(contentsOf: runner.folder.appendingPathComponent("notes.sqlite"), encoding: .utf8) == "Einkaufsliste\n")

        let missing = try runner.run("plans", "--db", "nowhere.sqlite")
        #expect(missing.status == 2 && missing.stderr.contains("no plan store here"))
        #expect(!runner.exists("nowhere.sqlite"))
        // Reading commands never make a store of an empty file.
        try runner.write("", to: "empty.sqlite")
        #expect(try runner.run("plans", "--db", "empty.sqlite").status == 2)
        #expect(try Data(contentsOf: runner.folder.appendingPathComponent("empty.sqlite")).isEmpty)
        // A run that finds no plan leaves no store behind.
        try runner.write(smallScenario.replacingOccurrences(of: "meetings: 2, members: [berlin, hamburg, bremen], staff: [anna]",
                                                            with: "meetings: 9, members: [berlin, hamburg, bremen], staff: [anna]"),
                         to: "impossible.yaml")
        #expect(try runner.run("plan", "impossible.yaml", "--out", "none").status == 3)
        #expect(!runner.exists("treffpunkt.sqlite") && !runner.exists("none"))
        #expect(try runner.run("plan", "net.yaml", "--out", "result").status == 0)
        let unknown = try runner.run("show", "7")
        #expect(unknown.status == 2 && unknown.stderr.contains("no plan with id 7"))
        #expect(try runner.run("adopt", "7").status == 2)
        #expect(try runner.run("export", "7").status == 2)
        #expect(try runner.run("plan", "net.yaml", "--no-store", "--db", "x.sqlite").status == 64)
    }

    @Test func replanMovesOnlyWhatMustMoveAndDiffSaysSo() throws {
        let runner = try CommandRunner()
        try runner.write(smallScenario, to: "net.yaml")
        #expect(try runner.run("plan", "net.yaml", "--out", "result").status == 0)
        let noAdoption = try runner.run("replan", "net.yaml")
        #expect(noAdoption.status == 2 && noAdoption.stderr.contains("no plan is adopted for Kleines Netzwerk 2027"))
        #expect(try runner.run("adopt", "1").status == 0)
        let first = try json(try String(contentsOf: runner.folder.appendingPathComponent("result/plan.json"), encoding: .utf8))
        let meetings = try #require(first["meetings"] as? [[String: Any]])
        let moved = try #require(meetings.first { $0["fixed"] as? Bool == false })
        let venue = try #require(moved["venue"] as? String), day = try #require((moved["dates"] as? [String])?.first)
        // The venue of one meeting is no longer available on its first day.
        try runner.write(smallScenario.replacingOccurrences(of: "{id: \(venue),", with: "{id: \(venue), unavailable: [{start: \(day), end: \(day)}],"),
                         to: "net.yaml")

        let replanned = try runner.run("replan", "net.yaml", "--out", "result")
        #expect(replanned.status == 0, "\(replanned.stderr)")
        #expect(replanned.stderr.contains("stored as plan 2"))
        #expect(replanned.stdout.contains("changes from plan 1:"))
        #expect(replanned.stdout.contains("1 moved, 0 added, 0 dropped, 3 meetings unchanged."))
        // The same re-plan again is recognised and not stored twice.
        let twice = try runner.run("replan", "net.yaml", "--out", "result")
        #expect(twice.status == 0, "\(twice.stderr)")
        #expect(twice.stderr.contains("the result is identical to plan 2, a re-plan of plan 1 from the same scenario; nothing stored"))
        #expect(!twice.stderr.contains("stored as plan"))
        #expect(try runner.run("plans").stdout.split(separator: "\n").filter { $0.contains("replan") }.count == 1)
        let check = try runner.run("check", "net.yaml", "result/plan.json")
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stderr.contains("is taken from the plan; give --reference ID"))
        let againstReference = try runner.run("check", "net.yaml", "result/plan.json", "--reference", "1")
        #expect(againstReference.status == 0, "\(againstReference.stdout)")
        #expect(!againstReference.stderr.contains("taken from the plan"))
        // Against another plan as reference the changes term cannot match: a stale objective, a
        // warning; with --strict a violation.
        let wrongReference = try runner.run("check", "net.yaml", "result/plan.json", "--reference", "2")
        #expect(wrongReference.status == 0 && wrongReference.stderr.contains("warning: objective: "))
        #expect(wrongReference.stdout.contains("the plan's own is stale"))
        #expect(try runner.run("check", "net.yaml", "result/plan.json", "--reference", "2", "--strict").status == 5)
        let diff = try runner.run("diff", "1", "2")
        #expect(diff.stdout.contains("1 moved, 0 added, 0 dropped, 3 meetings unchanged."))
        let diffJSON = try json(try runner.run("diff", "1", "2", "--json").stdout)
        #expect((diffJSON["moved"] as? [[String: Any]])?.count == 1)
        #expect(try runner.run("plans").stdout.contains("replan"))

        // The calendar continues the adopted plan's: same UIDs, the moved meeting at SEQUENCE 1.
        let calendar = try String(contentsOf: runner.folder.appendingPathComponent("result/calendar.ics"), encoding: .utf8)
        let sequences = calendar.split(separator: "\r\n").filter { $0.hasPrefix("SEQUENCE:") }
        #expect(sequences.filter { $0 == "SEQUENCE:1" }.count == 2)  // the meeting and its registration deadline
        #expect(sequences.count == 8)
        let exported = try runner.run("export", "2", "--out", "again")
        #expect(exported.status == 0, "\(exported.stderr)")
        let again = try String(contentsOf: runner.folder.appendingPathComponent("again/calendar.ics"), encoding: .utf8)
        #expect(again.split(separator: "\r\n").filter { $0.hasPrefix("SEQUENCE:") } == sequences)

        #expect(try runner.run("replan", "net.yaml", "--no-store").status == 64)
        #expect(!(try runner.run("replan", "--help").stdout.contains("--no-store")))
        #expect(try runner.run("plan", "--help").stdout.contains("--no-store"))
        #expect(try runner.run("replan", "net.yaml", "--freeze-before", "bald").status == 64)
    }

    @Test func aStoredPlanReadsItsScenarioAgainWithTheCalendarsAsTheyWere() throws {
        let runner = try CommandRunner()
        try FileManager.default.createDirectory(at: runner.folder.appendingPathComponent("urlaub"), withIntermediateDirectories: true)
        try runner.write("""
            BEGIN:VCALENDAR\r
            VERSION:2.0\r
            PRODID:-//test//EN\r
            BEGIN:VEVENT\r
            UID:urlaub-anna\r
            DTSTART;VALUE=DATE:20270301\r
            DTEND;VALUE=DATE:20270315\r
            SUMMARY:Urlaub\r
            END:VEVENT\r
            END:VCALENDAR\r

            """, to: "urlaub/anna.ics")
        try runner.write(smallScenario.replacingOccurrences(of: "office: berlin}", with: "office: berlin, unavailable: [{ics: urlaub/anna.ics}]}"),
                         to: "net.yaml")
        #expect(try runner.run("plan", "net.yaml", "--out", "result").status == 0)
        // The calendar moves away: the stored plan still shows, exports and checks as planned.
        try FileManager.default.removeItem(at: runner.folder.appendingPathComponent("urlaub"))
        let shown = try runner.run("show", "1")
        #expect(shown.status == 0, "\(shown.stderr)")
        let exported = try runner.run("export", "1", "--out", "again")
        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(!exported.stderr.contains("breaks"))
        // Anna's leave kept her meetings out of the first two March weeks.
        let plan = try json(try runner.run("show", "1", "--json").stdout)
        let annaDays = (plan["meetings"] as? [[String: Any]] ?? []).filter { ($0["staff"] as? [String])?.contains("anna") == true }
            .compactMap { ($0["dates"] as? [String])?.first }
        #expect(!annaDays.isEmpty && annaDays.allSatisfy { $0 >= "2027-03-15" })
    }
}

/// `plan` refuses an output folder or store it could not write to before it solves anything.
@Suite struct DestinationCheckTests {
    @Test func anOutFolderThatIsAFileFailsBeforeSolving() throws {
        let runner = try CommandRunner()
        try runner.write(smallScenario, to: "net.yaml")
        try runner.write("not a folder", to: "taken")
        let result = try runner.run("plan", "net.yaml", "--out", "taken")
        #expect(result.status == 2)
        #expect(result.stderr.contains("taken: error: --out needs a folder, and this is not one"), "\(result.stderr)")
        #expect(!result.stderr.contains("history:"), "it must not start planning")
        #expect(!runner.exists("treffpunkt.sqlite"))
    }

    @Test func emptyAndRootOutFoldersAreRefused() throws {
        let runner = try CommandRunner()
        try runner.write(smallScenario, to: "net.yaml")
        for folder in ["", "/"] {
            let result = try runner.run("plan", "net.yaml", "--out", folder, "--no-store")
            #expect(result.status == 2, "\(folder): \(result.stderr)")
            #expect(!runner.exists("plan.json"))
        }
    }

    @Test func aStoreInAMissingOrUnusableFolderFailsBeforeSolving() throws {
        let runner = try CommandRunner()
        try runner.write(smallScenario, to: "net.yaml")
        for (db, message) in [("missing/plans.sqlite", "does not exist"), ("", "--db is empty"),
                              ("/dev/null", "not a regular file"), (".", "a folder")] {
            let result = try runner.run("plan", "net.yaml", "--db", db, "--out", "result")
            #expect(result.status == 2, "\(db): \(result.stderr)")
            #expect(result.stderr.contains(message), "\(db): \(result.stderr)")
            #expect(!result.stderr.contains("history:"), "it must not start planning")
            #expect(!runner.exists("result"))
        }
    }
}

/// A run whose files cannot all be put in place stores nothing and leaves the output folder as it was.
@Suite struct NothingHalfWrittenTests {
    @Test func aFileInTheWayOfTheCalendarsRollsTheStoreBack() throws {
        let runner = try CommandRunner()
        try runner.write(smallScenario, to: "net.yaml")
        try FileManager.default.createDirectory(at: runner.folder.appendingPathComponent("result"), withIntermediateDirectories: true)
        try runner.write("kept", to: "result/notes.txt")
        // A file where the staff calendars need a folder: found after staging, before the store commits.
        try runner.write("not a folder", to: "result/staff")
        let result = try runner.run("plan", "net.yaml", "--out", "result")
        #expect(result.status != 0)
        #expect(result.stderr.contains("result/staff: it is a file"), "\(result.stderr)")
        #expect(!result.stderr.contains("stored as plan"), "\(result.stderr)")
        let left = try FileManager.default.contentsOfDirectory(atPath: runner.folder.appendingPathComponent("result").path)
        #expect(left.sorted() == ["notes.txt", "staff"])
        // The store was created for the run and holds no plan.
        let plans = try runner.run("plans", "--json")
        #expect(plans.status == 0 && plans.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]", "\(plans.stdout)")
    }

    @Test func outputFolderNamesTooLongOrInSystemFoldersAreRefusedBeforeSolving() throws {
        let runner = try CommandRunner()
        try runner.write(smallScenario, to: "net.yaml")
        let deep = Array(repeating: String(repeating: "d", count: 200), count: 20).joined(separator: "/")
        for (out, message) in [(String(repeating: "x", count: 300), "has a name of 300 bytes"),
                               (deep, "leave room for the files inside it"), ("/proc/treffpunkt", "system folder")] {
            let result = try runner.run("plan", "net.yaml", "--no-store", "--out", out)
            #expect(result.status == 2, "\(result.stderr)")
            #expect(result.stderr.contains(message), "\(result.stderr)")
            #expect(!result.stderr.contains("history:"))
        }
    }
}

extension FrictionTests {
    @Test func aNewStoreWhileTheScenariosFolderHoldsOneIsWarnedOf() throws {
        let runner = try CommandRunner()
        try FileManager.default.createDirectory(at: runner.folder.appendingPathComponent("netz"), withIntermediateDirectories: true)
        try runner.write(smallScenario, to: "netz/net.yaml")
        let first = try runner.run("plan", "netz/net.yaml", "--db", "netz/treffpunkt.sqlite", "--out", "a")
        #expect(first.status == 0, "\(first.stderr)")
        let elsewhere = try runner.run("plan", "netz/net.yaml", "--out", "b")
        #expect(elsewhere.status == 0)
        #expect(elsewhere.stderr.contains("warning: this run creates a new plan store treffpunkt.sqlite, but the scenario's folder holds"),
                "\(elsewhere.stderr)")
    }
}

/// `--max-memory`: a run whose model outgrows the budget stops with exit 4, names what it was
/// building, and leaves nothing behind.
@Suite struct MemoryBudgetTests {
    @Test func aModelOverTheBudgetStopsAndNamesItsRuleFamily() throws {
        let runner = try CommandRunner()
        // Five years of 15 topics in 80 cities: about 750,000 meeting options, over 0.1 GiB.
        let scenario = CommandRunner.repository.appendingPathComponent("benchmarks/scale/c80-15x8-any.yaml").path
        let result = try runner.run("plan", scenario, "--years", "5", "--out", "result", "--max-memory", "0.1", "--time-limit", "120")
        #expect(result.status == 4, "\(result.stderr.suffix(500))")
        #expect(result.stderr.contains("stopped: the run needs more than 0.10 GiB of memory"), "\(result.stderr.suffix(500))")
        #expect(result.stderr.contains("while building the rows of") || result.stderr.contains("while solving the"))
        #expect(!runner.exists("result") && !runner.exists("treffpunkt.sqlite"))
    }
}
