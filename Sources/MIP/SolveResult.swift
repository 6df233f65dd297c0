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
    /// Called when a run enters a phase (on the solving thread), for `--progress`.
    public var onPhase: (@Sendable (SolvePhase) -> Void)?
    /// Called as each family of rows is built, with its name (e.g. "H5 venue occupancy"), so
    /// that a run stopped for memory can say which rule made the model large.
    public var onRuleFamily: (@Sendable (String) -> Void)?
    /// Seconds after which a search that has found no solution yet gives up (as at the time
    /// limit), so that the caller can try another way in the time left; nil for none.
    public var firstSolutionWithin: Double?

    public init(timeLimit: Double? = nil, relativeGap: Double = 0, onProgress: (@Sendable (SolveProgress) -> Void)? = nil,
                shouldStop: (@Sendable () -> Bool)? = nil) {
        self.timeLimit = timeLimit
        self.relativeGap = relativeGap
        self.onProgress = onProgress
        self.shouldStop = shouldStop
    }
}

/// The phases of a run, in order; each reported once as it begins.
public enum SolvePhase: String, Sendable {
    /// Generating the options and the rows of the model.
    case building = "model: building"
    /// Which venues host each topic, before the days (the hosting relaxation and its days models).
    case hosts = "solving: hosts first"
    /// The linear relaxation at the root.
    case relaxation = "solving: relaxation"
    /// Branch and bound from the root, with the diving heuristic.
    case search = "solving: branch and bound"
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
        /// GLPK could not finish (numerical trouble or a bug); the error's description says what happened.
        case failed(GLPKError)
    }

    public enum StopReason: Sendable, Equatable {
        case timeLimit, gapReached, interrupted
    }

    public var status: Status
    /// Value of every variable, by `Variable.index`; present for optimal and feasible.
    private(set) var values: [Double]?
    public var objectiveValue: Double?
    /// Proven lower bound on the optimum.
    public var bound: Double?
    public var nodes: Int
    public var seconds: Double

    init(status: Status, values: [Double]?, objectiveValue: Double?, bound: Double?, nodes: Int, seconds: Double) {
        self.status = status
        self.values = values
        self.objectiveValue = objectiveValue
        self.bound = bound
        self.nodes = nodes
        self.seconds = seconds
    }

    /// A run stopped before the solver started, e.g. while its model was being built.
    public static func stopped(_ reason: StopReason, seconds: Double) -> SolveResult {
        SolveResult(status: .noSolution(reason), values: nil, objectiveValue: nil, bound: nil, nodes: 0, seconds: seconds)
    }

    /// Whether the result holds a solution (optimal or feasible).
    public var hasSolution: Bool { values != nil }

    /// The value of one variable in the solution.
    public func value(of variable: Variable) -> Double {
        guard let values else { preconditionFailure("no solution to read") }
        precondition(variable.index >= 0 && variable.index < values.count, "variable from another model")
        return values[variable.index]
    }

    /// Whether a binary or integer variable is at least 1 in the solution.
    public func isSet(_ variable: Variable) -> Bool {
        value(of: variable) > 0.5
    }

    /// Turns the result into a failure and drops its solution, e.g. when a check of the
    /// solution against the rules it was built from finds it wrong.
    public mutating func fail(_ error: GLPKError) {
        discardSolution(becoming: .failed(error))
    }

    /// Drops the solution, e.g. one found before a stop that breaks a rule not yet in the model.
    public mutating func discardSolution(becoming status: Status) {
        self.status = status
        values = nil
        objectiveValue = nil
    }
}
