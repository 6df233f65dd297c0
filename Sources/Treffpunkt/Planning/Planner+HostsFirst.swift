import Foundation
import MIP

extension Planner {
    /// Share of the time limit that hosts-first planning may use before the whole model gets
    /// the rest.
    static let hostsFirstShare = 0.8

    /// Assignments hosts-first planning tries before the whole model takes over.
    static let hostingRounds = 25

    /// What hosts-first planning ended with: its best plan, if any, and a lower bound of the
    /// whole model's optimum, if one was proven. The plan is optimal when its value meets the bound.
    struct HostsFirst {
        var solved: Solved?
        var bound: Double?

        var isOptimal: Bool { solved?.result.status == .optimal }
    }

    /// The days of one assignment found one topic at a time, each step a small model with the
    /// topics before it held: the first plan of the assignment's value (`lower`), else the
    /// cheapest plan found by `end`, if any.
    ///
    /// Passes, each with up to two thirds of the time left: the assignment's venues (`restricted`);
    /// the same again with the step that found no plan in the first pass going first; every venue
    /// (`all`, when given), whose plan may match the bound with other venues of the same cost.
    private func daysTopicByTopic(_ index: ScenarioIndex, restricted: [MeetingOption], all: [MeetingOption]?,
                                  years: PlanningYears?, lower: Double, until end: Date) -> Solved? {
        guard index.scenario.topics.count > 1 || (years?.count ?? 1) > 1 else { return nil }
        let passes: [(options: [MeetingOption], stuckFirst: Bool)] =
            [(restricted, false), (restricted, true)] + (all.map { [($0, false)] } ?? [])
        var stuckStep: TopicYear?
        var best: Solved?
        for (number, pass) in passes.enumerated() where Date() < end {
            if pass.stuckFirst && stuckStep == nil { continue }
            let passEnd = Date().addingTimeInterval(end.timeIntervalSinceNow * 2 / 3)
            var stuck: TopicYear?
            let stepwise = solveTopicByTopic(index, options: pass.options, replan: nil, years: years, deadline: passEnd,
                                             wholeBound: lower, leading: pass.stuckFirst ? stuckStep.map { [$0] } ?? [] : [],
                                             onStuck: { stuck = $0 })
            if number == 0 { stuckStep = stuck }
            guard let stepwise, let value = stepwise.result.objectiveValue else { continue }
            if value < best?.result.objectiveValue ?? .infinity { best = stepwise }
            if Self.settles(value, lower) { break }
        }
        return best
    }

    /// Solves a hosting model to optimality (quietly: its progress is not the run's) by `end`.
    private func solveHosting(_ hosting: HostingModel, until end: Date?) -> SolveResult {
        var options = solveOptions
        options.onProgress = nil
        options.onPhase = nil
        options.relativeGap = 0
        options.timeLimit = end.map { max(0.001, $0.timeIntervalSinceNow) }
        return GLPKSolver(options: options).solve(hosting.planning.model)
    }

    /// A lower bound of every plan of `scenario` by `deadline`: the optimum of its hosting
    /// relaxation, or the bound its search proved. It is the scenario's optimum whenever the venues
    /// the relaxation chooses fit on days, as they did in every benchmark year; nil when the
    /// scenario has no options or no bound was proven.
    func hostingBound(_ scenario: Scenario, deadline: Date?) -> Double? {
        let index = ScenarioIndex(scenario)
        let closedDays = ClosedDays(rules: scenario.calendar, cities: scenario.cities, period: scenario.period)
        let options = MeetingOptions(index, closedDays: closedDays).options
        let hosting = HostingModel(index, options: options, years: nil, requirements: requirements, excluded: [])
        let result = solveHosting(hosting, until: deadline)
        return result.status == .optimal ? result.objectiveValue : result.bound
    }

    /// Whether a plan's value meets a lower bound (up to rounding), by the gap every plan reports.
    static func settles(_ value: Double, _ lower: Double) -> Bool {
        value <= lower || relativeGap(of: value, bound: lower) <= 1e-9
    }

    /// Plans where first, then when: solves the hosting relaxation (`HostingModel`), then the days
    /// model over only the options of the venues it chose.
    ///
    /// The hosting model is small (one variable per topic, venue and year instead of per first
    /// day) and solves in milliseconds; its optimum is a lower bound. When the days model of its
    /// assignment has a plan of the same value, that plan is optimal, usually after one round, and
    /// the days model is a fraction of the whole one. When it has none, or a dearer one, that
    /// assignment is excluded and the next best one is tried (a logic-based Benders loop): the
    /// bound is then the lesser of the best plan and the hosting model's new optimum. Used only
    /// when each option's cost depends on where it is hosted alone (not for a re-plan, whose
    /// changes term depends on the day, nor for a requirement on a day).
    func solveHostsFirst(_ index: ScenarioIndex, options: [MeetingOption], years: PlanningYears?, until end: Date?)
        -> HostsFirst {
        let started = Date()
        var excluded: [[Int]] = []
        var outcome = HostsFirst()
        var nodes = 0
        func bestValue() -> Double { outcome.solved?.result.objectiveValue ?? .infinity }
        let settles = Self.settles
        // Keeps a plan that is better than the best so far; true when it meets the bound `lower`.
        func offer(_ candidate: Solved, lower: Double) -> Bool {
            nodes += candidate.nodes
            guard candidate.result.hasSolution, let value = candidate.result.objectiveValue else { return false }
            if value < bestValue() { outcome.solved = candidate }
            guard settles(value, lower) else { return false }
            outcome.bound = value
            return true
        }

        for _ in 0..<Self.hostingRounds {
            if let end, Date() >= end { break }
            let hosting = HostingModel(index, options: options, years: years, requirements: requirements, excluded: excluded)
            let relaxed = solveHosting(hosting, until: end)
            nodes += relaxed.nodes
            if relaxed.status == .infeasible, outcome.solved != nil {
                // Every other assignment is excluded: the best plan found is optimal.
                outcome.bound = bestValue()
                break
            }
            guard relaxed.status == .optimal, let lower = relaxed.objectiveValue else { break }
            outcome.bound = max(outcome.bound ?? -.infinity, min(bestValue(), lower))
            if settles(bestValue(), lower) { break }

            let assignment = hosting.assignment(relaxed)
            let restricted = assignment.flatMap { hosting.groups[$0.group] }.sorted().map { options[$0] }
            // The days: one topic at a time first (in the first round also over every venue, whose
            // plan can match the bound where the assignment's venues do not fit together); then the
            // assignment's whole days model, which also proves when it has no plan.
            if let stepwise = daysTopicByTopic(index, restricted: restricted, all: excluded.isEmpty ? options : nil,
                                               years: years, lower: lower, until: end ?? .distantFuture),
               offer(stepwise, lower: lower) {
                break
            }
            let days = solve(index, options: restricted, years: years, deadline: end)
            if offer(days, lower: lower) { break }
            // Exclude the assignment only once its days model is settled: optimal (and dearer
            // than the bound) or without a plan.
            guard hosting.isBinary, days.result.status == .optimal || days.result.status == .infeasible else { break }
            excluded.append(assignment.map(\.group))
        }
        if var solved = outcome.solved {
            solved.seconds = Date().timeIntervalSince(started)
            solved.result.seconds = solved.seconds
            solved.nodes = nodes
            if let bound = outcome.bound, let value = solved.result.objectiveValue, settles(value, bound) {
                solved.result.status = .optimal
                solved.result.bound = value
            } else {
                solved.result.status = .feasible(.timeLimit)
                solved.result.bound = outcome.bound.map { min($0, solved.result.objectiveValue ?? $0) }
            }
            outcome.solved = solved
        }
        return outcome
    }
}
