import ArgumentParser
import Foundation
import MIP
import Treffpunkt

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Finds the best plan for a scenario, proves how good it is, stores it and writes plan.json.",
        discussion: "The meetings of plans adopted in the store count as history for rotation. Ctrl-C during the solve stops it and returns the best plan found so far."
    )

    @Argument(help: "The scenario file (treffpunkt/1 YAML).")
    var scenario: String

    @OptionGroup var options: PlanRunOptions

    func run() throws {
        let session = try PlanningSession(scenarioPath: scenario, options: options)
        let earlier = try options.previous.map(OutputFiles.readPrevious)
        let solved = session.solve { $0.plan(session.scenario) }
        let plan = try session.store(try session.plan(of: solved))
        try session.write(plan, into: options.outputFolder(for: scenario), previous: earlier)
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
