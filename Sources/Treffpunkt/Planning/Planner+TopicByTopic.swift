import Foundation
import MIP

extension Planner {
    /// Share of the time limit the whole model gets to find its first plan before the
    /// topic-by-topic plan takes over.
    static let firstSolutionShare = 0.5

    /// Relative gap at which a step of the topic-by-topic plan stops.
    static let stepGap = 0.005

    /// Solves the scenario: hosts first (`solveHostsFirst`) where it applies, for up to half the
    /// time limit; unless that proves a plan optimal, the whole model, and when that has found no
    /// plan by half the time left, one topic at a time (`solveTopicByTopic`). The best plan of
    /// these wins, with the best of their bounds.
    ///
    /// On large networks with any start weekday the whole model's root relaxation alone can
    /// take longer than the limit, so the run ended without a plan (issue 9); the hosts-first
    /// days model and each topic's step are a fraction of its size.
    func solveWhole(_ index: ScenarioIndex, options: [MeetingOption], replan: ReplanReference? = nil,
                    years: PlanningYears? = nil, deadline: Date?) -> Solved {
        let started = Date()
        var hostsFirst = HostsFirst()
        if replan == nil, requirements.allSatisfy({ $0.firstDay == nil }) {
            solveOptions.onPhase?(.hosts)
            let end = deadline.map { started.addingTimeInterval($0.timeIntervalSince(started) * Self.hostsFirstShare) }
            hostsFirst = solveHostsFirst(index, options: options, years: years, until: end)
            if var solved = hostsFirst.solved, hostsFirst.isOptimal {
                solved.seconds = Date().timeIntervalSince(started)
                return solved
            }
        }
        let firstSolutionBy = deadline.map { Date().addingTimeInterval($0.timeIntervalSinceNow * Self.firstSolutionShare) }
        var solved = solve(index, options: options, replan: replan, years: years, deadline: deadline,
                           firstSolutionBy: firstSolutionBy)
        let wholeBound = [solved.result.bound, hostsFirst.bound].compactMap { $0 }.max()
        if case .noSolution(.timeLimit) = solved.result.status, let deadline, Date() < deadline,
           index.scenario.topics.count > 1 || (years?.count ?? 1) > 1,
           let stepwise = solveTopicByTopic(index, options: options, replan: replan, years: years, deadline: deadline,
                                            wholeBound: wholeBound) {
            solved = Solved(planning: stepwise.planning, result: stepwise.result, seconds: 0, nodes: solved.nodes + stepwise.nodes)
        }
        if let earlier = hostsFirst.solved {
            solved = Self.better(solved, earlier, bound: wholeBound)
        }
        solved.seconds = Date().timeIntervalSince(started)
        solved.result.seconds = solved.seconds
        return solved
    }

    /// The solve with the lower objective, its bound raised to `bound` where that is higher and
    /// marked optimal when the two meet; `whole` when neither has a plan.
    private static func better(_ whole: Solved, _ earlier: Solved, bound: Double?) -> Solved {
        guard let earlierValue = earlier.result.objectiveValue else { return whole }
        var best = whole.result.objectiveValue.map { $0 <= earlierValue ? whole : earlier } ?? earlier
        best.nodes = whole.nodes + earlier.nodes
        guard let value = best.result.objectiveValue else { return best }
        let lower = min(value, [best.result.bound, bound].compactMap { $0 }.max() ?? -.infinity)
        best.result.bound = lower.isFinite ? lower : nil
        if Self.settles(value, lower) {
            best.result.status = .optimal
        } else if best.result.status == .optimal {
            best.result.status = .feasible(.timeLimit)
        }
        return best
    }

    /// A plan made one topic at a time: each topic in turn, the most constrained first (fewest
    /// options per meeting), is solved with the meetings of the topics before it held where
    /// their steps put them. Over several years each step is one topic in one year, year by year.
    /// The last step's model holds every topic and every rule, so its solution is a plan of the
    /// whole scenario; it is usually not the best one.
    ///
    /// Each step gets an equal share of the time left and stops at a gap of 0.5 %.
    ///
    /// Its bound is one of two lower bounds of the whole model's optimum: the whole model's
    /// bound when its relaxation finished (`wholeBound`), else the sum of the topics' bounds
    /// each planned alone. The sum is one because the objective's only term
    /// that links topics, balance (Σ over cities of max(0, hostings − 1)), is at least the sum
    /// of its values per topic, and every other term and rule splits by topic or only removes
    /// plans (for a re-plan only the first). Nil when a step finds no plan or no bound is known;
    /// `onStuck` then hears which step found none.
    ///
    /// `leading` steps go first, in their order, before the rest.
    func solveTopicByTopic(_ index: ScenarioIndex, options: [MeetingOption], replan: ReplanReference?,
                           years: PlanningYears?, deadline: Date, wholeBound: Double?, leading: [TopicYear] = [],
                           onStuck: (TopicYear) -> Void = { _ in }) -> Solved? {
        let scenario = index.scenario
        let byTopic = Dictionary(grouping: options, by: \.topic)
        let byUnit = Dictionary(grouping: options) { TopicYear(topic: $0.topic, year: $0.year) }
        let topicOrder = scenario.topics.indices.sorted { lhs, rhs in
            let perMeeting = { (topic: Int) in Double(byTopic[topic]?.count ?? 0) / Double(max(1, scenario.topics[topic].meetings)) }
            return (perMeeting(lhs), lhs) < (perMeeting(rhs), rhs)
        }
        let units = (0..<(years?.count ?? 1)).flatMap { year in topicOrder.map { TopicYear(topic: $0, year: year) } }
        let order = leading + units.filter { !leading.contains($0) }
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
        var placed: Set<TopicYear> = []
        var nodes = 0
        var last: Solved?
        for (position, unit) in order.enumerated() {
            placed.insert(unit)
            let stepsLeft = order.count - position + (boundsNeeded ? 1 : 0)
            func solveStep(until end: Date) -> Solved {
                quiet.solve(index, options: held + (byUnit[unit] ?? []), counted: placed, replan: replan, years: years,
                            deadline: end)
            }
            var step = solveStep(until: stepDeadline(stepsLeft: stepsLeft))
            if case .noSolution(.timeLimit) = step.result.status, stepsLeft > 1, Date() < deadline {
                // Its share was too short to find any plan: the step may take all the time left.
                nodes += step.nodes
                step = solveStep(until: deadline)
            }
            nodes += step.nodes
            guard step.result.hasSolution else {
                onStuck(unit)
                return nil
            }
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
        for (position, topic) in topicOrder.enumerated() where boundsNeeded {
            guard Date() < deadline else {
                aloneBound = -.infinity
                break
            }
            let alone = quiet.solve(index, options: byTopic[topic] ?? [], counted: TopicYear.all([topic], years: years?.count ?? 1),
                                    replan: replan, years: years, deadline: stepDeadline(stepsLeft: topicOrder.count - position))
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
