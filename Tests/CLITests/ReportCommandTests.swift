import Foundation
import Testing

/// `treffpunkt report` and the report files `plan` writes beside plan.json.
@Suite struct ReportCommandTests {
    /// The plan file's meetings as (first day, venue id).
    private func meetings(in plan: URL) throws -> [(day: String, venue: String)] {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: plan)) as? [String: Any]
        return (json?["meetings"] as? [[String: Any]] ?? []).map {
            (($0["dates"] as? [String])?.first ?? "", $0["venue"] as? String ?? "")
        }
    }

    @Test func planWritesTheReportAndTheCSVBesideThePlan() throws {
        let runner = try CommandRunner()
        try runner.write(smallScenario, to: "net.yaml")
        let output = try runner.run("plan", "net.yaml", "--no-store", "--out", "result")
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stderr.contains("report.html, plan.csv"))
        #expect(runner.exists("result/report.html"))
        let csv = try Data(contentsOf: runner.folder.appendingPathComponent("result/plan.csv"))
        #expect(Array(csv.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let html = try String(contentsOf: runner.folder.appendingPathComponent("result/report.html"), encoding: .utf8)
        let planned = try meetings(in: runner.folder.appendingPathComponent("result/plan.json"))
        #expect(planned.count == 4)
        for (day, venue) in planned {
            #expect(html.contains("data-date=\"\(day)\" data-venue=\"\(venue)\""), "\(day) \(venue)")
        }
    }

    @Test func reportWritesHTMLAndBothCSVDialects() throws {
        let runner = try CommandRunner()
        try runner.write(smallScenario, to: "net.yaml")
        #expect(try runner.run("plan", "net.yaml", "--no-store", "--out", "result").status == 0)

        let html = try runner.run("report", "net.yaml", "result/plan.json", "--out", "share/r.html")
        #expect(html.status == 0, "\(html.stderr)")
        #expect(html.stderr.contains("wrote share/r.html"))
        let page = try String(contentsOf: runner.folder.appendingPathComponent("share/r.html"), encoding: .utf8)
        #expect(page.contains("Haus der Bürgerschaft"))
        #expect(page.contains("Am Markt 20, 28195 Bremen"))

        for (dialect, separator, language, header) in [("excel", ";", "de", "Fachgruppe"), ("rfc4180", ",", "en", "Topic")] {
            let csv = try runner.run("report", "net.yaml", "result/plan.json", "--format", "csv", "--csv-dialect", dialect,
                                     "--lang", language, "--out", "\(dialect).csv")
            #expect(csv.status == 0, "\(csv.stderr)")
            // Python's csv module is the independent reader: utf-8-sig drops the BOM where there is one.
            let read = try runner.run(URL(fileURLWithPath: "/usr/bin/env"), environment: ProcessInfo.processInfo.environment, [
                "python3", "-c",
                "import csv, json, sys; print(json.dumps(list(csv.reader(open(sys.argv[1], encoding='utf-8-sig', newline=''), delimiter=sys.argv[2]))))",
                "\(dialect).csv", separator,
            ])
            #expect(read.status == 0, "\(read.stderr)")
            let rows = try JSONSerialization.jsonObject(with: Data(read.stdout.utf8)) as? [[String]] ?? []
            #expect(rows.count == 5)
            #expect(rows.first?.first == header)
            #expect(rows.dropFirst().allSatisfy { $0.count == rows[0].count })
            #expect(rows.contains { $0.contains("Haus der Bürgerschaft") && $0.contains("Bremen") && $0.contains("Am Markt 20, 28195 Bremen") })
            let bytes = try Data(contentsOf: runner.folder.appendingPathComponent("\(dialect).csv"))
            #expect((Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF]) == (dialect == "excel"))
        }
    }

    /// `--lang`, else TREFFPUNKT_LANG, else the locale; JSON is the same in every language.
    @Test func theLanguageFollowsTheOptionTheVariableAndTheLocale() throws {
        let runner = try CommandRunner()
        try runner.write(smallScenario, to: "net.yaml")
        let german = try runner.run(environment: ["LANG": "de_DE.UTF-8"], "plan", "net.yaml", "--no-store", "--out", "de")
        #expect(german.status == 0, "\(german.stderr)")
        #expect(german.stdout.hasPrefix("Fachgruppe"))
        #expect(german.stdout.contains("optimal: Zielwert "))
        #expect(german.stdout.split(separator: "\n").first?.contains("Tage") == true)
        let html = try String(contentsOf: runner.folder.appendingPathComponent("de/report.html"), encoding: .utf8)
        #expect(html.contains("<html lang=\"de\">") && html.contains("Jahresübersicht"))
        let ics = try String(contentsOf: runner.folder.appendingPathComponent("de/calendar.ics"), encoding: .utf8)
        #expect(ics.contains("Anmeldeschluss"))

        let english = try runner.run(environment: ["LANG": "de_DE.UTF-8", "TREFFPUNKT_LANG": "en"],
                                     "plan", "net.yaml", "--no-store", "--out", "en")
        #expect(english.stdout.hasPrefix("Topic "))
        #expect(english.stdout.contains("optimal: total "))
        let englishHTML = try String(contentsOf: runner.folder.appendingPathComponent("en/report.html"), encoding: .utf8)
        #expect(englishHTML.contains("<html lang=\"en\">") && englishHTML.contains("The year at a glance"))
        let englishICS = try String(contentsOf: runner.folder.appendingPathComponent("en/calendar.ics"), encoding: .utf8)
        #expect(englishICS.contains("Registration deadline") && !englishICS.contains("Anmeldeschluss"))

        let option = try runner.run(environment: ["TREFFPUNKT_LANG": "en"], "plan", "net.yaml", "--no-store", "--lang", "de",
                                    "--out", "option", "--json")
        #expect(option.status == 0)
        let json = try runner.run(environment: ["TREFFPUNKT_LANG": "en"], "plan", "net.yaml", "--no-store", "--out", "json", "--json")
        #expect(try withoutSolver(Data(option.stdout.utf8)) == withoutSolver(Data(json.stdout.utf8)),
                "JSON output must not depend on the language")
        let planDE = try Data(contentsOf: runner.folder.appendingPathComponent("option/plan.json"))
        let planEN = try Data(contentsOf: runner.folder.appendingPathComponent("json/plan.json"))
        #expect(try withoutSolver(planDE) == withoutSolver(planEN))
    }

    /// Plan JSON without the solver's figures (its seconds differ from run to run).
    private func withoutSolver(_ json: Data) throws -> NSDictionary {
        var object = try JSONSerialization.jsonObject(with: json) as? [String: Any] ?? [:]
        object["solver"] = nil
        return object as NSDictionary
    }

    @Test func reportRefusesWhatItCannotDo() throws {
        let runner = try CommandRunner()
        try runner.write(smallScenario, to: "net.yaml")
        #expect(try runner.run("plan", "net.yaml", "--no-store", "--out", "result").status == 0)
        let dialectForHTML = try runner.run("report", "net.yaml", "result/plan.json", "--csv-dialect", "rfc4180")
        #expect(dialectForHTML.status == 64)
        let missingStore = try runner.run("report", "3", "--db", "none.sqlite")
        #expect(missingStore.status == 2)
        #expect(!runner.exists("none.sqlite"))
        let stdout = try runner.run("report", "net.yaml", "result/plan.json", "--out", "-")
        #expect(stdout.status == 0)
        #expect(stdout.stdout.hasPrefix("<!DOCTYPE html>"))
    }
}
