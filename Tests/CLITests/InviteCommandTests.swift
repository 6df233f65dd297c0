import Foundation
import Testing

/// `invite`: files per meeting for a stored plan, then only changes after a re-plan.
@Suite struct InviteCommandTests {
    @Test func invitesEveryMeetingThenOnlyWhatTheReplanChanged() throws {
        let runner = try CommandRunner()
        let scenario = smallScenario.replacingOccurrences(
            of: "{id: bremen, name: Bremen, state: HB, location: [53.0758, 8.8072], offers: [monitoring]}",
            with: "{id: bremen, name: Bremen, state: HB, location: [53.0758, 8.8072], offers: [monitoring], "
                + "contact: {name: Eva Muster, email: eva@bremen.example}}")
            .replacingOccurrences(of: "email: anna@example.org, office: berlin}",
                                  with: "email: anna@example.org, office: berlin, weekdays: [mon, tue, wed]}")
            .replacingOccurrences(of: "address: \"Am Markt 20, 28195 Bremen\"}",
                                  with: "address: \"Am Markt 20, 28195 Bremen\", available: [{start: 2027-03-01, end: 2027-04-30}]}")
        #expect(scenario.contains("weekdays: [mon, tue, wed]") && scenario.contains("available: [{start"))
        try runner.write(scenario, to: "net.yaml")
        #expect(try runner.run("plan", "net.yaml", "--out", "result").status == 0)
        // The scenario words plan and check from the command line too.
        let checked = try runner.run("check", "net.yaml", "result/plan.json")
        #expect(checked.status == 0, "\(checked.stdout)")
        let invited = try runner.run("invite", "1", "--out", "inv")
        #expect(invited.status == 0, "\(invited.stderr)")
        #expect(invited.stderr.contains("wrote 8 files into inv: 4 invitations, 0 updates, 0 cancellations"))
        let names = try FileManager.default.contentsOfDirectory(atPath: runner.folder.appendingPathComponent("inv").path).sorted()
        #expect(names == ["kooperation-1.eml", "kooperation-1.ics", "kooperation-2.eml", "kooperation-2.ics",
                          "monitoring-1.eml", "monitoring-1.ics", "monitoring-2.eml", "monitoring-2.ics"])
        let ics = try String(contentsOf: runner.folder.appendingPathComponent("inv/monitoring-1.ics"), encoding: .utf8)
        #expect(ics.contains("METHOD:REQUEST\r\n") && ics.contains("mailto:eva@bremen.example"))

        #expect(try runner.run("adopt", "1").status == 0)
        let plan = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: runner.folder.appendingPathComponent("result/plan.json"))) as? [String: Any])
        let moved = try #require((plan["meetings"] as? [[String: Any]])?.first { $0["fixed"] as? Bool == false })
        let venue = try #require(moved["venue"] as? String), day = try #require((moved["dates"] as? [String])?.first)
        try runner.write(scenario.replacingOccurrences(of: "{id: \(venue),", with: "{id: \(venue), unavailable: [\(day)],"),
                         to: "net.yaml")
        #expect(try runner.run("replan", "net.yaml", "--out", "result").status == 0)
        let again = try runner.run("invite", "2", "--out", "inv2", "--lang", "en")
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stderr.contains("wrote 2 files into inv2: 0 invitations, 1 updates, 0 cancellations, 3 meetings unchanged"))
        let updated = try #require(try FileManager.default.contentsOfDirectory(
            atPath: runner.folder.appendingPathComponent("inv2").path).first { $0.hasSuffix(".ics") })
        let update = try String(contentsOf: runner.folder.appendingPathComponent("inv2/\(updated)"), encoding: .utf8)
        #expect(update.contains("SEQUENCE:1\r\n"))
        #expect(try runner.run("invite", "2", "--lang", "fr").status == 64)
    }
}
