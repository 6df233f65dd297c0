import ArgumentParser
import Foundation
import PlanStore
import Treffpunkt

struct ReportCommand: ParsableCommand, ChoosesLanguage {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Writes a plan as one self-contained HTML page for planners, or as a CSV file for spreadsheets.",
        discussion: """
            The plan is a stored plan's id (`treffpunkt report 3`) or a scenario file and a plan.json. The HTML page \
            shows the key figures, the year at a glance, one row per meeting and the objective terms; it loads \
            nothing from the network. The CSV has one row per meeting; the excel dialect (default) is what German \
            Excel and LibreOffice open directly (UTF-8 with BOM, `;`, CRLF), rfc4180 is plain `,` without BOM. \
            Without --out the file goes to out/<scenario stem>/report.html or plan.csv; `--out -` prints it.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case html, csv
    }

    @OptionGroup var source: PlanSource

    @Option(help: "The file to write (default: out/<scenario file stem>/report.html or plan.csv; - for stdout).")
    var out: String?

    @Option(help: "html (default; csv when --out ends in .csv) or csv.")
    var format: Format?

    @Option(help: "For --format csv: excel (default: UTF-8 with BOM, ';', CRLF) or rfc4180 (',', no BOM).")
    var csvDialect: CSVDialect?

    @OptionGroup var language: LanguageOption

    func validate() throws {
        if csvDialect != nil, resolvedFormat != .csv { throw ValidationError("--csv-dialect applies to --format csv") }
    }

    /// --format, else what --out's extension says, else html.
    private var resolvedFormat: Format {
        format ?? (out?.lowercased().hasSuffix(".csv") == true ? .csv : .html)
    }

    func run() throws {
        let resolved = try source.resolve()
        let (planned, file, description) = (resolved.plan, resolved.scenario, resolved.description)
        let scenario: Scenario
        do {
            scenario = try file.moved(toPeriodOf: planned).scenario
        } catch {
            throw FileError(file: description, error: error)
        }
        let data = switch resolvedFormat {
        case .html: Data(PlanReport(plan: planned, scenario: scenario, years: try years(of: resolved),
                                    labels: OutputLanguage.messages).html.utf8)
        case .csv: PlanCSV.data(planned, scenario: scenario, dialect: csvDialect ?? .excel, labels: OutputLanguage.messages)
        }
        if out == "-" {
            FileHandle.standardOutput.write(data)
            return
        }
        let stem = URL(fileURLWithPath: planned.scenario.file).deletingPathExtension().lastPathComponent
        let target = URL(fileURLWithPath: out ?? "out/\(stem)/\(resolvedFormat == .html ? "report.html" : "plan.csv")")
        if let out, out.isEmpty || out.hasSuffix("/") {
            throw CommandFailure.invalidInput("error: --out needs a file name, such as report.html")
        }
        let folder = target.deletingLastPathComponent()
        try OutputFiles.verifyFolder(folder, option: out.map { _ in folder.path })
        try StagedFiles.write([(data, target.lastPathComponent)], into: folder)
        printError(OutputLanguage.messages(.wroteReport, target.relativePath, String(data.count), description))
    }

    /// For a stored year of a `plan --years` run, every year of that run (for the rotation
    /// table), each against the scenario moved to its period; none otherwise.
    private func years(of resolved: PlanSource.Resolved) throws -> [YearPlan] {
        guard let (store, stored) = resolved.stored, stored.kind == .multiYear, let id = stored.plan.id else { return [] }
        let ids = try store.series(of: id)
        guard ids.count > 1 else { return [] }
        return try ids.map { id in
            let year = id == stored.plan.id ? stored : try store.plan(id)
            do {
                return YearPlan(scenario: try resolved.scenario.moved(toPeriodOf: year.plan).scenario, plan: year.plan)
            } catch {
                throw FileError(file: "plan \(id)", error: error)
            }
        }
    }
}
