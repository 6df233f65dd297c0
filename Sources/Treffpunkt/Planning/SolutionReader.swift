import Foundation
import MIP

/// Reads the plan out of a solved `PlanningModel`: the taken options become numbered
/// meetings with local times, and the objective's terms are summed from them.
struct SolutionReader {
    /// Nil only when the changes term of a re-plan could not be computed.
    let plan: Plan?

    /// `seconds` and `nodes` cover every round of the solve.
    init(_ planning: PlanningModel, result: SolveResult, seconds: Double, nodes: Int, replan: ReplanReference? = nil) {
        let scenario = planning.index.scenario
        let taken = planning.options.indices.filter { result.isSet(planning.host[$0]) }
        let timeZone = TimeZone(identifier: scenario.timeZone) ?? TimeZone(secondsFromGMT: 0)!

        // Numbers follow the first day within each topic, ties by venue id.
        var numbers: [Int: Int] = [:]
        for (_, group) in Dictionary(grouping: taken, by: { planning.options[$0].topic }) {
            let ordered = group.sorted {
                let (a, b) = (planning.options[$0], planning.options[$1])
                return (a.firstDay, scenario.venues[a.venue].id) < (b.firstDay, scenario.venues[b.venue].id)
            }
            for (position, option) in ordered.enumerated() { numbers[option] = position + 1 }
        }

        let meetings = taken.sorted {
            let (a, b) = (planning.options[$0], planning.options[$1])
            return (a.firstDay, a.topic, numbers[$0]!) < (b.firstDay, b.topic, numbers[$1]!)
        }.map { optionIndex in
            let option = planning.options[optionIndex]
            let topic = scenario.topics[option.topic]
            let format = planning.index.format(of: topic)
            return Plan.Meeting(
                topic: topic.id, number: numbers[optionIndex]!, city: scenario.cities[option.city].id,
                venue: scenario.venues[option.venue].id,
                start: LocalTime.timestamp(option.firstDay, format.startTime, in: timeZone),
                end: LocalTime.timestamp(option.lastDay, format.endTime, in: timeZone),
                dates: option.days.map(\.description),
                registrationDeadline: option.firstDay.advanced(by: -format.registrationDays).description,
                staff: topic.staff,
                fixed: option.isFixed && !(replan?.frozenOnly.contains(PlanningModel.place(of: option, planning.index)) ?? false))
        }
        var changes: Double?
        if let replan {
            changes = PlanningModel.changesTerm(replan, taken: taken.map { planning.options[$0] }, index: planning.index)
            if changes == nil {
                plan = nil
                return
            }
        }

        let weights = scenario.rules.weights
        let chosenCosts = taken.map { planning.costs[$0] }
        let hostings = Dictionary(grouping: taken, by: { planning.options[$0].city }).values.map(\.count)
        let terms = ObjectiveTerms(
            travel: weights.travel * chosenCosts.map(\.travel).reduce(0, +),
            venueCost: weights.venueCost * chosenCosts.map(\.venueCost).reduce(0, +),
            rotation: weights.rotation * chosenCosts.map(\.rotation).reduce(0, +),
            balance: weights.balance * Double(hostings.map { max(0, $0 - 1) }.reduce(0, +)),
            offers: weights.offers * chosenCosts.map(\.offers).reduce(0, +),
            changes: changes)
        // Optimal when the solver proved it, or when its bound meets the plan's total (a stop
        // at the requested gap can end there); otherwise the solver's bound stands.
        let solverBound = min(terms.total, result.bound ?? -.infinity)
        let proven = result.status == .optimal || abs(terms.total - solverBound) / max(1, abs(terms.total)) <= 1e-9
        let status: Plan.Status = proven ? .optimal : .feasible
        let bound = proven ? terms.total : solverBound
        plan = Plan(
            scenario: Plan.ScenarioReference(name: scenario.name, file: scenario.source.file, sha256: scenario.source.sha256),
            period: Plan.Period(start: scenario.period.lowerBound.description, end: scenario.period.upperBound.description),
            status: status,
            objective: Plan.Objective(terms: terms, bound: bound),
            solver: Plan.SolverReport(name: "glpk", version: GLPKSolver.version, seconds: seconds, nodes: nodes),
            meetings: meetings)
    }
}
