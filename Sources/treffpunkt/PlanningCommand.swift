import Foundation
import PlanStore
import Treffpunkt

/// What `plan` and `replan` do around the library's `PlanningRun`: check where results go
/// before solving, lend the store as history source, store the checked plans, then write
/// their files and print them.
struct PlanningCommand {
    let scenarioPath: String
    let options: PlanRunOptions
    let loaded: LoadedScenario
    /// The store as it was when the run began: nil with --no-store or when no store exists yet.
    let store: PlanStore?

    init(scenarioPath: String, options: PlanRunOptions) throws {
        self.scenarioPath = scenarioPath
        self.options = options
        loaded = try Inputs.scenario(scenarioPath)
        try options.verifyDestinations(for: scenarioPath)
        store = options.noStore ? nil : try options.store.openExisting()
    }

    /// Runs the request and returns what it planned; a run without plans ends the command.
    func run(_ request: PlanningRun.Request) throws -> PlanningRun.Result {
        let run = PlanningRun(scenario: loaded.scenario, historySource: store, solveOptions: options.solveOptions)
        let prepared = try run.prepare(request)
        if prepared.movedYears > 0, case .replan(let reference, _) = request {
            let period = prepared.scenario.period
            printError("note: planning \(period.lowerBound) – \(period.upperBound), the scenario moved \(prepared.movedYears) "
                + "year\(prepared.movedYears == 1 ? "" : "s") to the period of plan \(reference.id ?? 0)")
        }
        printError(historyLine(prepared.history))
        let result: PlanningRun.Result
        do {
            result = try Interrupt.stoppingTheSearch { try run.solve(prepared) }
        } catch let error as MultiYearError {
            throw FileError(file: scenarioPath, error: error)
        }
        if let size = result.modelSize, options.showsProgress {
            printError("model: \(size.variables) variables, \(size.constraints) constraints")
        }
        guard result.outcome.planned != nil else {
            throw NoPlan(outcome: result.outcome, scenarioPath: scenarioPath, timeLimit: options.timeLimit)
        }
        return result
    }

    /// Which history the plan rotates against, for the planner to see.
    private func historyLine(_ history: PlanningHistory) -> String {
        let fromFile = "\(loaded.scenario.history.count) from the scenario file"
        if options.noStore { return "history: \(fromFile); the plan store is not used (--no-store)" }
        guard let store else { return "history: \(fromFile), none from a plan store (\(options.store.path) does not exist yet)" }
        let plans = Array(Set(history.adopted.compactMap(\.plan))).sorted()
        let fromStore = plans.isEmpty
            ? "none from adopted plans in \(store.path)"
            : "\(history.adopted.count) from adopted plan\(plans.count == 1 ? "" : "s") \(plans.map(String.init).joined(separator: ", ")) in \(store.path)"
        let carried = history.carried.count
        return "history: \(fromFile), \(fromStore)" + (carried > 0 ? ", \(carried) from the re-planned plan's own history" : "")
    }

    /// Stores the plans (unless --no-store), all in one transaction, and returns them with
    /// their ids; a later year's history names the ids of the earlier years it lists.
    func store(_ planned: PlannedYears, kind: PlanKind, derivedFrom: Int64? = nil) throws -> [Plan] {
        guard !options.noStore else { return planned.plans }
        let store = try self.store ?? options.store.open(access: .create)
        let path = URL(fileURLWithPath: scenarioPath).standardizedFileURL.path
        let plans = planned.plans
        let ids = try store.saveSeries(count: plans.count, scenarioText: loaded.bytes, scenarioPath: path,
                                       calendars: loaded.calendars, kind: kind, derivedFrom: derivedFrom) { earlierIDs in
            Self.naming(earlierIDs, in: plans[earlierIDs.count], earlier: plans)
        }
        printError("stored as plan\(ids.count == 1 ? "" : "s") \(ids.map(String.init).joined(separator: ", ")) in \(store.path)")
        return plans.indices.map { index in
            var plan = Self.naming(Array(ids[..<index]), in: plans[index], earlier: plans)
            plan.id = ids[index]
            return plan
        }
    }

    /// `plan` with the ids of the earlier years of its run in the history entries of their meetings.
    private static func naming(_ earlierIDs: [Int64], in plan: Plan, earlier plans: [Plan]) -> Plan {
        var plan = plan
        for (earlierPlan, id) in zip(plans, earlierIDs) {
            for meeting in earlierPlan.meetings {
                for position in plan.history.indices where plan.history[position].plan == nil
                    && (plan.history[position].topic, plan.history[position].city, plan.history[position].start)
                        == (meeting.topic, meeting.city, meeting.firstDay) {
                    plan.history[position].plan = id
                }
            }
        }
        return plan
    }

    /// Writes plan.json and the calendars of one plan into `folder`.
    func writeFiles(_ plan: Plan, scenario: Scenario, into folder: URL, previous: PreviousCalendar?) throws {
        try OutputFiles.write(plan.jsonData, to: folder.appendingPathComponent("plan.json"))
        let calendarCount = try OutputFiles.writeCalendars(of: plan, scenario: scenario, previous: previous, into: folder)
        printError("wrote \(folder.appendingPathComponent("plan.json").relativePath) and \(calendarCount) calendars")
    }

    /// Writes a single period's plan, prints it, and notes a gap.
    func writeAndPrint(_ plan: Plan, scenario: Scenario, previous: PreviousCalendar?) throws {
        try writeFiles(plan, scenario: scenario, into: options.outputFolder(for: scenarioPath), previous: previous)
        if options.json {
            print(plan.json.text())
        } else {
            print(PlanTable.render(plan, scenario: scenario))
        }
        if plan.status == .feasible {
            printError("note: the plan is not proven optimal (gap \(PlanTable.format(plan.objective.gap * 100))%)")
        }
    }
}
