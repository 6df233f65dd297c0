import Foundation
import MIP

/// Turns a scenario into the best plan: generates the meeting options, explains at once
/// what makes a scenario infeasible where a single topic shows it, builds the model,
/// solves it with GLPK and reads the plan back.
public struct Planner: Sendable {
    public var solveOptions: SolveOptions

    public init(solveOptions: SolveOptions = SolveOptions()) {
        self.solveOptions = solveOptions
    }

    /// A single year's plan, or why there is none.
    public typealias Outcome = PlanningOutcome<Plan>

    /// Size of the model the planner solved last, for reports and benchmarks.
    public struct ModelSize: Sendable {
        public var variables: Int
        public var constraints: Int
    }

    /// What a planning run produced, with the size of the model it solved (none when the
    /// scenario was shown infeasible before building one).
    public struct Run: Sendable {
        public var outcome: Outcome
        public var modelSize: ModelSize?
    }

    public func plan(_ scenario: Scenario) -> Run {
        run(scenario, replan: nil)
    }

    /// The best plan for a possibly edited scenario that changes the reference plan least.
    ///
    /// Reference meetings whose first day is before `freezeBefore` stay exactly as they are and
    /// no other meeting starts before that day (except the scenario's own fixed meetings). Every
    /// later reference meeting that the new plan moves or drops costs, in the objective term
    /// `changes`, `change_day` per day its first day moves, plus `change_venue` at another venue
    /// of its city, or `change_city` when no meeting of its topic in its city carries it on.
    public func replan(_ scenario: Scenario, reference: Plan, freezeBefore: Day?) -> Run {
        switch ReplanReference.make(scenario, reference: reference, freezeBefore: freezeBefore) {
        case .success(let (replan, edited)):
            return run(edited, replan: replan)
        case .failure(let unplaceable):
            return Run(outcome: .infeasible(unplaceable.reasons), modelSize: nil)
        }
    }

    private func run(_ scenario: Scenario, replan: ReplanReference?) -> Run {
        let deadline = solveOptions.timeLimit.map { Date().addingTimeInterval($0) }
        let index = ScenarioIndex(scenario)
        let closedDays = ClosedDays(rules: scenario.calendar, cities: scenario.cities, period: scenario.period)
        var generated = MeetingOptions(index, closedDays: closedDays)
        if let freezeBefore = replan?.freezeBefore {
            // Before the freeze day only decided meetings (fixed or frozen) take place.
            generated.options.removeAll { !$0.isFixed && $0.firstDay < freezeBefore }
        }
        let explainer = InfeasibilityExplainer(index: index, generated: generated, planner: self)
        let reasons = explainer.reasonsBeforeSolving()
        if !reasons.isEmpty { return Run(outcome: .infeasible(reasons), modelSize: nil) }

        let solved = solve(index, options: generated.options, replan: replan)
        let size = ModelSize(variables: solved.planning.model.variables.count, constraints: solved.planning.model.rows.count)
        switch solved.result.status {
        case .optimal, .feasible:
            let reader = SolutionReader(solved.planning, result: solved.result, seconds: solved.seconds, nodes: solved.nodes,
                                        replan: replan)
            guard let plan = reader.plan else {
                return Run(outcome: .solverFailed("the changes term of the solution could not be computed"), modelSize: size)
            }
            return Run(outcome: .planned(plan), modelSize: size)
        case .infeasible, .unbounded:
            return Run(outcome: .infeasible(explainer.reasonsAfterSolving(deadline: deadline)), modelSize: size)
        case .noSolution(let reason):
            return Run(outcome: .noPlanFound(reason), modelSize: size)
        case .failed(let reason):
            return Run(outcome: .solverFailed(reason), modelSize: size)
        }
    }

    /// A solve of the planning model, possibly over several rounds.
    struct Solved {
        var planning: PlanningModel
        var result: SolveResult
        var seconds: Double
        var nodes: Int
    }

    /// Solves the model of `options` (for `topics`, all by default; with the changes term of a
    /// re-plan; over `years` when given).
    ///
    /// The `max_gap_days` rule joins the model lazily: each round solves the model with
    /// the windows found broken so far, and a solution that keeps every gap ends the loop.
    /// Each round's model is a relaxation of the full one, so its bound stays valid and an
    /// optimal solution that keeps every gap is optimal for the full model.
    func solve(_ index: ScenarioIndex, options: [MeetingOption], topics: [Int]? = nil,
               replan: ReplanReference? = nil, years: PlanningYears? = nil) -> Solved {
        let started = Date()
        var windows: [MaxGapWindow] = []
        var nodes = 0
        while true {
            var roundOptions = solveOptions
            if let limit = solveOptions.timeLimit {
                roundOptions.timeLimit = max(0.001, limit - Date().timeIntervalSince(started))
            }
            let planning = PlanningModel(index, options: options, topics: topics, maxGapWindows: windows, replan: replan,
                                         years: years)
            var result = GLPKSolver(options: roundOptions).solve(planning.model)
            nodes += result.nodes
            let seconds = Date().timeIntervalSince(started)
            guard let values = result.values else {
                return Solved(planning: planning, result: result, seconds: seconds, nodes: nodes)
            }
            let taken = planning.options.indices.filter { values[planning.host[$0].index] > 0.5 }
            let broken = planning.brokenMaxGapWindows(taken: taken)
            if broken.isEmpty {
                return Solved(planning: planning, result: result, seconds: seconds, nodes: nodes)
            }
            if case .feasible(let reason) = result.status, reason != .gapReached {
                // Stopped by time or Ctrl-C with a solution that breaks a gap: no valid plan.
                result.status = .noSolution(reason)
                result.values = nil
                return Solved(planning: planning, result: result, seconds: seconds, nodes: nodes)
            }
            let new = broken.filter { !windows.contains($0) }
            guard !new.isEmpty else {
                // The solver broke a window that is already in the model: numerical trouble.
                result.status = .failed("a solution broke a max_gap_days row of its own model")
                result.values = nil
                return Solved(planning: planning, result: result, seconds: seconds, nodes: nodes)
            }
            windows += new
        }
    }
}
