import Foundation
import Testing

/// `treffpunkt explain` on a stored plan and on a plan file.
@Suite struct ExplainCommandTests {
    @Test func explainsTermsAndAMeetingsAlternatives() throws {
        let runner = try CommandRunner()
        try runner.write(smallScenario, to: "net.yaml")
        #expect(try runner.run("plan", "net.yaml", "--db", "t.sqlite", "--out", "result").status == 0)

        let terms = try runner.run("explain", "1", "--db", "t.sqlite")
        #expect(terms.status == 0, "\(terms.stderr)")
        #expect(terms.stdout.contains("person-km × 1"))
        #expect(terms.stdout.contains("rotation points × 500"))
        #expect(terms.stdout.contains("\n      longest journeys:\n"))

        let german = try runner.run("explain", "1", "--db", "t.sqlite", "--lang", "de")
        #expect(german.status == 0, "\(german.stderr)")
        #expect(german.stdout.hasPrefix("Zielfunktion von "))
        #expect(german.stdout.contains("Personen-km × 1"))
        #expect(german.stdout.contains("Rotationspunkte × 500"))
        #expect(german.stdout.contains("\n      längste Anreisen:\n"))
        #expect(german.stdout.contains("Luftlinie von jeder Mitgliedsstadt"))
        #expect(!german.stdout.contains("person-km") && !german.stdout.contains("longest journeys"))

        let instead = try runner.run("explain", "net.yaml", "result/plan.json", "monitoring#1", "--instead", "berlin", "--json")
        #expect(instead.status == 0, "\(instead.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(instead.stdout.utf8)) as? [String: Any])
        let alternative = try #require((json["alternatives"] as? [[String: Any]])?.first)
        #expect((alternative["meeting"] as? [String: Any])?["city"] as? String == "berlin")
        #expect(alternative["extra_cost"] is Double)

        let insteadText = try runner.run("explain", "net.yaml", "result/plan.json", "monitoring#1", "--instead", "berlin")
        #expect(insteadText.stdout.contains("\nInstead: berlin, the whole plan re-solved\n"), "\(insteadText.stdout)")
        #expect(insteadText.stdout.contains(": total "))
        let insteadGerman = try runner.run("explain", "net.yaml", "result/plan.json", "monitoring#1", "--instead", "berlin", "--lang", "de")
        #expect(insteadGerman.stdout.contains("\nStattdessen: berlin, der ganze Plan neu gelöst\n"), "\(insteadGerman.stdout)")
        #expect(insteadGerman.stdout.contains(": Summe "))
        #expect(!insteadGerman.stdout.contains(": total ") && !insteadGerman.stdout.contains("% of "))
    }

    @Test func badMeetingsAndTargetsAreInvalidInput() throws {
        let runner = try CommandRunner()
        try runner.write(smallScenario, to: "net.yaml")
        #expect(try runner.run("plan", "net.yaml", "--no-store", "--out", "result").status == 0)
        let missing = try runner.run("explain", "net.yaml", "result/plan.json", "monitoring#7")
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("result/plan.json: error: the plan has no meeting 'monitoring#7'; it has monitoring#1, monitoring#2"))
        let target = try runner.run("explain", "net.yaml", "result/plan.json", "monitoring#1", "--instead", "hambrug")
        #expect(target.status == 2)
        #expect(target.stderr.contains("did you mean 'hamburg'?"))
        #expect(try runner.run("explain", "net.yaml", "result/plan.json", "--instead", "berlin").status == 64)
    }

    /// Issue 13's example: two topics of 3 two-day meetings run by anna in a March with 4
    /// usable Mondays (Easter Monday is closed) say so, with fixes verified by solving.
    @Test func planSaysWhichRulesConflictAndWhatFixesThem() throws {
        let runner = try CommandRunner()
        let scenario = smallScenario
            .replacingOccurrences(of: "period: {start: 2027-03-01, end: 2027-05-31}", with: "period: {start: 2027-03-01, end: 2027-03-31}")
            .replacingOccurrences(of: "meetings: 2, members: [berlin, hamburg, bremen], staff: [anna], min_gap_days: 28",
                                  with: "meetings: 3, members: [berlin, hamburg, bremen], staff: [anna]")
            .replacingOccurrences(of: "meetings: 2, members: [berlin, hamburg, bremen], staff: [jonas, anna], min_gap_days: 28",
                                  with: "meetings: 3, members: [berlin, hamburg, bremen], staff: [anna]")
            .replacingOccurrences(of: "fixed:\n  - {topic: kooperation, start: 2027-05-03, venue: rathaus-hamburg}\n", with: "")
        try runner.write(scenario, to: "net.yaml")
        let output = try runner.run("plan", "net.yaml", "--no-store")
        #expect(output.status == 3, "\(output.stderr)")
        #expect(output.stderr.contains("'anna' must attend 6 meetings of 2 days (monitoring 3, kooperation 3), but the usable dates leave room for at most 4 (4 usable Mondays)"))
        #expect(output.stderr.contains("possible fix: let another staff member run 'monitoring' instead of 'anna' (verified: a plan exists, total "))
    }

    @Test func moveStoresACheckedManualPlan() throws {
        let runner = try CommandRunner()
        let scenario = CommandRunner.repository.appendingPathComponent("scenarios/grossstadtnetzwerk-2016.yaml").path
        #expect(try runner.run("plan", scenario, "--db", "m.sqlite", "--out", "o").status == 0)
        // Dates do not enter the objective, so the plan's dates are read, not assumed: a week
        // later keeps every rule, and 49 days after the first or before the third meeting breaks
        // the 56-day gap (whichever of the two breaks no other rule, such as a school holiday).
        let shownFirst = try runner.run("show", "1", "--json", "--db", "m.sqlite").stdout
        let planned = try #require(try JSONSerialization.jsonObject(with: Data(shownFirst.utf8)) as? [String: Any])
        let meetings = try #require(planned["meetings"] as? [[String: Any]])
        let format = ISO8601DateFormatter()
        format.formatOptions = [.withFullDate]
        func monitoring(_ number: Int) throws -> Date {
            let meeting = try #require(meetings.first { $0["topic"] as? String == "monitoring" && $0["number"] as? Int == number })
            let firstDay = try #require((meeting["dates"] as? [String])?.first)
            return try #require(format.date(from: firstDay))
        }
        let weekLater = format.string(from: try monitoring(3).addingTimeInterval(7 * 86_400))
        let candidates = [try monitoring(1).addingTimeInterval(49 * 86_400), try monitoring(3).addingTimeInterval(-49 * 86_400)]
            .map { format.string(from: $0) }
        let tooClose = try #require(try candidates.first { day in
            try runner.run("move", "1", "monitoring#2", "--to", day, "--db", "m.sqlite").stdout.contains("breaks 1 hard rule")
        })
        // The H7 finding names both meetings, the earlier first; the moved one with its new day.
        func breaksGap(_ text: String) -> Bool { text.contains("H7: 'monitoring' #") && text.contains("'monitoring' #2 (\(tooClose), '") }
        let moved = try runner.run("move", "1", "monitoring#3", "--to", weekLater, "--db", "m.sqlite")
        #expect(moved.status == 0, "\(moved.stderr)")
        #expect(moved.stdout.contains("stored as plan 2 (manual, from plan 1): total 70923.76, +0 against plan 1"))
        let shown = try runner.run("show", "2", "--json", "--db", "m.sqlite")
        try runner.write(shown.stdout, to: "p2.json")
        let check = try runner.run("check", scenario, "p2.json")
        #expect(check.status == 0, "\(check.stdout)")
        #expect(try runner.run("plans", "--db", "m.sqlite").stdout.contains("manual"))

        let broken = try runner.run("move", "1", "monitoring#2", "--to", tooClose, "--db", "m.sqlite")
        #expect(broken.status == 5)
        #expect(breaksGap(broken.stdout))
        #expect(!(try runner.run("plans", "--db", "m.sqlite").stdout.contains("\n3 ")))
        let german = try runner.run("move", "1", "monitoring#2", "--to", tooClose, "--lang", "de", "--db", "m.sqlite")
        #expect(german.status == 5)
        #expect(german.stdout.contains("die Verschiebung verletzt 1 harte Regel (Summe 70.923,76, +0 gegenüber Plan 1); nichts gespeichert:"))
        #expect(breaksGap(german.stdout) && german.stdout.contains("beginnen im Abstand von 49 Tagen"))
        #expect(!german.stdout.contains("start 49 days apart"))

        // Forced, the same move is stored, marked as breaking rules, and cannot be adopted.
        let forced = try runner.run("move", "1", "monitoring#2", "--to", tooClose, "--force", "--db", "m.sqlite")
        #expect(forced.status == 5, "\(forced.stderr)")
        #expect(forced.stdout.contains("stored as plan 3 (manual, from plan 1), forced: it breaks "))
        #expect(breaksGap(forced.stdout))
        let listed = try #require(try JSONSerialization.jsonObject(with: Data(try runner.run("plans", "--json", "--db", "m.sqlite").stdout.utf8)) as? [[String: Any]])
        #expect(listed.map { $0["broken_rules"] as? Int } == [0, 0, broken.stdout.components(separatedBy: "\n  ").count - 1])
        #expect(try runner.run("plans", "--db", "m.sqlite").stdout.contains("breaks "))
        let forcedJSON = try runner.run("show", "3", "--json", "--db", "m.sqlite")
        #expect(forcedJSON.stderr.contains("plan 3 breaks "))
        #expect(forcedJSON.stderr.contains("cannot be adopted"))
        try runner.write(forcedJSON.stdout, to: "p3.json")
        let forcedCheck = try runner.run("check", scenario, "p3.json")
        #expect(forcedCheck.status == 5)
        #expect(breaksGap(forcedCheck.stdout))
        let adopt = try runner.run("adopt", "3", "--db", "m.sqlite")
        #expect(adopt.status == 2)
        #expect(adopt.stderr.contains("error: plan 3 breaks "))
        #expect(adopt.stderr.contains("cannot be adopted"))
        let afterRefusal = try #require(try JSONSerialization.jsonObject(with: Data(try runner.run("plans", "--json", "--db", "m.sqlite").stdout.utf8)) as? [[String: Any]])
        #expect(afterRefusal.map { $0["adopted"] as? Bool } == [false, false, false])
    }

    @Test func checkWarnsOfAStaleObjectiveAndStrictMakesItAViolation() throws {
        let runner = try CommandRunner()
        try runner.write(smallScenario, to: "net.yaml")
        #expect(try runner.run("plan", "net.yaml", "--no-store", "--out", "result").status == 0)
        let text = try String(contentsOf: runner.folder.appendingPathComponent("result/plan.json"), encoding: .utf8)
        let stale = text.replacingOccurrences(of: "\"balance\": [0-9.]+", with: "\"balance\": 12345.0", options: .regularExpression)
        #expect(stale != text)
        try runner.write(stale, to: "stale.json")
        let lenient = try runner.run("check", "net.yaml", "stale.json")
        #expect(lenient.status == 0, "\(lenient.stdout)")
        #expect(lenient.stderr.contains("warning: objective: term balance is 12345.0 in the plan, recomputed from its meetings "))
        #expect(try runner.run("check", "net.yaml", "stale.json", "--strict").status == 5)
    }
}
