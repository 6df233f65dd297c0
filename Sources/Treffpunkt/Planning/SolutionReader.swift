import Foundation
import MIP

/// Reads the plan out of a solved `PlanningModel`: the taken options become numbered
/// meetings with local times, and the objective's terms are summed from them.
struct SolutionReader {
    /// Nil only when the changes term of a re-plan could not be computed.
    let plan: Plan?

    /// `seconds` and `nodes` cover every round of the solve.
    init(_ planning: PlanningModel, result: SolveResult, seconds: Double, nodes: Int, replan: ReplanReference? = nil) {
        let taken = planning.options.indices.filter { result.isSet(planning.host[$0]) }
        self.init(planning.index, chosen: taken.map { planning.options[$0] }, costs: taken.map { planning.costs[$0] },
                  proven: result.status == .optimal, bound: result.bound, seconds: seconds, nodes: nodes, replan: replan)
    }

    /// The plan of `chosen` options (one period) with their costs in `index`'s scenario;
    /// `bound` is the solver's proven lower bound, if any.
    init(_ index: ScenarioIndex, chosen: [MeetingOption], costs: [MeetingCosts], proven solverProven: Bool,
         bound: Double?, seconds: Double, nodes: Int, replan: ReplanReference? = nil) {
        let scenario = index.scenario
        let timeZone = TimeZone(identifier: scenario.timeZone) ?? TimeZone(secondsFromGMT: 0)!

        // Numbers follow the first day within each topic, ties by venue id.
        var numbers: [Int: Int] = [:]
        for (_, group) in Dictionary(grouping: chosen.indices, by: { chosen[$0].topic }) {
            let ordered = group.sorted {
                let (a, b) = (chosen[$0], chosen[$1])
                return (a.firstDay, scenario.venues[a.venue].id) < (b.firstDay, scenario.venues[b.venue].id)
            }
            for (position, option) in ordered.enumerated() { numbers[option] = position + 1 }
        }

        let meetings = chosen.indices.sorted {
            let (a, b) = (chosen[$0], chosen[$1])
            return (a.firstDay, a.topic, numbers[$0]!) < (b.firstDay, b.topic, numbers[$1]!)
        }.map { position in
            let option = chosen[position]
            let topic = scenario.topics[option.topic]
            let format = index.format(of: topic)
            return Plan.Meeting(
                topic, format: format, number: numbers[position]!, venue: scenario.venues[option.venue], firstDay: option.firstDay,
                timeZone: timeZone,
                fixed: option.isFixed && !(replan?.frozenOnly.contains(PlanningModel.place(of: option, index)) ?? false))
        }
        var changes: Double?
        if let replan {
            changes = PlanningModel.changesTerm(replan, taken: chosen, index: index)
            if changes == nil {
                plan = nil
                return
            }
        }

        let weights = scenario.rules.weights
        let hostings = Dictionary(grouping: chosen, by: \.city).values.map(\.count)
        let terms = ObjectiveTerms(
            travel: weights.travel * costs.map(\.travel).reduce(0, +),
            venueCost: weights.venueCost * costs.map(\.venueCost).reduce(0, +),
            rotation: weights.rotation * costs.map(\.rotation).reduce(0, +),
            balance: weights.balance * Double(hostings.map { max(0, $0 - 1) }.reduce(0, +)),
            offers: weights.offers * costs.map(\.offers).reduce(0, +),
            changes: changes)
        // Optimal when the solver proved it, or when its bound meets the plan's total (a stop
        // at the requested gap can end there); otherwise the solver's bound stands.
        let solverBound = min(terms.total, bound ?? -.infinity)
        let proven = solverProven || relativeGap(of: terms.total, bound: solverBound) <= 1e-9
        let status: Plan.Status = proven ? .optimal : .feasible
        plan = Plan(
            scenario: Plan.ScenarioReference(name: scenario.name, file: scenario.source.file, sha256: scenario.source.sha256),
            period: Plan.Period(scenario.period),
            status: status,
            objective: Plan.Objective(terms: terms, bound: proven ? terms.total : solverBound),
            solver: Plan.SolverReport(name: "glpk", version: GLPKSolver.version, seconds: seconds, nodes: nodes),
            meetings: meetings)
    }
}
