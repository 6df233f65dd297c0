import Foundation
import Testing

/// `plan` on the 2016 sample in German and in English, against committed golden files. The
/// solver's seconds and node count vary from run to run and are masked; everything else must
/// match. `TREFFPUNKT_UPDATE_GOLDEN=1 swift test --filter GoldenOutputTests` writes the files anew.
@Suite struct GoldenOutputTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    @Test(arguments: ["de", "en"])
    func planPrintsTheGoldenTable(language: String) throws {
        let runner = try CommandRunner()
        let scenario = CommandRunner.repository.appendingPathComponent("scenarios/grossstadtnetzwerk-2016.yaml").path
        let output = try runner.run("plan", scenario, "--no-store", "--lang", language, "--out", "out")
        #expect(output.status == 0, "\(output.stderr)")
        let masked = Self.masked(output.stdout)
        let golden = Self.folder.appendingPathComponent("plan-2016.\(language).txt")
        if ProcessInfo.processInfo.environment["TREFFPUNKT_UPDATE_GOLDEN"] == "1" {
            try Data(masked.utf8).write(to: golden)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(masked == expected)
        // The plan file is the same whatever the language.
        #expect(runner.exists("out/plan.json"))
    }

    @Test func theTwoLanguagesDifferOnlyInWordsNotInThePlan() throws {
        let german = try String(contentsOf: Self.folder.appendingPathComponent("plan-2016.de.txt"), encoding: .utf8)
        let english = try String(contentsOf: Self.folder.appendingPathComponent("plan-2016.en.txt"), encoding: .utf8)
        #expect(german.hasPrefix("Fachgruppe") && english.hasPrefix("Topic"))
        #expect(german.contains("Mo–Di") || german.contains("Di–Mi") || german.contains("Mi–Do"))
        #expect(german.split(separator: "\n").count == english.split(separator: "\n").count)
    }

    /// `1,37 s, 2 Knoten` / `1.37 s, 2 nodes` → `… s, … Knoten`.
    static func masked(_ text: String) -> String {
        text.replacing(#/[0-9][0-9.,]* s, [0-9]+ (nodes|Knoten)\)/#) { match in "… s, … \(match.output.1))" }
    }
}
