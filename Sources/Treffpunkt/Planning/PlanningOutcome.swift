import MIP

/// How planning ended: with what was planned, or why there is nothing. One type for a single
/// year (`Planned` is a `Plan`), several years (`[YearPlan]`) and a whole planning run.
public enum PlanningOutcome<Planned: Sendable>: Sendable {
    /// Plans: optimal or, when the search stopped early, feasible with their gap.
    case planned(Planned)
    /// No plan satisfies the hard rules; each reason is a sentence for planners.
    case infeasible([Reason])
    /// The search stopped (time limit or interruption) before it found any plan.
    case noPlanFound(SolveResult.StopReason)
    /// The solver could not finish: a bug or numerical trouble, worth reporting.
    case solverFailed(String)

    /// The same ending with the planned result transformed.
    func map<Other>(_ transform: (Planned) throws -> Other) rethrows -> PlanningOutcome<Other> {
        switch self {
        case .planned(let planned): .planned(try transform(planned))
        case .infeasible(let reasons): .infeasible(reasons)
        case .noPlanFound(let reason): .noPlanFound(reason)
        case .solverFailed(let reason): .solverFailed(reason)
        }
    }

    /// What was planned, if anything.
    public var planned: Planned? {
        if case .planned(let planned) = self { return planned }
        return nil
    }
}
