import ArgumentParser
import Foundation
import MIP
import PlanStore
import Treffpunkt

struct PlanCommand: ParsableCommand, ChoosesLanguage {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Finds the best plan for a scenario, proves how good it is, stores it and writes plan.json.",
        discussion: """
            The meetings of plans adopted in the store count as history for rotation. Ctrl-C during the solve stops \
            it and returns the best plan found so far. With --years N, N consecutive periods (each a year later) are \
            planned in one model so that hosts rotate fairly; each year is stored and written into its own folder.
            """
    )

    @Argument(help: "The scenario file (treffpunkt/1 YAML).")
    var scenario: String

    @Option(help: "Plan this many consecutive years in one model (the period must be shorter than a year).")
    var years: Int = 1

    @Option(name: .customLong("export-model"),
            help: "Write the model to this file (.mps: free MPS, .lp: CPLEX LP) and exit without solving.")
    var exportModel: String?

    @OptionGroup var options: PlanRunOptions

    @Flag(help: "Neither read nor write the plan store: the run depends on the scenario file alone.")
    var noStore = false

    var language: LanguageOption { options.language }

    func validate() throws {
        if noStore, options.store.db != nil { throw ValidationError("--db and --no-store exclude each other") }
        if let exportModel {
            guard ModelFileFormat(fileName: exportModel) != nil else {
                throw ValidationError("--export-model needs a file name ending in .mps (free MPS) or .lp (CPLEX LP)")
            }
            let folder = URL(fileURLWithPath: exportModel).deletingLastPathComponent()
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
                throw ValidationError("--export-model: the folder \(folder.path) does not exist")
            }
        }
        guard (1...10).contains(years) else { throw ValidationError("--years must be between 1 and 10") }
        if years > 1, options.previous != nil { throw ValidationError("--previous applies to one year; export each year with `export ID --previous`") }
    }

    func run() throws {
        let command = try PlanningCommand(scenarioPath: scenario, options: options, noStore: noStore)
        if let exportModel {
            let format = ModelFileFormat(fileName: exportModel)!
            let model = try command.model(years: years)
            if options.showsProgress { ProgressLine.phase("writing") }
            do {
                try GLPKSolver.write(model, to: exportModel, format: format)
            } catch {
                throw OutputError(path: exportModel, reason: error.description)
            }
            printError("wrote \(exportModel): \(model.variables.count) variables, \(model.rows.count) constraints "
                + "(\(format == .freeMPS ? "free MPS" : "CPLEX LP"))")
            return
        }
        let earlier = try options.previous.map(Inputs.previousCalendar)
        let result = try command.run(.plan(years: years))
        let planned = result.outcome.planned!
        let folders = years == 1 ? [""] : planned.years.map { String($0.calendarYear) }
        let plans = try command.storeAndWrite(planned, kind: years > 1 ? .multiYear : .plan, folders: folders, previous: earlier)
        if years == 1 {
            command.printPlan(plans[0], scenario: planned.years[0].scenario)
        } else {
            printYears(planned, plans: plans)
        }
    }

    /// The years of a joint run: each year's plan, the rotation table and the objective over all years.
    private func printYears(_ planned: PlannedYears, plans: [Plan]) {
        if options.json {
            var members: [(String, JSONValue)] = [("years", .array(plans.map(\.json))), ("rotation", RotationTable.json(planned.years))]
            if let objective = planned.objective {
                members.append(("objective", .object([
                    ("status", .string(objective.status.rawValue)), ("total", .number(objective.total)),
                    ("bound", .number(objective.bound)), ("gap", .number(objective.gap)),
                ])))
            }
            members.append(("fair_rotation", .bool(planned.fairRotation)))
            print(JSONValue.object(members).text())
            return
        }
        let messages = OutputLanguage.messages
        for (year, plan) in zip(planned.years, plans) {
            let period = year.scenario.period
            print(messages(.yearHeading, String(year.calendarYear), messages.numericDate(period.lowerBound),
                           messages.numericDate(period.upperBound)) + "\n")
            print(PlanTable.render(plan, scenario: year.scenario, messages: messages) + "\n")
        }
        print(messages[.rotationHeading] + "\n")
        print(RotationTable.render(planned.years, messages: messages) + "\n")
        if let objective = planned.objective {
            let status = objective.status == .optimal ? messages[.statusOptimal] : messages[.statusFeasible]
            print(messages(.yearsSummary, status, String(years), PlanTable.figure(objective.total, messages),
                           PlanTable.figure(objective.bound, messages), PlanTable.percent(objective.gap, messages)))
        }
        print(messages[planned.fairRotationNote])
    }
}

/// One line of solver progress: elapsed time, incumbent, bound, gap, nodes.
enum ProgressLine {
    /// When the process began, for the elapsed seconds of phase lines.
    static let processStart = Date()

    /// `[ELAPSED s] PHASE` on stderr, the seconds since the process began.
    static func phase(_ name: String) {
        printError("[\(String(format: "%.2f", Date().timeIntervalSince(processStart))) s] \(name)")
    }

    static func render(_ progress: SolveProgress, messages: Messages = OutputLanguage.messages) -> String {
        let figure = { (value: Double) in PlanTable.figure(value, messages) }
        let incumbent = progress.incumbent.map(figure) ?? "–"
        let bound = progress.bound.map(figure) ?? "–"
        let gap = progress.gap.map { PlanTable.percent($0, messages) } ?? "–"
        return messages(.progressLine, figure(progress.elapsedSeconds), incumbent, bound, gap, String(progress.nodes))
    }
}
