import ArgumentParser
import PlanStore
import Treffpunkt

struct DiffCommand: ParsableCommand, ChoosesLanguage {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Lists what changed from stored plan A to stored plan B: meetings moved (date, city, venue), added and dropped."
    )

    @Argument(help: "The earlier plan's id.")
    var before: Int64

    @Argument(help: "The later plan's id.")
    var after: Int64

    @OptionGroup var store: StoreLocation

    @Flag(help: "Print the changes as JSON.")
    var json = false

    @OptionGroup var language: LanguageOption

    func run() throws {
        let opened = try store.open(access: .read)
        let earlier = try opened.plan(before)
        let later = try opened.plan(after)
        let diff = PlanDiff(before: earlier.plan, after: later.plan)
        if json {
            print(diff.json.text())
        } else {
            print("plan \(before) → plan \(after):")
            print(diff.render(names: try later.scenario(), messages: OutputLanguage.messages), terminator: "")
        }
    }
}
