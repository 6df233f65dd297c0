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

    public enum Outcome: Sendable {
        /// A plan: optimal or, when the search stopped early, feasible with its gap.
        case plan(Plan)
        /// No plan satisfies the hard rules; each reason is a sentence for planners.
        case infeasible([String])
        /// The search stopped (time limit or interruption) before it found any plan.
        case noPlanFound(SolveResult.StopReason)
    }

    /// Size of the model the planner built, for reports and benchmarks.
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
        let index = ScenarioIndex(scenario)
        let closedDays = ClosedDays(rules: scenario.calendar, cities: scenario.cities, period: scenario.period)
        let generated = MeetingOptions(index, closedDays: closedDays)
        let reasons = InfeasibilityExplainer(index: index, generated: generated).reasonsBeforeSolving()
        if !reasons.isEmpty { return Run(outcome: .infeasible(reasons), modelSize: nil) }

        let planning = PlanningModel(index, options: generated.options)
        let size = ModelSize(variables: planning.model.variables.count, constraints: planning.model.rows.count)
        let result = GLPKSolver(options: solveOptions).solve(planning.model)
        switch result.status {
        case .optimal, .feasible:
            return Run(outcome: .plan(SolutionReader(planning, result: result).plan), modelSize: size)
        case .infeasible, .unbounded:
            let explainer = InfeasibilityExplainer(index: index, generated: generated)
            return Run(outcome: .infeasible(explainer.reasonsAfterSolving(solveOptions)), modelSize: size)
        case .noSolution(let reason):
            return Run(outcome: .noPlanFound(reason), modelSize: size)
        }
    }
}
