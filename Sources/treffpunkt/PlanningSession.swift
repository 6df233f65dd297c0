import ArgumentParser
import Foundation
import MIP
import PlanStore
import Synchronization
import Treffpunkt

/// Set by Ctrl-C during a solve; the search then stops like at the time limit.
let interruptRequested = Atomic<Bool>(false)

/// One run of `plan` or `replan`: the scenario with the history the store adds, the solve,
/// then storing the plan and writing its files, in that order, so that a failed run leaves
/// the store and the output folder as they were.
struct PlanningSession {
    let scenarioPath: String
    let options: PlanRunOptions
    let loaded: LoadedScenario
    /// The scenario as planned: its own history plus the adopted plans' meetings before it.
    private(set) var scenario: Scenario
    /// The store as it was when the run began: nil with --no-store or when no store exists yet.
    let store: PlanStore?
    /// The history the store added, recorded in the plan so that `check` reproduces it.
    private(set) var storeHistory: [Plan.HistoryEntry] = []

    init(scenarioPath: String, options: PlanRunOptions) throws {
        self.scenarioPath = scenarioPath
        self.options = options
        loaded = try loadScenarioFile(scenarioPath)
        store = options.noStore ? nil : try options.store.openExisting()
        scenario = loaded.scenario
        try addStoreHistory()
    }

    /// Moves the scenario to the period of `plan` when that is a later year of it (a year of
    /// `plan --years`), with the store's history for that period.
    mutating func move(toPeriodOf plan: Plan) throws {
        let (moved, years) = loaded.scenario.moved(toPeriodOf: plan)
        guard years > 0 else { return }
        printError("note: planning \(moved.period.lowerBound) – \(moved.period.upperBound), the scenario moved \(years) year\(years == 1 ? "" : "s") to the period of plan \(plan.id ?? 0)")
        scenario = moved
        try addStoreHistory()
    }

    /// Adds the adopted plans' meetings before the period to the scenario's history.
    private mutating func addStoreHistory() throws {
        guard let store else { return }
        let (period, topics) = (scenario.period.lowerBound.description, Set(scenario.topics.map(\.id)))
        storeHistory = try storeCall { () throws(PlanStoreError) in try store.adoptedHistory(before: period, topics: topics) }
        adoptedCount = storeHistory.count
        rebuildHistory()
    }

    /// How many of `storeHistory` came from adopted plans (the rest from `include`).
    private var adoptedCount = 0

    /// Adds history entries the store did not give: a re-planned plan's own history, such as the
    /// earlier years of a multi-year run. An entry in the period of an adopted plan of its topic
    /// is left out, since that plan now says what happened then; so are repeats and meetings
    /// not before the period.
    mutating func include(_ entries: [Plan.HistoryEntry]) throws {
        let topics = Set(scenario.topics.map(\.id))
        let adopted = try store.map { store in
            try storeCall { () throws(PlanStoreError) in try store.adoptedPeriods(topics: topics) }
        } ?? [:]
        for entry in entries where topics.contains(entry.topic) && entry.start < scenario.period.lowerBound.description
            && !(adopted[entry.topic] ?? []).contains(where: { $0.start <= entry.start && entry.start <= $0.end })
            && !storeHistory.contains(where: { ($0.topic, $0.city, $0.start) == (entry.topic, entry.city, entry.start) }) {
            storeHistory.append(entry)
        }
        rebuildHistory()
    }

    /// The scenario's history: the file's own, then what the store added.
    private mutating func rebuildHistory() {
        scenario.history = loaded.scenario.history + storeHistory.compactMap { entry in
            Day(iso: entry.start).map { PastMeeting(topic: entry.topic, city: entry.city, start: $0) }
        }
    }

    /// Which history the plan rotates against, for the planner to see.
    private var historyLine: String {
        let fromFile = "\(loaded.scenario.history.count) from the scenario file"
        if options.noStore { return "history: \(fromFile); the plan store is not used (--no-store)" }
        guard let store else { return "history: \(fromFile), none from a plan store (\(options.store.path) does not exist yet)" }
        let adopted = storeHistory.prefix(adoptedCount)
        let plans = Array(Set(adopted.compactMap(\.plan))).sorted()
        let fromStore = plans.isEmpty
            ? "none from adopted plans in \(store.path)"
            : "\(adopted.count) from adopted plan\(plans.count == 1 ? "" : "s") \(plans.map(String.init).joined(separator: ", ")) in \(store.path)"
        let included = storeHistory.count - adoptedCount
        return "history: \(fromFile), \(fromStore)" + (included > 0 ? ", \(included) from the re-planned plan's own history" : "")
    }

    /// Runs `solve` with Ctrl-C stopping the search instead of the process.
    func solve<Run>(_ solve: (Planner) throws -> Run, modelSize: (Run) -> Planner.ModelSize?) rethrows -> Run {
        printError(historyLine)
        let solveOptions = options.solveOptions
        signal(SIGINT) { _ in interruptRequested.store(true, ordering: .relaxed) }
        defer { signal(SIGINT, SIG_DFL) }
        let run = try solve(Planner(solveOptions: solveOptions))
        if let size = modelSize(run), solveOptions.onProgress != nil {
            printError("model: \(size.variables) variables, \(size.constraints) constraints")
        }
        return run
    }

    func solve(_ solve: (Planner) -> Planner.Run) -> Planner.Run {
        self.solve(solve, modelSize: \.modelSize)
    }

    /// The plan of a finished run, or the documented exit for a run without one.
    func plan(of run: Planner.Run) throws -> Plan {
        switch run.outcome {
        case .plan(let plan): return plan
        case .infeasible(let reasons): try fail(infeasible: reasons)
        case .noPlanFound(let reason): try fail(noPlanFound: reason)
        case .solverFailed(let reason): try fail(solverFailed: reason)
        }
    }

    /// The year plans of a finished multi-year run, or the documented exit.
    func plans(of run: MultiYearRun) throws -> [YearPlan] {
        switch run.outcome {
        case .plans(let plans): return plans
        case .infeasible(let reasons): try fail(infeasible: reasons)
        case .noPlanFound(let reason): try fail(noPlanFound: reason)
        case .solverFailed(let reason): try fail(solverFailed: reason)
        }
    }

    private func fail(infeasible reasons: [String]) throws -> Never {
        printError("infeasible: no plan satisfies the hard rules of \(scenarioPath):")
        for reason in reasons { printError("  - \(reason)") }
        throw ExitStatus.infeasible
    }

    private func fail(noPlanFound reason: SolveResult.StopReason) throws -> Never {
        let why = switch reason {
        case .interrupted: "interrupted"
        case .timeLimit, .gapReached: "the time limit of \(PlanTable.format(options.timeLimit)) s passed"
        }
        printError("no plan found: \(why) before the solver found any plan; try a longer --time-limit")
        throw ExitStatus.noPlanInTime
    }

    private func fail(solverFailed reason: String) throws -> Never {
        printError("error: the solver failed: \(reason); please report this with the scenario")
        throw ExitStatus.internalError
    }

    /// The store to write to, created now when the run began without one.
    private func storeForWriting() throws -> PlanStore? {
        if options.noStore { return nil }
        return try store ?? options.store.open(access: .create)
    }

    /// Stores the plan (unless --no-store) and returns it with its id and the history it used.
    func store(_ plan: Plan, kind: PlanKind = .plan, derivedFrom: Int64? = nil) throws -> Plan {
        var plan = plan
        plan.history = storeHistory + plan.history
        guard let store = try storeForWriting() else { return plan }
        let path = URL(fileURLWithPath: scenarioPath).standardizedFileURL.path
        let stored = plan
        plan.id = try storeCall { () throws(PlanStoreError) in
            try store.save(stored, scenarioText: loaded.bytes, scenarioPath: path, calendars: loaded.calendars, kind: kind,
                           derivedFrom: derivedFrom)
        }
        printError("stored as plan \(plan.id!) in \(store.path)")
        return plan
    }

    /// Stores the years of a multi-year run in one transaction (unless --no-store). Year k's
    /// history lists the store's history and the earlier years' meetings, with their plan ids.
    func storeYears(_ plans: [Plan]) throws -> [Plan] {
        func withHistory(_ index: Int, earlierIDs: [Int64?]) -> Plan {
            var plan = plans[index]
            plan.history = storeHistory + zip(plans[..<index], earlierIDs).flatMap { earlier, id in
                earlier.meetings.map { Plan.HistoryEntry(topic: $0.topic, city: $0.city, start: $0.dates.first ?? "", plan: id) }
            }
            return plan
        }
        guard let store = try storeForWriting() else {
            return plans.indices.map { withHistory($0, earlierIDs: Array(repeating: nil, count: $0)) }
        }
        let path = URL(fileURLWithPath: scenarioPath).standardizedFileURL.path
        let ids = try storeCall { () throws(PlanStoreError) in
            try store.saveSeries(count: plans.count, scenarioText: loaded.bytes, scenarioPath: path, calendars: loaded.calendars,
                                 kind: .multiYear) { earlier in
                withHistory(earlier.count, earlierIDs: earlier)
            }
        }
        printError("stored as plans \(ids.map(String.init).joined(separator: ", ")) in \(store.path)")
        return plans.indices.map { index in
            var plan = withHistory(index, earlierIDs: Array(ids[..<index]))
            plan.id = ids[index]
            return plan
        }
    }

    /// Writes plan.json and the calendars into `folder`, prints the plan, and notes what it wrote.
    func write(_ plan: Plan, into folder: URL, previous: PreviousCalendar?) throws {
        try writeFiles(plan, scenario: scenario, into: folder, previous: previous)
        if options.json {
            print(plan.json.text())
        } else {
            print(PlanTable.render(plan, scenario: scenario))
        }
        if plan.status == .feasible {
            printError("note: the plan is not proven optimal (gap \(PlanTable.format(plan.objective.gap * 100))%)")
        }
    }

    /// Writes plan.json and the calendars of one plan into `folder`.
    func writeFiles(_ plan: Plan, scenario: Scenario, into folder: URL, previous: PreviousCalendar?) throws {
        try OutputFiles.write(plan.jsonData, to: folder.appendingPathComponent("plan.json"))
        let calendarCount = try OutputFiles.writeCalendars(of: plan, scenario: scenario, previous: previous, into: folder)
        printError("wrote \(folder.appendingPathComponent("plan.json").relativePath) and \(calendarCount) calendars")
    }
}
