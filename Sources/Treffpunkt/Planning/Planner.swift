import Foundation
import MIP

/// Turns a scenario into the best plan: generates the meeting options, explains at once
/// what makes a scenario infeasible where a single topic shows it, builds the model,
/// solves it with GLPK and reads the plan back.
public struct Planner: Sendable {
    public var solveOptions: SolveOptions
    /// Meetings the plan must hold besides the scenario's rules (`explain --instead`).
    public var requirements: [MeetingRequirement] = []
    /// Whether an infeasible model is explained by further solves; off inside those solves.
    var explainsInfeasibility = true

    public init(solveOptions: SolveOptions = SolveOptions(), requirements: [MeetingRequirement] = []) {
        self.solveOptions = solveOptions
        self.requirements = requirements
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
        solveOptions.onPhase?(.building)
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
        let unmatched = requirements.filter { requirement in !generated.options.contains { requirement.matches($0, scenario) } }
        if !unmatched.isEmpty {
            return Run(outcome: .infeasible(unmatched.map { Reason(.reasonNoOption, "\($0.description)") }), modelSize: nil)
        }

        let solved = solveWhole(index, options: generated.options, replan: replan, deadline: deadline)
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
            let reasons = explainsInfeasibility ? explainer.reasonsAfterSolving(deadline: deadline) : []
            return Run(outcome: .infeasible(reasons), modelSize: size)
        case .noSolution(let reason):
            return Run(outcome: .noPlanFound(reason), modelSize: size)
        case .failed(let error):
            return Run(outcome: .solverFailed(error.description), modelSize: size)
        }
    }

    /// A solve of the planning model.
    struct Solved {
        var planning: PlanningModel
        var result: SolveResult
        var seconds: Double
        var nodes: Int
    }

    /// Solves the model of `options` (requiring the meetings of the `counted` topics and years,
    /// all by default; with the changes term of a re-plan; over `years` when given).
    ///
    /// `max_gap_days` joins only when it binds: the first model leaves its rows out; when a
    /// solution breaks a gap, every topic's gap rows (`addMaximumGaps`) join and the model is
    /// solved once more. The first model is a relaxation of the full one, so its bound is valid
    /// and an optimal solution that keeps every gap is optimal. So a year whose gaps do not bind
    /// solves without the chains' heavier LP (the 2018 sample over three years: 2.2 s instead of
    /// 60 s), and one where they bind takes two rounds, not one per broken window (the rounds
    /// that left some networks without a plan, issue 9). A model of at most
    /// `gapRowsUpFrontBelow` options (the topic-by-topic steps of hosts-first planning) has them
    /// from the start: there a second round costs more than the rows (measured with farm-bench,
    /// wall time with/without: 0.84 on the any-weekday realistic year, 0.89 on five 15 × 8 years).
    ///
    /// Building the model counts against the time limit, which ends at `deadline` (by default
    /// the time limit from now), and stops at a stop request. A search without a plan by
    /// `firstSolutionBy` gives up then; so does the first round while gap rows are missing,
    /// since a plan it finds after that could only be kept if it happens to keep every gap.
    /// Models of at most this many options state their `max_gap_days` rows from the start.
    static let gapRowsUpFrontBelow = 5000

    func solve(_ index: ScenarioIndex, options: [MeetingOption], counted: Set<TopicYear>? = nil,
               replan: ReplanReference? = nil, years: PlanningYears? = nil, deadline: Date? = nil,
               firstSolutionBy: Date? = nil) -> Solved {
        let started = Date()
        let deadline = deadline ?? solveOptions.timeLimit.map { started.addingTimeInterval($0) }
        let shouldStop = solveOptions.shouldStop
        let allGapTopics = Set(index.scenario.topics.indices.filter { index.scenario.topics[$0].maxGapDays != nil })
        // A small model (a topic-by-topic step) solves faster with its gap rows than in two rounds.
        var gapTopics = options.count <= Self.gapRowsUpFrontBelow ? allGapTopics : []
        var nodes = 0
        while true {
            let planning = PlanningModel(index, options: options, counted: counted, replan: replan, years: years,
                                         windowRows: .automatic, maxGapTopics: gapTopics, requirements: requirements,
                                         stop: { shouldStop?() == true || deadline.map { Date() >= $0 } == true },
                                         onRuleFamily: { solveOptions.onRuleFamily?($0) })
            if planning.isIncomplete || deadline.map({ Date() >= $0 }) == true {
                let reason: SolveResult.StopReason = shouldStop?() == true ? .interrupted : .timeLimit
                let seconds = Date().timeIntervalSince(started)
                return Solved(planning: planning, result: .stopped(reason, seconds: seconds), seconds: seconds, nodes: nodes)
            }
            var solver = GLPKSolver(options: solveOptions)
            let gapRowsMissing = gapTopics.isEmpty && index.scenario.topics.contains { $0.maxGapDays != nil }
            let roundEnd = gapRowsMissing ? [deadline, firstSolutionBy].compactMap { $0 }.min() : deadline
            if let roundEnd { solver.options.timeLimit = max(0.001, roundEnd.timeIntervalSinceNow) }
            if let firstSolutionBy { solver.options.firstSolutionWithin = max(0.001, firstSolutionBy.timeIntervalSinceNow) }
            var result = solver.solve(planning.model)
            nodes += result.nodes
            let seconds = Date().timeIntervalSince(started)
            guard result.hasSolution else { return Solved(planning: planning, result: result, seconds: seconds, nodes: nodes) }
            let taken = planning.options.indices.filter { result.isSet(planning.host[$0]) }
            let broken = Set(planning.brokenMaxGaps(taken: taken).map(\.topic))
            if broken.isEmpty { return Solved(planning: planning, result: result, seconds: seconds, nodes: nodes) }
            if !broken.isDisjoint(with: gapTopics) {
                // The rows of these gaps are in the model, so only numerical trouble gets here.
                result.fail(.solutionBreaksModel("a max_gap_days row"))
                return Solved(planning: planning, result: result, seconds: seconds, nodes: nodes)
            }
            if case .feasible(let reason) = result.status, reason != .gapReached {
                // Stopped by the time limit or Ctrl-C with only plans that break a gap.
                result.discardSolution(becoming: .noSolution(reason))
                return Solved(planning: planning, result: result, seconds: seconds, nodes: nodes)
            }
            gapTopics = allGapTopics
        }
    }
}
