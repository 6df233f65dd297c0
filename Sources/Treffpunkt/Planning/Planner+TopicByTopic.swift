import Foundation
import MIP

extension Planner {
    /// Share of the time limit the whole model gets to find its first plan before the
    /// topic-by-topic plan takes over.
    static let firstSolutionShare = 0.5

    /// Relative gap at which a step of the topic-by-topic plan stops.
    static let stepGap = 0.005

    /// Solves the whole model; when it has found no plan by half the time limit, builds one
    /// topic at a time instead (`solveTopicByTopic`).
    ///
    /// On large networks with any start weekday the whole model's root relaxation alone can
    /// take longer than the limit, so the run ended without a plan (issue 9); each topic's
    /// step is a small model that solves in a fraction of that.
    func solveWhole(_ index: ScenarioIndex, options: [MeetingOption], replan: ReplanReference? = nil,
                    years: PlanningYears? = nil, deadline: Date?) -> Solved {
        let started = Date()
        let firstSolutionBy = deadline.map { started.addingTimeInterval($0.timeIntervalSince(started) * Self.firstSolutionShare) }
        let solved = solve(index, options: options, replan: replan, years: years, deadline: deadline,
                           firstSolutionBy: firstSolutionBy)
        guard case .noSolution(.timeLimit) = solved.result.status, let deadline, Date() < deadline,
              index.scenario.topics.count > 1,
              let stepwise = solveTopicByTopic(index, options: options, replan: replan, years: years, deadline: deadline,
                                               wholeBound: solved.result.bound)
        else { return solved }
        var result = stepwise.result
        result.seconds = Date().timeIntervalSince(started)
        return Solved(planning: stepwise.planning, result: result, seconds: result.seconds,
                      nodes: solved.nodes + stepwise.nodes)
    }

    /// A plan made one topic at a time: each topic in turn, the most constrained first (fewest
    /// options per meeting), is solved with the meetings of the topics before it held where
    /// their steps put them. The last step's model holds every topic and every rule, so its
    /// solution is a plan of the whole scenario; it is usually not the best one.
    ///
    /// Each step gets an equal share of the time left and stops at a gap of 0.5 %.
    ///
    /// Its bound is one of two lower bounds of the whole model's optimum: the whole model's
    /// bound when its relaxation finished (`wholeBound`), else the sum of the topics' bounds
    /// each planned alone. The sum is one because the objective's only term
    /// that links topics, balance (Σ over cities of max(0, hostings − 1)), is at least the sum
    /// of its values per topic, and every other term and rule splits by topic or only removes
    /// plans (for a re-plan only the first). Nil when a step finds no plan or no bound is known.
    func solveTopicByTopic(_ index: ScenarioIndex, options: [MeetingOption], replan: ReplanReference?,
                           years: PlanningYears?, deadline: Date, wholeBound: Double?) -> Solved? {
        let scenario = index.scenario
        let byTopic = Dictionary(grouping: options, by: \.topic)
        let order = scenario.topics.indices.sorted { lhs, rhs in
            let perMeeting = { (topic: Int) in Double(byTopic[topic]?.count ?? 0) / Double(max(1, scenario.topics[topic].meetings)) }
            return (perMeeting(lhs), lhs) < (perMeeting(rhs), rhs)
        }
        // Each step needs a good plan, not a proven one, and a share of the time left.
        var quiet = self
        quiet.solveOptions.onProgress = nil
        quiet.solveOptions.onPhase = nil
        quiet.solveOptions.relativeGap = max(solveOptions.relativeGap, Self.stepGap)
        let boundsNeeded = wholeBound == nil && replan == nil
        func stepDeadline(stepsLeft: Int) -> Date {
            Date().addingTimeInterval(deadline.timeIntervalSinceNow / Double(stepsLeft))
        }

        var held: [MeetingOption] = []
        var placed: [Int] = []
        var nodes = 0
        var last: Solved?
        for (position, topic) in order.enumerated() {
            placed.append(topic)
            let stepsLeft = order.count - position + (boundsNeeded ? 1 : 0)
            func solveStep(until end: Date) -> Solved {
                quiet.solve(index, options: held + (byTopic[topic] ?? []), topics: placed, replan: replan, years: years,
                            deadline: end)
            }
            var step = solveStep(until: stepDeadline(stepsLeft: stepsLeft))
            if case .noSolution(.timeLimit) = step.result.status, stepsLeft > 1, Date() < deadline {
                // Its share was too short to find any plan: the step may take all the time left.
                nodes += step.nodes
                step = solveStep(until: deadline)
            }
            nodes += step.nodes
            guard step.result.hasSolution else { return nil }
            held = step.planning.options.indices.filter { step.result.isSet(step.planning.host[$0]) }.map { taken in
                var option = step.planning.options[taken]
                option.isHeld = true
                return option
            }
            last = step
        }

        // A re-plan's changes term counts every reference meeting in each topic's model, so
        // there the sum would overstate; only the whole model's bound holds.
        var aloneBound = boundsNeeded ? 0.0 : -.infinity
        for (position, topic) in order.enumerated() where boundsNeeded {
            guard Date() < deadline else {
                aloneBound = -.infinity
                break
            }
            let alone = quiet.solve(index, options: byTopic[topic] ?? [], topics: [topic], replan: replan, years: years,
                                    deadline: stepDeadline(stepsLeft: order.count - position))
            nodes += alone.nodes
            aloneBound += alone.result.bound ?? -.infinity
        }
        guard var solved = last, let objective = solved.result.objectiveValue else { return nil }
        let bound = max(wholeBound ?? -.infinity, aloneBound)
        guard bound.isFinite else { return nil }
        solved.result.status = .feasible(.timeLimit)
        solved.result.bound = min(objective, bound)
        solved.nodes = nodes
        return solved
    }
}
