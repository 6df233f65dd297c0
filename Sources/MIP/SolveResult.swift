/// How to run a solve.
public struct SolveOptions: Sendable {
    /// Wall-clock limit in seconds for the whole solve; nil for none.
    public var timeLimit: Double?
    /// Stop once the proven relative gap is at most this.
    public var relativeGap: Double
    /// Called now and then with the state of the search (on the solving thread).
    public var onProgress: (@Sendable (SolveProgress) -> Void)?
    /// Polled during the search; returning true stops it like the time limit does.
    public var shouldStop: (@Sendable () -> Bool)?

    public init(timeLimit: Double? = nil, relativeGap: Double = 0, onProgress: (@Sendable (SolveProgress) -> Void)? = nil,
                shouldStop: (@Sendable () -> Bool)? = nil) {
        self.timeLimit = timeLimit
        self.relativeGap = relativeGap
        self.onProgress = onProgress
        self.shouldStop = shouldStop
    }
}

/// A snapshot of a running search.
public struct SolveProgress: Sendable {
    public var elapsedSeconds: Double
    /// Objective of the best solution so far.
    public var incumbent: Double?
    /// Proven lower bound.
    public var bound: Double?
    public var nodes: Int

    /// |incumbent − bound| / max(1, |incumbent|).
    public var gap: Double? {
        guard let incumbent, let bound else { return nil }
        return relativeGap(of: incumbent, bound: bound)
    }
}

/// The outcome of a solve.
public struct SolveResult: Sendable {
    public enum Status: Sendable, Equatable {
        /// Optimality proven.
        case optimal
        /// A solution, search stopped early.
        case feasible(StopReason)
        /// No solution exists.
        case infeasible
        /// The objective can decrease without limit.
        case unbounded
        /// Stopped before any solution was found.
        case noSolution(StopReason)
        /// GLPK could not finish (numerical trouble); the sentence says what happened.
        case failed(String)
    }

    public enum StopReason: Sendable, Equatable {
        case timeLimit, gapReached, interrupted
    }

    public var status: Status
    /// Value of every variable, by `Variable.index`; present for optimal and feasible.
    public var values: [Double]?
    public var objectiveValue: Double?
    /// Proven lower bound on the optimum.
    public var bound: Double?
    public var nodes: Int
    public var seconds: Double

    /// The value of one variable in the solution.
    public func value(_ variable: Variable) -> Double {
        guard let values else { preconditionFailure("no solution to read") }
        return values[variable.index]
    }

    /// Whether a binary or integer variable is at least 1 in the solution.
    public func isSet(_ variable: Variable) -> Bool {
        value(variable) > 0.5
    }
}
