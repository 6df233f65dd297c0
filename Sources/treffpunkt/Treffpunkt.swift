import ArgumentParser
import Foundation
import MIP
import Treffpunkt

@main
struct TreffpunktCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "treffpunkt",
        abstract: "Plans the yearly meetings of a network's topic groups.",
        version: "treffpunkt \(Treffpunkt.version) (GLPK \(GLPKSolver.version))",
        subcommands: [
            ValidateCommand.self, PlanCommand.self, ReplanCommand.self, CheckCommand.self, PlansCommand.self,
            ShowCommand.self, DiffCommand.self, AdoptCommand.self, ExportCommand.self, ReportCommand.self, ExplainCommand.self, MoveCommand.self,
            InviteCommand.self, PublishCommand.self,
            HolidaysCommand.self,
        ]
    )

    /// Runs the command; every error becomes its message and exit code in `Diagnostics`.
    static func main() {
        _ = ProgressLine.processStart
        do {
            var command = try parseAsRoot()
            if let choosing = command as? ChoosesLanguage { OutputLanguage.choose(choosing.language.lang) }
            try command.run()
        } catch {
            if let code = Diagnostics.exitCode(reporting: error) { Foundation.exit(code.rawValue) }
            exit(withError: error)
        }
    }
}
