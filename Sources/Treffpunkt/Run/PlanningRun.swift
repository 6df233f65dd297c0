import MIP

/// One planning run, from a scenario to plans that every rule has been checked on: a plan, a
/// re-plan, or several consecutive years in one model.
///
/// The run gathers the history the plans rotate against (`PlanningHistory`), solves, records
/// that history in each plan, and passes every plan through `PlanChecker` as
/// `treffpunkt check` reads it later: against the scenario file's rules and the plan's own
/// history. A plan that breaks a rule is a bug in the model; the run then throws
/// `PlanningRunError.planBreaksRules` and hands out nothing, so nothing is stored or written.
public struct PlanningRun: Sendable {
    public enum Request: Sendable {
        /// The best plan for the scenario's period, or for `years` consecutive years in one model.
        case plan(years: Int)
        /// The best plan that changes `reference` least (see `Planner.replan`).
        case replan(reference: Plan, freezeBefore: Day?)
    }

    /// What the run planned, with what it was planned against.
    public struct Result: Sendable {
        public var outcome: PlanningOutcome<PlannedYears>
        /// The scenario file's rules for the planned period (moved to a later year's period when a
        /// re-plan starts from a year of a joint run), without the added history.
        public var scenario: Scenario
        /// How many years the scenario moved to reach the planned period.
        public var movedYears: Int
        /// The history the plans rotate against besides the scenario's own `history[]`.
        public var history: PlanningHistory
        /// Size of the last model solved; nil when no model was needed to decide.
        public var modelSize: Planner.ModelSize?
    }

    /// The scenario as the file says it.
    public let scenario: Scenario
    /// Where adopted plans come from; nil plans from the scenario file alone.
    public let historySource: (any HistorySource)?
    public var solveOptions: SolveOptions
    /// Meetings every plan of the run must hold (`explain --instead`); none by default.
    public var requirements: [MeetingRequirement] = []
    /// Tests only: edits each solved plan before the check, to prove that the check runs.
    var editBeforeCheck: (@Sendable (inout Plan) -> Void)?

    public init(scenario: Scenario, historySource: (any HistorySource)?, solveOptions: SolveOptions = SolveOptions()) {
        self.scenario = scenario
        self.historySource = historySource
        self.solveOptions = solveOptions
    }

    /// A request with the history it will be planned against, ready to solve.
    public struct Prepared: Sendable {
        public var request: Request
        /// The scenario file's rules for the planned period (see `Result.scenario`).
        public var scenario: Scenario
        public var movedYears: Int
        public var history: PlanningHistory
        /// Per planned year, what the planner should know before trusting it (see `Plan.warnings`).
        public var warnings: [[String]] = []
    }

    /// Plans as requested: `prepare`, then `solve`.
    public func run(_ request: Request) throws -> Result {
        try solve(try prepare(request))
    }

    /// Gathers the history the request is planned against; for a re-plan of a later year of a
    /// joint run, moves the scenario to that year's period. Throws what the history source throws.
    public func prepare(_ request: Request) throws -> Prepared {
        switch request {
        case .plan(let years):
            var prepared = Prepared(request: request, scenario: scenario, movedYears: 0,
                                    history: try PlanningHistory(for: scenario, from: historySource))
            prepared.warnings = [[]] + (1..<max(1, years)).map { year in
                let later = scenario.period.lowerBound.shifted(byYears: year)...scenario.period.upperBound.shifted(byYears: year)
                return scenario.dateSetsLeftBehind(in: later).map { name, consequence in
                    "\(later.lowerBound.year): \(name) has dates in \(scenario.period.lowerBound.year) but none in "
                        + "\(later.lowerBound) – \(later.upperBound), \(consequence); add that year's dates, "
                        + "or {no_dates_in: \(later.lowerBound.year)} to say there are none"
                }
            }
            return prepared
        case .replan(let reference, _):
            let referenceTopics = Set(reference.meetings.map(\.topic))
            let scenarioTopics = scenario.topics.map(\.id)
            if !referenceTopics.isEmpty && referenceTopics.isDisjoint(with: scenarioTopics) {
                throw PlanningRunError.referenceOfAnotherNetwork(
                    reference: reference.id.map { "plan \($0) of \(reference.scenario.name)" } ?? reference.scenario.name,
                    referenceTopics: referenceTopics.sorted(), scenarioTopics: scenarioTopics)
            }
            let (moved, movedYears) = try scenario.moved(toPeriodOf: reference)
            var history = try PlanningHistory(for: moved, from: historySource)
            try history.carry(reference.history, for: moved, from: historySource)
            return Prepared(request: request, scenario: moved, movedYears: movedYears, history: history)
        }
    }

    /// Solves a prepared request and checks every plan. Throws `MultiYearError` for a scenario
    /// that cannot be planned over several years and `PlanningRunError` for a plan that breaks a rule.
    public func solve(_ prepared: Prepared) throws -> Result {
        let planner = Planner(solveOptions: solveOptions, requirements: requirements)
        let history = prepared.history
        let planned = history.applied(to: prepared.scenario)
        var result = Result(outcome: .solverFailed(""), scenario: prepared.scenario, movedYears: prepared.movedYears,
                            history: history, modelSize: nil)
        switch prepared.request {
        case .plan(let years) where years == 1:
            let run = planner.plan(planned)
            result.modelSize = run.modelSize
            result.outcome = try run.outcome.map { plan in
                try checked([YearPlan(scenario: planned, plan: plan)], prepared: prepared, history: history, reference: nil, freezeBefore: nil)
            }
        case .plan(let years):
            let run = try planner.plan(planned, years: years)
            result.modelSize = run.modelSize
            result.outcome = try run.outcome.map { years in
                PlannedYears(years: try checked(years, prepared: prepared, history: history, reference: nil, freezeBefore: nil).years,
                             objective: run.objective, fairRotation: run.fairRotation, fairRotationNote: run.fairRotationNote)
            }
        case .replan(let reference, let freezeBefore):
            let run = planner.replan(planned, reference: reference, freezeBefore: freezeBefore)
            result.modelSize = run.modelSize
            result.outcome = try run.outcome.map { plan in
                try checked([YearPlan(scenario: planned, plan: plan)], prepared: prepared, history: history, reference: reference,
                            freezeBefore: freezeBefore)
            }
        }
        return result
    }

    /// The model a `.plan` request solves first, with the history it plans against, for
    /// `plan --export-model`.
    public func model(_ prepared: Prepared) throws -> Model {
        guard case .plan(let years) = prepared.request else { preconditionFailure("only a plan request exports its model") }
        return try Planner(solveOptions: solveOptions).model(prepared.history.applied(to: prepared.scenario), years: years)
    }

    /// Records in each year's plan the history it was planned against (the run's, then the
    /// earlier years' meetings) and how many years after the scenario file's period it lies, and
    /// checks it against the scenario file's rules for its period.
    private func checked(_ years: [YearPlan], prepared: Prepared, history: PlanningHistory, reference: Plan?,
                         freezeBefore: Day?) throws -> PlannedYears {
        var result: [YearPlan] = []
        var earlierMeetings: [Plan.HistoryEntry] = []
        for year in years {
            var plan = year.plan
            plan.history = history.entries + earlierMeetings + plan.history
            plan.period?.yearsAfterScenario = prepared.movedYears + result.count
            if prepared.warnings.indices.contains(result.count) { plan.warnings = prepared.warnings[result.count] }
            editBeforeCheck?(&plan)
            // The rules `check` applies to this plan file: the scenario file's, in the plan's period.
            let rules = result.isEmpty ? prepared.scenario : try scenario.shifted(byYears: prepared.movedYears + result.count)
            let report = PlanChecker.check(plan, against: rules, reference: reference, freezeBefore: freezeBefore)
            guard report.isValid else {
                throw PlanningRunError.planBreaksRules(period: year.scenario.period, violations: report.violations)
            }
            earlierMeetings += plan.meetings.map { Plan.HistoryEntry(topic: $0.topic, city: $0.city, start: $0.firstDay, plan: nil) }
            result.append(YearPlan(scenario: year.scenario, plan: plan))
        }
        return PlannedYears(years: result)
    }
}
