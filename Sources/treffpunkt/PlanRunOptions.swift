import ArgumentParser
import Foundation
import MIP
import Treffpunkt

/// The options `plan` and `replan` share: where results go, the store, the solver's limits.
/// (`--no-store` is `plan`'s alone: a re-plan starts from a stored plan.)
struct PlanRunOptions: ParsableArguments {
    @Option(help: "Folder for plan.json and the calendars (default: out/<scenario file stem>/).")
    var out: String?

    @Option(help: "An earlier calendar.ics to update: unchanged meetings keep their SEQUENCE, moved ones get the next, vanished ones are cancelled.")
    var previous: String?

    @OptionGroup var store: StoreLocation

    @Option(help: "Seconds the solver may run; at the limit the best plan so far is returned with its gap.")
    var timeLimit: Double = 60

    @Option(help: "Stop once the proven relative gap is at most this fraction (0 proves optimality).")
    var gap: Double = 0

    @Option(help: "Stop with exit 4 when the run needs more memory than this many GiB.")
    var maxMemory: Double = 2

    @Flag(help: "Print the plan JSON instead of the table.")
    var json = false

    @Flag(help: "Show solver progress on stderr (default when stderr is a terminal).")
    var progress = false

    @OptionGroup var language: LanguageOption

    func validate() throws {
        guard timeLimit.isFinite, timeLimit > 0 else { throw ValidationError("--time-limit must be a positive number of seconds") }
        guard gap.isFinite, gap >= 0, gap < 1 else { throw ValidationError("--gap must be a fraction in [0, 1)") }
        guard maxMemory.isFinite, maxMemory >= 0.1, maxMemory <= 1024 else {
            throw ValidationError("--max-memory must be a number of GiB from 0.1 to 1024")
        }
    }

    /// The output folder: `--out`, else out/<scenario file stem>/.
    func outputFolder(for scenarioPath: String) -> URL {
        URL(fileURLWithPath: out ?? "out/\(URL(fileURLWithPath: scenarioPath).deletingPathExtension().lastPathComponent)")
    }

    /// Refuses, before any solving, an output folder or store that the run could not write to.
    func verifyDestinations(for scenarioPath: String, storing: Bool) throws {
        try OutputFiles.verifyFolder(outputFolder(for: scenarioPath), option: out)
        if storing { try store.verifyWritable() }
    }

    /// Solver options with the limits, Ctrl-C and progress lines wired up.
    var showsProgress: Bool { progress || isatty(STDERR_FILENO) == 1 }

    var solveOptions: SolveOptions {
        var options = SolveOptions(timeLimit: timeLimit, relativeGap: gap)
        options.shouldStop = { Interrupt.requested.load(ordering: .relaxed) }
        if showsProgress {
            options.onProgress = { printError(ProgressLine.render($0)) }
            options.onPhase = { ProgressLine.phase($0.rawValue) }
        }
        return options
    }
}
