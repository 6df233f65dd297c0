import Foundation
import MIP
import PlanStore
import Treffpunkt

/// What `plan` and `replan` do around the library's `PlanningRun`: check where results go
/// before solving, lend the store as history source, store the checked plans, then write
/// their files and print them.
struct PlanningCommand {
    let scenarioPath: String
    let options: PlanRunOptions
    /// `plan --no-store`: the run neither reads nor writes the store.
    let noStore: Bool
    let loaded: LoadedScenario
    /// The store as it was when the run began: nil with --no-store or when no store exists yet.
    let store: PlanStore?

    init(scenarioPath: String, options: PlanRunOptions, noStore: Bool = false) throws {
        self.scenarioPath = scenarioPath
        self.options = options
        self.noStore = noStore
        loaded = try Inputs.scenario(scenarioPath)
        try options.verifyDestinations(for: scenarioPath, storing: !noStore)
        store = noStore ? nil : try options.store.openExisting()
        if !noStore {
            printError("plan store: \(options.store.absolutePath)" + (store == nil ? " (created when a plan is stored)" : ""))
        }
        if !noStore, store == nil { warnOfAStoreBesideTheScenario() }
    }

    /// A run about to create a new store while the scenario's folder holds one has most likely
    /// been started from another folder: its adopted history would not count.
    private func warnOfAStoreBesideTheScenario() {
        let beside = URL(fileURLWithPath: scenarioPath).standardizedFileURL.deletingLastPathComponent()
            .appendingPathComponent("treffpunkt.sqlite").path
        let chosen = URL(fileURLWithPath: options.store.path).standardizedFileURL.path
        guard beside != chosen, FileManager.default.fileExists(atPath: beside) else { return }
        printError("warning: this run creates a new plan store \(options.store.path), but the scenario's folder holds "
            + "\(beside), whose adopted plans it will not see; give --db \(beside) or set TREFFPUNKT_DB to use that one")
    }

    /// Runs the request and returns what it planned; a run without plans ends the command.
    func run(_ request: PlanningRun.Request) throws -> PlanningRun.Result {
        let budget = MemoryBudget(gibibytes: options.maxMemory)
        defer { budget.stop() }
        let run = PlanningRun(scenario: loaded.scenario, historySource: store, solveOptions: budget.watching(options.solveOptions))
        let prepared = try run.prepare(request)
        if prepared.movedYears > 0, case .replan(let reference, _) = request {
            let period = prepared.scenario.period
            printError("note: planning \(period.lowerBound) – \(period.upperBound), the scenario moved \(prepared.movedYears) "
                + "year\(prepared.movedYears == 1 ? "" : "s") to the period of plan \(reference.id ?? 0)")
        }
        printError(historyLine(prepared.history))
        for warning in prepared.warnings.joined() { printError("warning: \(warning)") }
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
            throw NoPlan(outcome: result.outcome, scenarioPath: scenarioPath, timeLimit: options.timeLimit, json: options.json)
        }
        return result
    }

    /// The model a plan of `years` would solve first, with the history it would plan against.
    func model(years: Int) throws -> Model {
        let run = PlanningRun(scenario: loaded.scenario, historySource: store, solveOptions: options.solveOptions)
        let prepared = try run.prepare(.plan(years: years))
        printError(historyLine(prepared.history))
        do {
            return try Interrupt.stoppingTheSearch { try run.model(prepared) }
        } catch let error as MultiYearError {
            throw FileError(file: scenarioPath, error: error)
        }
    }

    /// Which history the plan rotates against, for the planner to see.
    private func historyLine(_ history: PlanningHistory) -> String {
        let messages = OutputLanguage.messages
        let fromFile = messages(.historyFromFile, String(loaded.scenario.history.count))
        if noStore { return messages(.historyNoStore, fromFile) }
        guard store != nil else { return messages(.historyStoreMissing, fromFile) }
        let plans = Array(Set(history.adopted.compactMap(\.plan))).sorted()
        let planList = plans.map(String.init).joined(separator: ", ")
        let fromStore = plans.isEmpty ? messages[.historyNoneAdopted]
            : messages(plans.count == 1 ? .historyAdoptedOne : .historyAdoptedMany, String(history.adopted.count), planList)
        let carried = history.carried.count
        return messages(.historyLine, fromFile, fromStore) + (carried > 0 ? messages(.historyCarried, String(carried)) : "")
    }

    /// Stores the plans (unless `noStore`) and writes their files: plan.json, report.html,
    /// plan.csv and the calendars of each plan into `folders` (relative to the output folder; "" for the folder itself).
    /// The files are staged inside the store's transaction and moved into place once it is
    /// committed, so a run that fails leaves neither rows nor files. Returns the plans with
    /// their ids; a later year's history names the ids of the earlier years it lists.
    func storeAndWrite(_ planned: PlannedYears, kind: PlanKind, derivedFrom: Int64? = nil, folders: [String],
                       previous: PreviousCalendar?) throws -> [Plan] {
        if options.showsProgress { ProgressLine.phase("writing") }
        let staged = try StagedFiles(into: options.outputFolder(for: scenarioPath))
        defer { staged.discard() }
        let plans = planned.plans
        func named(_ ids: [Int64]) -> [Plan] {
            plans.indices.map { index in
                var plan = Self.naming(Array(ids.prefix(index)), in: plans[index], earlier: plans)
                plan.id = ids.count > index ? ids[index] : nil
                return plan
            }
        }
        var calendarCounts: [Int] = []
        func stage(_ plans: [Plan]) throws {
            calendarCounts = try zip(zip(plans, planned.years), folders).map { planAndYear, folder in
                try stageFiles(of: planAndYear.0, scenario: planAndYear.1.scenario, years: planned.years.count > 1 ? planned.years : [],
                               into: staged, folder: folder, previous: previous)
            }
            try staged.verifyPlaceable()
        }
        var ids: [Int64] = []
        if noStore {
            try stage(plans)
        } else {
            let store = try self.store ?? options.store.open(access: .create, announced: true)
            let path = URL(fileURLWithPath: scenarioPath).standardizedFileURL.path
            ids = try store.saveSeries(count: plans.count, scenarioText: loaded.bytes, scenarioPath: path,
                                       calendars: loaded.calendars, kind: kind, derivedFrom: derivedFrom,
                                       plan: { earlierIDs in Self.naming(earlierIDs, in: plans[earlierIDs.count], earlier: plans) },
                                       beforeCommit: { ids in try stage(named(ids)) })
            let messages = OutputLanguage.messages
            let numbers = ids.map(String.init).joined(separator: ", ")
            let named = switch messages.language {
            case .de: (ids.count == 1 ? "Plan " : "Pläne ") + numbers
            case .en: (ids.count == 1 ? "plan " : "plans ") + numbers
            }
            printError(messages(.storedAs, named))
        }
        try staged.commit()
        for (folder, count) in zip(folders, calendarCounts) {
            let written = options.outputFolder(for: scenarioPath).appendingPathComponent(folder).appendingPathComponent("plan.json")
            printError(OutputLanguage.messages(.wroteFiles, written.relativePath, String(count)))
        }
        return named(ids)
    }

    /// Stages plan.json, report.html (with the rotation table of a multi-year run's `years`),
    /// plan.csv and the calendars of one plan; returns how many calendars.
    private func stageFiles(of plan: Plan, scenario: Scenario, years: [YearPlan], into staged: StagedFiles, folder: String,
                            previous: PreviousCalendar?) throws -> Int {
        let prefix = folder.isEmpty ? "" : folder + "/"
        try staged.write(plan.jsonData, to: prefix + "plan.json")
        let messages = OutputLanguage.messages
        try staged.write(Data(PlanReport(plan: plan, scenario: scenario, years: years, labels: messages).html.utf8),
                         to: prefix + "report.html")
        try staged.write(PlanCSV.data(plan, scenario: scenario, labels: messages), to: prefix + "plan.csv")
        let calendars = try OutputFiles.calendarFiles(of: plan, scenario: scenario, previous: previous).files
        for file in calendars {
            try staged.write(file.data, to: prefix + file.path)
        }
        return calendars.count
    }

    /// `plan` with the ids of the earlier years of its run in the history entries of their meetings.
    private static func naming(_ earlierIDs: [Int64], in plan: Plan, earlier plans: [Plan]) -> Plan {
        var plan = plan
        // The run lists an earlier year's meetings without a plan id; each lies in its year's period.
        for (earlierPlan, id) in zip(plans, earlierIDs) {
            guard let period = earlierPlan.period?.days else { continue }
            for position in plan.history.indices where plan.history[position].plan == nil && period.contains(plan.history[position].start) {
                plan.history[position].plan = id
            }
        }
        return plan
    }

    /// Prints a single period's plan and notes a gap.
    func printPlan(_ plan: Plan, scenario: Scenario) {
        if options.json {
            print(plan.json.text())
        } else {
            print(PlanTable.render(plan, scenario: scenario, messages: OutputLanguage.messages))
        }
        if plan.status == .feasible {
            let messages = OutputLanguage.messages
            printError(messages(.notProvenOptimal, PlanTable.percent(plan.objective.gap, messages)))
        }
    }
}
