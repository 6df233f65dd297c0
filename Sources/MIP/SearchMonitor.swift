import Foundation

/// Follows a branch-and-bound search from GLPK's callback: remembers the best bound and
/// node count, reports progress, and asks GLPK to stop when the caller wants it to.
///
/// Nothing thrown or trapped here may cross into C, so the monitor only records and
/// calls `terminate()`; the solver reads what it recorded after `glp_intopt` returns.
final class SearchMonitor {
    private let started: Date
    private let deadline: Date?
    /// When a search without a solution by then stops.
    private let firstSolutionDeadline: Date?
    private let options: SolveOptions
    private var lastReport: Date
    private(set) var bestBound: Double?
    private(set) var incumbent: Double?
    private(set) var nodes = 1
    private(set) var wasInterrupted = false
    private var hasDived = false

    init(started: Date, deadline: Date?, firstSolutionDeadline: Date? = nil, options: SolveOptions) {
        self.started = started
        self.deadline = deadline
        self.firstSolutionDeadline = firstSolutionDeadline
        self.options = options
        lastReport = started
    }

    func observe(_ tree: GLPKTree) {
        if !hasDived && tree.wantsRootHeuristic {
            hasDived = true
            _ = tree.diveToIncumbent(deadline: firstSolutionDeadline ?? deadline, shouldStop: options.shouldStop)
        }
        // GLPK reports -DBL_MAX while no node has a bound yet.
        if let bound = tree.bestBound, abs(bound) < 1e300 { bestBound = max(bestBound ?? -.infinity, bound) }
        let previousIncumbent = incumbent
        if let value = tree.incumbent { incumbent = value }
        nodes = max(nodes, tree.nodeCount)
        let now = Date()
        if let onProgress = options.onProgress, incumbent != previousIncumbent || now.timeIntervalSince(lastReport) >= 1 {
            lastReport = now
            onProgress(SolveProgress(elapsedSeconds: now.timeIntervalSince(started), incumbent: incumbent,
                                     bound: bestBound, nodes: nodes))
        }
        if options.shouldStop?() == true {
            wasInterrupted = true
            tree.terminate()
        } else if let firstSolutionDeadline, incumbent == nil, now >= firstSolutionDeadline {
            tree.terminate()
        } else if let deadline, now >= deadline {
            // GLPK checks its own time limit only between nodes; a node's relaxation (or the
            // dive) can run long past it.
            tree.terminate()
        }
    }
}
