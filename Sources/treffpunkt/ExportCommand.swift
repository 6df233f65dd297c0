import ArgumentParser
import Foundation
import Treffpunkt

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Writes a plan's calendars again: calendar.ics and one file per topic, staff member and host city.",
        discussion: "Until the plan store exists, the plan comes from its plan.json. With --previous, meetings keep their UIDs, changed ones get a higher SEQUENCE and dropped ones stay in the feed as CANCELLED."
    )

    @Argument(help: "The scenario file the plan was made for.")
    var scenario: String

    @Argument(help: "The plan (plan.json).")
    var plan: String

    @Option(help: "Folder for the calendars (default: out/<scenario file stem>/).")
    var out: String?

    @Option(help: "The calendar.ics exported before, to update instead of duplicate.")
    var previous: String?

    func run() throws {
        let loaded = try loadScenario(scenario)
        let planned = try loadPlan(plan)
        let report = PlanChecker.check(planned, against: loaded)
        if !report.isValid {
            printError("warning: \(plan) breaks \(report.violations.count) rule(s) of \(scenario); `treffpunkt check` lists them")
        }
        let earlier = try previous.map(OutputFiles.readPrevious)
        let folder = URL(fileURLWithPath: out ?? "out/\(URL(fileURLWithPath: scenario).deletingPathExtension().lastPathComponent)")
        let count = try OutputFiles.writeCalendars(of: planned, scenario: loaded, previous: earlier, into: folder)
        printError("wrote \(count) calendars into \(folder.relativePath)")
    }
}
