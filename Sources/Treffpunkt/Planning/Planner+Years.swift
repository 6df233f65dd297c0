import Foundation
import MIP

extension Planner {
    /// Plans `years` consecutive periods, each a calendar year after the one before, in one
    /// model, so that hosting rotates across them.
    ///
    /// Each year is planned as `plan(_:)` would plan it with the earlier years' meetings in
    /// `history[]` (rotation term, `no_repeat_host_years`), and, where the data allows, every
    /// city that can host a topic hosts it before any city hosts it twice (fair rotation;
    /// dropped with a note when no plans keep it). One year gives the plan of `plan(_:)`.
    public func plan(_ scenario: Scenario, years: Int) throws(MultiYearError) -> MultiYearRun {
        solveOptions.onPhase?(.building)
        let deadline = solveOptions.timeLimit.map { Date().addingTimeInterval($0) }
        let (yearScenarios, indexes, options, explainers, reasons) = try yearOptions(scenario, years: years)
        var fairRotation = years > 1
        if !reasons.isEmpty {
            return MultiYearRun(outcome: .infeasible(reasons), objective: nil, fairRotation: fairRotation,
                                fairRotationNote: Self.fairRotationNote(years: years, kept: fairRotation), modelSize: nil)
        }

        var solved = solveWhole(indexes[0], options: options, years: PlanningYears(indexes: indexes, fairRotation: fairRotation),
                           deadline: deadline)
        if fairRotation, solved.result.status == .infeasible {
            fairRotation = false
            var again = self
            if let deadline { again.solveOptions.timeLimit = max(0.001, deadline.timeIntervalSinceNow) }
            solved = again.solveWhole(indexes[0], options: options, years: PlanningYears(indexes: indexes, fairRotation: false),
                                 deadline: deadline)
        }
        let size = ModelSize(variables: solved.planning.model.variables.count, constraints: solved.planning.model.rows.count)
        var run = MultiYearRun(outcome: .solverFailed(""), objective: nil, fairRotation: fairRotation,
                               fairRotationNote: Self.fairRotationNote(years: years, kept: fairRotation), modelSize: size)
        switch solved.result.status {
        case .optimal, .feasible:
            var (plans, objective) = yearPlans(solved, yearScenarios: yearScenarios, history: scenario.history)
            if years > 1 { plans = boundedAlone(plans, deadline: deadline) }
            if let mismatch = Self.objectiveMismatch(solved.result, total: objective.total) {
                run.outcome = .solverFailed(mismatch)
            } else {
                run.outcome = .planned(plans)
                run.objective = objective
            }
        case .infeasible, .unbounded:
            run.outcome = .infeasible(years == 1 ? explainers[0].reasonsAfterSolving(deadline: deadline)
                                                 : reasonsAcrossYears(yearScenarios, indexes: indexes, options: options,
                                                                      deadline: deadline))
        case .noSolution(let reason):
            run.outcome = .noPlanFound(reason)
        case .failed(let error):
            run.outcome = .solverFailed(error.description)
        }
        return run
    }

    /// Each year's scenario, index and explainer, the options of all years (each with its
    /// year), and why a year cannot be planned even before solving.
    func yearOptions(_ scenario: Scenario, years: Int) throws(MultiYearError)
        -> ([Scenario], [ScenarioIndex], [MeetingOption], [InfeasibilityExplainer], [Reason]) {
        guard years >= 1 else { throw .noYears(years) }
        var yearScenarios: [Scenario] = []
        for year in 0..<years { yearScenarios.append(try scenario.shifted(byYears: year)) }
        if years > 1, scenario.rules.weights.rotation < 0 { throw .negativeRotationWeight(scenario.rules.weights.rotation) }
        let indexes = yearScenarios.map(ScenarioIndex.init)
        var options: [MeetingOption] = []
        var explainers: [InfeasibilityExplainer] = []
        var reasons: [Reason] = []
        for (year, index) in indexes.enumerated() {
            let period = index.scenario.period
            let closedDays = ClosedDays(rules: index.scenario.calendar, cities: index.scenario.cities, period: period)
            let generated = MeetingOptions(index, closedDays: closedDays)
            let explainer = InfeasibilityExplainer(index: index, generated: generated, planner: self)
            reasons += explainer.reasonsBeforeSolving().map { years > 1 ? $0.inYear(period.lowerBound.year) : $0 }
            explainers.append(explainer)
            options += generated.options.map { option in
                var option = option
                option.year = year
                return option
            }
        }
        return (yearScenarios, indexes, options, explainers, reasons)
    }

    /// Reads each year's plan against its scenario with the earlier years as history, then
    /// gives every year the run's distance between total and bound.
    private func yearPlans(_ solved: Solved, yearScenarios: [Scenario], history: [PastMeeting])
        -> ([YearPlan], MultiYearRun.Objective) {
        let planning = solved.planning
        var history = history
        var plans: [YearPlan] = []
        for (year, base) in yearScenarios.enumerated() {
            var scenario = base
            scenario.history = history
            let index = ScenarioIndex(scenario)
            let chosen = planning.options.indices
                .filter { planning.options[$0].year == year && solved.result.isSet(planning.host[$0]) }
                .map { planning.options[$0] }
            // The reader's plan is nil only for a re-plan.
            let plan = SolutionReader(index, chosen: chosen, costs: chosen.map { MeetingCosts($0, index) }, proven: true,
                                      bound: nil, seconds: solved.seconds, nodes: solved.nodes).plan!
            plans.append(YearPlan(scenario: scenario, plan: plan))
            history += chosen.map { PastMeeting(topic: scenario.topics[$0.topic].id, city: scenario.cities[$0.city].id, start: $0.firstDay) }
        }
        let total = plans.map(\.plan.objective.total).reduce(0, +)
        let bound = min(total, solved.result.bound ?? -.infinity)
        let proven = solved.result.status == .optimal || relativeGap(of: total, bound: bound) <= 1e-9
        if !proven {
            // A bound per year cannot be proven; each year's total less the run's slack is one.
            for position in plans.indices {
                var plan = plans[position].plan
                plan.objective = Plan.Objective(terms: plan.objective.terms, bound: plan.objective.total - (total - bound))
                plan.status = plan.objective.gap <= 1e-9 ? .optimal : .feasible
                plans[position].plan = plan
            }
        }
        let objective = MultiYearRun.Objective(status: proven ? .optimal : .feasible, total: total,
                                               bound: proven ? total : bound,
                                               gap: proven ? 0 : relativeGap(of: total, bound: bound))
        return (plans, objective)
    }

    /// Gives each year the bound of planning that year alone, with the earlier years as history.
    ///
    /// The joint optimum may make one year dearer so that later years rotate better, so a year is
    /// optimal only if it is as cheap as the year can be on its own. The year alone's hosting
    /// relaxation (`hostingBound`) is a lower bound on the year's total, because the year's plan is
    /// a plan of that single-year problem, and it is that problem's optimum whenever its venues fit
    /// on days, as hosts-first planning finds them. (Planning each year alone in full took 7 s of
    /// the 19 s of five 15 × 8 years.) Only when no bound is proven in the time left does the year
    /// keep the run's slack as its distance to the bound.
    private func boundedAlone(_ plans: [YearPlan], deadline: Date?) -> [YearPlan] {
        plans.map { year in
            guard let bound = hostingBound(year.scenario, deadline: deadline) else { return year }
            var plan = year.plan
            plan.objective = Plan.Objective(terms: plan.objective.terms, bound: min(plan.objective.total, bound))
            plan.status = plan.objective.gap <= 1e-9 ? .optimal : .feasible
            return YearPlan(scenario: year.scenario, plan: plan)
        }
    }

    /// The model prices each year's rotation through its own rows: its objective never lies
    /// below the plans' recomputed total, and meets it at a proven optimum. A sentence when not.
    private static func objectiveMismatch(_ result: SolveResult, total: Double) -> String? {
        guard let value = result.objectiveValue else { return nil }
        let tolerance = 1e-6 * max(1, abs(total))
        if value < total - tolerance || (result.status == .optimal && value > total + tolerance) {
            return "the model's objective \(value) does not match the year plans' total \(total)"
        }
        return nil
    }

    /// Why no plans exist for the years together: a year that cannot be planned alone says
    /// so in its own words; otherwise each topic that cannot be planned over the years on its
    /// own is named with what limits it, or, when every topic can, the rules between topics.
    private func reasonsAcrossYears(_ yearScenarios: [Scenario], indexes: [ScenarioIndex], options: [MeetingOption],
                                    deadline: Date?) -> [Reason] {
        var reasons: [Reason] = []
        var alone = self
        alone.solveOptions.onProgress = nil
        alone.solveOptions.onPhase = nil
        func timeLeft() -> Bool {
            guard let deadline else { return true }
            alone.solveOptions.timeLimit = deadline.timeIntervalSinceNow
            return deadline.timeIntervalSinceNow > 0.01
        }
        for scenario in yearScenarios where timeLeft() {
            if case .infeasible(let yearReasons) = alone.plan(scenario).outcome {
                reasons += yearReasons.map { $0.inYear(scenario.period.lowerBound.year) }
            }
        }
        guard reasons.isEmpty else { return reasons }
        let scenario = yearScenarios[0]
        let rules = scenario.rules
        let span = "\(yearScenarios[0].period.lowerBound.year)–\(yearScenarios[yearScenarios.count - 1].period.lowerBound.year)"
        let years = PlanningYears(indexes: indexes, fairRotation: false)
        for (topicIndex, topic) in scenario.topics.enumerated() where timeLeft() {
            let solved = alone.solve(indexes[0], options: options, counted: TopicYear.all([topicIndex], years: years.count),
                                     years: years)
            guard solved.result.status == .infeasible else { continue }
            let barred = Set(scenario.barringHostings.filter { $0.topic == topic.id }.map(\.city)).sorted()
            let noRepeat = rules.noRepeatHostYears
            let repeatLimit: Reason.Argument = noRepeat > 0
                ? .phrase(Reason(.reasonYearsNoRepeat, "\(noRepeat)", Reason.count(noRepeat, .wordCalendarYear, .wordCalendarYears)))
                : ""
            let barredHosts: Reason.Argument = barred.isEmpty
                ? "" : .phrase(Reason(.reasonYearsBarred, .text(barred.map(\.rawValue).joined(separator: ", "))))
            reasons.append(Reason(.reasonYearsTopic, "\(topic.id)", "\(topic.meetings)", Reason.count(topic.meetings, .wordTime, .wordTimes),
                                  .text(span), "\(topic.hosts.count)", Reason.count(topic.hosts.count, .wordCity, .wordCities),
                                  repeatLimit, barredHosts))
        }
        if reasons.isEmpty {
            reasons.append(Reason(.reasonYearsTogether))
        }
        return reasons
    }

    private static func fairRotationNote(years: Int, kept: Bool) -> MessageKey {
        years == 1 ? .fairRotationOneYear : kept ? .fairRotationHolds : .fairRotationDropped
    }
}
