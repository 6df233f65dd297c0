import ArgumentParser
import Treffpunkt

@main
struct TreffpunktCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "treffpunkt",
        abstract: "Plans the yearly meetings of a network's topic groups.",
        subcommands: [
            ValidateCommand.self, PlanCommand.self, ReplanCommand.self, CheckCommand.self, PlansCommand.self,
            ShowCommand.self, DiffCommand.self, AdoptCommand.self, ExportCommand.self, HolidaysCommand.self,
        ]
    )
}
