import Foundation
import Testing

/// `plan --years N`: one model, a folder and a stored plan per year, and the rotation table.
@Suite struct MultiYearCommandTests {
    @Test func threeYearsRotateEveryHostAndEachYearPassesCheck() throws {
        let runner = try CommandRunner()
        try runner.write(smallScenario, to: "net.yaml")
        let output = try runner.run("plan", "net.yaml", "--years", "3", "--out", "multi")
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stderr.contains("stored as plans 1, 2, 3"))
        #expect(output.stdout.contains("Rotation (host cities by meeting number):"))
        #expect(output.stdout.contains(#/Topic +2027 +2028 +2029/#))
        #expect(output.stdout.contains("optimal over 3 years: total"))
        for year in ["2027", "2028", "2029"] {
            let check = try runner.run("check", "net.yaml", "multi/\(year)/plan.json")
            #expect(check.status == 0, "\(year): \(check.stdout)")
            #expect(check.stdout.hasPrefix("ok: 4 meetings, every rule holds"))
        }
        // The report of a stored year shows the run's rotation, this year's column in bold.
        let report = try runner.run("report", "2", "--out", "year2.html")
        #expect(report.status == 0, "\(report.stderr)")
        let html = try String(contentsOf: runner.folder.appendingPathComponent("year2.html"), encoding: .utf8)
        let rotation = try #require(html.components(separatedBy: "<section class=\"rotation\">").dropFirst().first)
        #expect(rotation.contains("<th>2027</th><th>2028</th><th>2029</th>"))
        #expect(rotation.components(separatedBy: "class=\"this-year\"").count - 1 == 2, "one cell per topic in 2028")
        let written = try String(contentsOf: runner.folder.appendingPathComponent("multi/2028/report.html"), encoding: .utf8)
        let writtenRotation = try #require(written.components(separatedBy: "<section class=\"rotation\">").dropFirst().first)
        #expect(rotation.components(separatedBy: "</section>").first == writtenRotation.components(separatedBy: "</section>").first)
        let single = try runner.run("report", "2", "--out", "-")
        #expect(single.stdout.contains("<section class=\"rotation\">"))
        let plans = try runner.run("plans").stdout
        #expect(plans.components(separatedBy: "multi-year").count - 1 == 3)

        // The third year's plan names the earlier years' stored plans as its history.
        let third = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: runner.folder.appendingPathComponent("multi/2029/plan.json"))) as? [String: Any])
        let history = try #require(third["history"] as? [[String: Any]])
        #expect(Set(history.compactMap { $0["plan"] as? Int }) == [1, 2])
        #expect(history.count == 8)

        // Three cities, two meetings a year: over three years every city hosts each topic twice.
        let json = try runner.run("plan", "net.yaml", "--years", "3", "--no-store", "--out", "again", "--json")
        let result = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((result["years"] as? [Any])?.count == 3)
        #expect(result["fair_rotation"] as? Bool == true)
        let topics = try #require((result["rotation"] as? [String: Any])?["topics"] as? [[String: Any]])
        for topic in topics {
            let hosts = (topic["hosts"] as? [[String]] ?? []).flatMap { $0 }
            #expect(hosts.count == 6)
            #expect(Dictionary(grouping: hosts, by: { $0 }).mapValues(\.count) == ["berlin": 2, "hamburg": 2, "bremen": 2],
                    "\(topic["topic"] ?? "")")
            let firstYear = (topic["hosts"] as? [[String]])?.first ?? []
            #expect(Set(firstYear).count == firstYear.count)
        }
    }

    @Test func aPeriodOfAYearCannotBePlannedForSeveralYears() throws {
        let runner = try CommandRunner()
        try runner.write(smallScenario.replacingOccurrences(of: "end: 2027-05-31}", with: "end: 2028-03-01}"), to: "long.yaml")
        let output = try runner.run("plan", "long.yaml", "--years", "2", "--no-store")
        #expect(output.status == 2)
        #expect(output.stderr.contains("long.yaml: error: the period 2027-03-01 – 2028-03-01 lasts a year or more"))
        #expect(!runner.exists("out"))
        #expect(try runner.run("plan", "long.yaml", "--years", "0").status == 64)
        #expect(try runner.run("plan", "long.yaml", "--years", "2", "--previous", "x.ics").status == 64)
    }

    @Test func aLaterYearIsReplannedInItsOwnPeriodWithTheEarlierYearAsHistory() throws {
        let runner = try CommandRunner()
        try runner.write(smallScenario, to: "net.yaml")
        #expect(try runner.run("plan", "net.yaml", "--years", "2", "--out", "multi").status == 0)
        let second = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: runner.folder.appendingPathComponent("multi/2028/plan.json"))) as? [String: Any])
        // The year's last meeting can move a week later without touching the others.
        let meeting = try #require((second["meetings"] as? [[String: Any]])?.last)
        let venue = try #require(meeting["venue"] as? String), day = try #require((meeting["dates"] as? [String])?.first)
        try runner.write(smallScenario.replacingOccurrences(of: "{id: \(venue),", with: "{id: \(venue), unavailable: [{start: \(day), end: \(day)}],"),
                         to: "net.yaml")

        let replanned = try runner.run("replan", "net.yaml", "--from", "2", "--out", "replanned")
        #expect(replanned.status == 0, "\(replanned.stderr)")
        #expect(replanned.stderr.contains("planning 2028-03-01 – 2028-05-31, the scenario moved 1 year to the period of plan 2"))
        #expect(replanned.stderr.contains("4 from the re-planned plan's own history"))
        #expect(replanned.stdout.contains("1 moved, 0 added, 0 dropped, 3 meetings unchanged."))
        let check = try runner.run("check", "net.yaml", "replanned/plan.json")
        #expect(check.status == 0, "\(check.stdout)")
        // The re-plan rotates against 2027 exactly as year 2 did, so rotation is unchanged.
        let plan = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: runner.folder.appendingPathComponent("replanned/plan.json"))) as? [String: Any])
        let terms = { (plan: [String: Any]) in (plan["objective"] as? [String: Any])?["terms"] as? [String: Double] }
        #expect(terms(plan)?["rotation"] == terms(second)?["rotation"])
    }

    @Test func anAdoptedReplanOfTheFirstYearReplacesItInTheSecondYearsHistory() throws {
        let runner = try CommandRunner()
        try runner.write(smallScenario, to: "net.yaml")
        #expect(try runner.run("plan", "net.yaml", "--years", "2", "--out", "multi").status == 0)
        // Year 1 is re-planned after the venue of its last meeting that is not fixed became unavailable, and adopted.
        let first = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: runner.folder.appendingPathComponent("multi/2027/plan.json"))) as? [String: Any])
        let last = try #require((first["meetings"] as? [[String: Any]])?.last { $0["fixed"] as? Bool == false })
        let venue = try #require(last["venue"] as? String), day = try #require((last["dates"] as? [String])?.first)
        try runner.write(smallScenario.replacingOccurrences(of: "{id: \(venue),", with: "{id: \(venue), unavailable: [{start: \(day), end: \(day)}],"),
                         to: "edited.yaml")
        #expect(try runner.run("replan", "edited.yaml", "--from", "1", "--out", "first").status == 0)
        #expect(try runner.run("adopt", "3").status == 0)

        // Year 2 now rotates against the adopted plan 3 only, not against the replaced plan 1.
        let second = try runner.run("replan", "edited.yaml", "--from", "2", "--out", "second")
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.contains("history: 0 from the scenario file, 4 from adopted plan 3 in the store\n"))
        let plan = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: runner.folder.appendingPathComponent("second/plan.json"))) as? [String: Any])
        #expect(Set((plan["history"] as? [[String: Any]] ?? []).compactMap { $0["plan"] as? Int }) == [3])
        #expect(try runner.run("check", "edited.yaml", "second/plan.json").status == 0)
    }
}
