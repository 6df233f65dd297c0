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
    let scenario: Scenario
    let store: PlanStore?
    /// The history the store added, recorded in the plan so that `check` reproduces it.
    let storeHistory: [Plan.HistoryEntry]

    init(scenarioPath: String, options: PlanRunOptions) throws {
        self.scenarioPath = scenarioPath
        self.options = options
        loaded = try loadScenarioFile(scenarioPath)
        var scenario = loaded.scenario
        if options.noStore {
            store = nil
            storeHistory = []
        } else {
            let store = try options.store.open(create: true)
            let topics = Set(scenario.topics.map(\.id))
            storeHistory = try storeCall { () throws(PlanStoreError) in
                try store.adoptedHistory(before: scenario.period.lowerBound.description, topics: topics)
            }
            scenario.history += storeHistory.compactMap { entry in
                Day(iso: entry.start).map { PastMeeting(topic: entry.topic, city: entry.city, start: $0) }
            }
            self.store = store
        }
        self.scenario = scenario
        printError(historyLine)
    }

    /// Which history the plan rotates against, for the planner to see.
    private var historyLine: String {
        let fromFile = "\(loaded.scenario.history.count) from the scenario file"
        guard let store else { return "history: \(fromFile); the plan store is not used (--no-store)" }
        let plans = Array(Set(storeHistory.compactMap(\.plan))).sorted()
        let fromStore = plans.isEmpty
            ? "none from adopted plans in \(store.path)"
            : "\(storeHistory.count) from adopted plan\(plans.count == 1 ? "" : "s") \(plans.map(String.init).joined(separator: ", ")) in \(store.path)"
        return "history: \(fromFile), \(fromStore)"
    }

    /// Runs `solve` with Ctrl-C stopping the search instead of the process.
    func solve(_ solve: (Planner) -> Planner.Run) -> Planner.Run {
        let solveOptions = options.solveOptions
        signal(SIGINT) { _ in interruptRequested.store(true, ordering: .relaxed) }
        let run = solve(Planner(solveOptions: solveOptions))
        signal(SIGINT, SIG_DFL)
        if let size = run.modelSize, solveOptions.onProgress != nil {
            printError("model: \(size.variables) variables, \(size.constraints) constraints")
        }
        return run
    }

    /// The plan of a finished run, or the documented exit for a run without one.
    func plan(of run: Planner.Run) throws -> Plan {
        switch run.outcome {
        case .plan(let plan):
            return plan
        case .infeasible(let reasons):
            printError("infeasible: no plan satisfies the hard rules of \(scenarioPath):")
            for reason in reasons { printError("  - \(reason)") }
            throw ExitStatus.infeasible
        case .noPlanFound(let reason):
            let why = switch reason {
            case .interrupted: "interrupted"
            case .timeLimit, .gapReached: "the time limit of \(PlanTable.format(options.timeLimit)) s passed"
            }
            printError("no plan found: \(why) before the solver found any plan; try a longer --time-limit")
            throw ExitStatus.noPlanInTime
        case .solverFailed(let reason):
            printError("error: the solver failed: \(reason); please report this with the scenario")
            throw ExitStatus.internalError
        }
    }

    /// Stores the plan (unless --no-store) and returns it with its id and the history it used.
    func store(_ plan: Plan, kind: PlanKind = .plan, derivedFrom: Int64? = nil) throws -> Plan {
        var plan = plan
        plan.history = storeHistory + plan.history
        guard let store else { return plan }
        let path = URL(fileURLWithPath: scenarioPath).standardizedFileURL.path
        let stored = plan
        plan.id = try storeCall { () throws(PlanStoreError) in
            try store.save(stored, scenarioText: loaded.bytes, scenarioPath: path, kind: kind, derivedFrom: derivedFrom)
        }
        printError("stored as plan \(plan.id!) in \(store.path)")
        return plan
    }

    /// Writes plan.json and the calendars into `folder`, prints the plan, and notes what it wrote.
    func write(_ plan: Plan, into folder: URL, previous: PreviousCalendar?) throws {
        try OutputFiles.write(plan.jsonData, to: folder.appendingPathComponent("plan.json"))
        let calendarCount = try OutputFiles.writeCalendars(of: plan, scenario: scenario, previous: previous, into: folder)
        if options.json {
            print(plan.json.text())
        } else {
            print(PlanTable.render(plan, scenario: scenario))
        }
        if plan.status == .feasible {
            printError("note: the plan is not proven optimal (gap \(PlanTable.format(plan.objective.gap * 100))%)")
        }
        printError("wrote \(folder.appendingPathComponent("plan.json").relativePath)")
        printError("wrote \(calendarCount) calendars into \(folder.relativePath)")
    }
}
