import ArgumentParser
import PlanStore
import Treffpunkt

struct ShowCommand: ParsableCommand, ChoosesLanguage {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Prints a stored plan as `plan` does: the table, or the plan JSON with --json."
    )

    @Argument(help: "The plan's id (see `treffpunkt plans`).")
    var id: Int64

    @OptionGroup var store: StoreLocation

    @OptionGroup var language: LanguageOption

    @Flag(help: "Print the plan JSON instead of the table.")
    var json = false

    func run() throws {
        let stored = try store.open(access: .read).plan(id)
        if !stored.brokenRules.isEmpty {
            let count = stored.brokenRules.count
            printError("plan \(id) breaks \(count) hard \(count == 1 ? "rule" : "rules") (stored with move --force) and cannot be adopted:")
            for rule in stored.brokenRules { printError("  \(rule)") }
        }
        if json {
            print(stored.plan.json.text())
            return
        }
        print(PlanTable.render(stored.plan, scenario: try stored.scenario(), messages: OutputLanguage.messages))
        let adopted = stored.adopted ? ", adopted" : ""
        printError("plan \(id): \(stored.kind.rawValue) of \(stored.createdAt)\(adopted)"
            + (stored.derivedFrom.map { ", re-planned from plan \($0)" } ?? ""))
    }
}
