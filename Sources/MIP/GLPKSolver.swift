import Foundation

/// Solves a `Model` with GLPK: the simplex method on the relaxation, then branch and bound
/// with GLPK's presolver off (measured fastest on Treffpunkt's models; cuts and the
/// feasibility pump only slowed it down).
///
/// A solve runs entirely on the calling thread, since GLPK's state is per thread.
public struct GLPKSolver: Sendable {
    public var options: SolveOptions

    public init(options: SolveOptions = SolveOptions()) {
        self.options = options
    }

    /// GLPK's version, e.g. `5.0`.
    public static var version: String { GLPKProblem.version }

    /// Writes `model` to `path` exactly as `solve` would hand it to GLPK.
    public static func write(_ model: Model, to path: String, format: ModelFileFormat) throws(GLPKError) {
        try GLPKProblem(model).write(to: path, format: format,
                                     names: (model.variables.map(\.name), model.rows.map(\.name)))
    }

    public func solve(_ model: Model) -> SolveResult {
        let started = Date()
        if let limit = options.timeLimit {
            precondition(!limit.isNaN && limit > 0, "time limit must be positive")
        }
        return solve(GLPKProblem(model), started: started)
    }

    /// Solves a loaded problem; the time limit counts from `started`.
    func solve(_ problem: GLPKProblem, started: Date) -> SolveResult {
        // Until the first solution, the search may stop earlier than the time limit.
        let untilFirstSolution = [options.timeLimit, options.firstSolutionWithin].compactMap { $0 }.min()
        func remainingMilliseconds(until limit: Double? = options.timeLimit) -> Int32? {
            guard let limit else { return nil }
            let remaining = (limit - Date().timeIntervalSince(started)) * 1000
            return Int32(max(1, min(Double(Int32.max), remaining)))
        }
        func result(_ status: SolveResult.Status, values: [Double]? = nil, objective: Double? = nil,
                    bound: Double? = nil, nodes: Int = 0) -> SolveResult {
            SolveResult(status: status, values: values, objectiveValue: objective, bound: bound, nodes: nodes,
                        seconds: Date().timeIntervalSince(started))
        }

        if let limit = options.timeLimit, Date().timeIntervalSince(started) >= limit {
            return result(.noSolution(.timeLimit))
        }
        if options.shouldStop?() == true { return result(.noSolution(.interrupted)) }
        options.onPhase?(.relaxation)
        // The root relaxation with GLPK's presolver: on the models with max_gap_days chains
        // it took 12.6 s where the simplex on the whole problem took 28 s (docs/benchmarks.md).
        // The presolved solve leaves an optimal basis; the plain solve after it confirms it
        // (no iterations) and decides on its own whenever the presolved one did not end optimal.
        if case .timeLimit = problem.solveRelaxation(timeLimitMilliseconds: remainingMilliseconds(until: untilFirstSolution), presolve: true) {
            return result(.noSolution(options.shouldStop?() == true ? .interrupted : .timeLimit))
        }
        let relaxationBound: Double
        switch problem.solveRelaxation(timeLimitMilliseconds: remainingMilliseconds(until: untilFirstSolution)) {
        case .optimal(let objective): relaxationBound = objective
        case .infeasible: return result(.infeasible)
        case .unbounded: return result(.unbounded)
        case .timeLimit: return result(.noSolution(options.shouldStop?() == true ? .interrupted : .timeLimit))
        case .failed(let reason): return result(.failed(reason))
        }

        let deadline = options.timeLimit.map { started.addingTimeInterval($0) }
        options.onPhase?(.search)
        let monitor = SearchMonitor(started: started, deadline: deadline,
                                    firstSolutionDeadline: untilFirstSolution.map { started.addingTimeInterval($0) },
                                    options: options)
        let end = problem.solveInteger(timeLimitMilliseconds: remainingMilliseconds(),
                                       relativeGap: options.relativeGap, monitor: monitor)
        // A stop request wins over the time limit it may have raced with.
        let interrupted = monitor.wasInterrupted || options.shouldStop?() == true
        let stopReason: SolveResult.StopReason?
        switch end {
        case .completed: stopReason = nil
        case .timeLimit, .terminated: stopReason = interrupted ? .interrupted : .timeLimit
        case .gapReached: stopReason = .gapReached
        case .failed(let error): return result(.failed(error), nodes: monitor.nodes)
        }

        switch problem.integerStatus {
        case .optimal where stopReason == nil:
            let objective = problem.integerObjective
            return result(.optimal, values: problem.integerValues, objective: objective, bound: objective,
                          nodes: monitor.nodes)
        case .optimal, .feasible:
            let objective = problem.integerObjective
            // The best active node's bound, never weaker than the relaxation, never above the incumbent.
            let bound = min(objective, max(relaxationBound, monitor.bestBound ?? relaxationBound))
            return result(.feasible(stopReason ?? .gapReached), values: problem.integerValues, objective: objective,
                          bound: bound, nodes: monitor.nodes)
        case .infeasible:
            return result(.infeasible, nodes: monitor.nodes)
        case .undefined:
            return result(.noSolution(stopReason ?? .timeLimit), bound: monitor.bestBound ?? relaxationBound,
                          nodes: monitor.nodes)
        }
    }
}
