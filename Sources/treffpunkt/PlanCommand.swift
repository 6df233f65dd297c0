import ArgumentParser
import Foundation
import MIP
import Synchronization
import Treffpunkt

/// Set by Ctrl-C during a solve; the search then stops like at the time limit.
let interruptRequested = Atomic<Bool>(false)

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Finds the best plan for a scenario, proves how good it is and writes plan.json.",
        discussion: "Ctrl-C during the solve stops it and returns the best plan found so far."
    )

    @Argument(help: "The scenario file (treffpunkt/1 YAML).")
    var scenario: String

    @Option(help: "Folder for plan.json and the calendars (default: out/<scenario file stem>/).")
    var out: String?

    @Option(help: "An earlier calendar.ics to update: unchanged meetings keep their SEQUENCE, moved ones get the next, vanished ones are cancelled.")
    var previous: String?

    @Option(help: "Plan store file (default: treffpunkt.sqlite or $TREFFPUNKT_DB). The store arrives with a later release; the option is accepted now.")
    var db: String?

    @Flag(help: "Neither read nor write the plan store.")
    var noStore = false

    @Option(help: "Seconds the solver may run; at the limit the best plan so far is returned with its gap.")
    var timeLimit: Double = 60

    @Option(help: "Stop once the proven relative gap is at most this fraction (0 proves optimality).")
    var gap: Double = 0

    @Flag(help: "Print the plan JSON instead of the table.")
    var json = false

    @Flag(help: "Show solver progress on stderr (default when stderr is a terminal).")
    var progress = false

    func validate() throws {
        guard timeLimit.isFinite, timeLimit > 0 else { throw ValidationError("--time-limit must be a positive number of seconds") }
        guard gap.isFinite, gap >= 0, gap < 1 else { throw ValidationError("--gap must be a fraction in [0, 1)") }
    }

    func run() throws {
        let loaded = try loadScenario(scenario)
        let earlier = try previous.map(OutputFiles.readPrevious)
        let outputFolder = URL(fileURLWithPath: out ?? "out/\(URL(fileURLWithPath: scenario).deletingPathExtension().lastPathComponent)")

        var options = SolveOptions(timeLimit: timeLimit, relativeGap: gap)
        options.shouldStop = { interruptRequested.load(ordering: .relaxed) }
        if progress || isatty(STDERR_FILENO) == 1 {
            options.onProgress = { printError(ProgressLine.render($0)) }
        }
        signal(SIGINT) { _ in interruptRequested.store(true, ordering: .relaxed) }
        let run = Planner(solveOptions: options).plan(loaded)
        signal(SIGINT, SIG_DFL)
        if let size = run.modelSize, options.onProgress != nil {
            printError("model: \(size.variables) variables, \(size.constraints) constraints")
        }

        switch run.outcome {
        case .plan(let plan):
            try OutputFiles.write(plan.jsonData, to: outputFolder.appendingPathComponent("plan.json"))
            let calendarCount = try OutputFiles.writeCalendars(of: plan, scenario: loaded, previous: earlier, into: outputFolder)
            if json {
                print(plan.json.text())
            } else {
                print(PlanTable.render(plan, scenario: loaded))
            }
            if plan.status == .feasible {
                printError("note: the plan is not proven optimal (gap \(PlanTable.format(plan.objective.gap * 100))%)")
            }
            printError("wrote \(outputFolder.appendingPathComponent("plan.json").relativePath)")
            printError("wrote \(calendarCount) calendars into \(outputFolder.relativePath)")
        case .infeasible(let reasons):
            printError("infeasible: no plan satisfies the hard rules of \(scenario):")
            for reason in reasons { printError("  - \(reason)") }
            throw ExitStatus.infeasible
        case .noPlanFound(let reason):
            let why = switch reason {
            case .interrupted: "interrupted"
            case .timeLimit, .gapReached: "the time limit of \(PlanTable.format(timeLimit)) s passed"
            }
            printError("no plan found: \(why) before the solver found any plan; try a longer --time-limit")
            throw ExitStatus.noPlanInTime
        case .solverFailed(let reason):
            printError("error: the solver failed: \(reason); please report this with the scenario")
            throw ExitStatus.internalError
        }
    }
}

/// One line of solver progress: elapsed time, incumbent, bound, gap, nodes.
enum ProgressLine {
    static func render(_ progress: SolveProgress) -> String {
        let incumbent = progress.incumbent.map(PlanTable.format) ?? "–"
        let bound = progress.bound.map(PlanTable.format) ?? "–"
        let gap = progress.gap.map { PlanTable.format($0 * 100) + "%" } ?? "–"
        return "[\(PlanTable.format(progress.elapsedSeconds)) s] incumbent \(incumbent)  bound \(bound)  gap \(gap)  nodes \(progress.nodes)"
    }
}
