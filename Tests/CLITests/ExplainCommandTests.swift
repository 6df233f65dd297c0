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

        let instead = try runner.run("explain", "net.yaml", "result/plan.json", "monitoring#1", "--instead", "berlin", "--json")
        #expect(instead.status == 0, "\(instead.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(instead.stdout.utf8)) as? [String: Any])
        let alternative = try #require((json["alternatives"] as? [[String: Any]])?.first)
        #expect((alternative["meeting"] as? [String: Any])?["city"] as? String == "berlin")
        #expect(alternative["extra_cost"] is Double)
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
}
