import ArgumentParser
import Treffpunkt

@main
struct TreffpunktCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "treffpunkt",
        abstract: "Plans the yearly meetings of a network's topic groups.",
        subcommands: [
            ValidateCommand.self, PlanCommand.self, CheckCommand.self, PlansCommand.self, ShowCommand.self, AdoptCommand.self,
            ExportCommand.self, HolidaysCommand.self,
        ]
    )
}
