import ArgumentParser
import Foundation
import PlanStore
import Treffpunkt

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Writes a plan's calendars again: calendar.ics and one file per topic, staff member and host city.",
        discussion: """
            The plan is a stored plan's id (`treffpunkt export 3`; the store kept its scenario), or a scenario file and \
            a plan.json. With --previous, meetings keep their UIDs, changed ones get a higher SEQUENCE and dropped \
            ones stay in the feed as CANCELLED.
            """
    )

    @Argument(help: "A stored plan's id, or the scenario file followed by its plan.json.")
    var plan: [String]

    @OptionGroup var store: StoreLocation

    @Option(help: "Folder for the calendars (default: out/<scenario file stem>/).")
    var out: String?

    @Option(help: "The calendar.ics exported before, to update instead of duplicate.")
    var previous: String?

    func validate() throws {
        switch plan.count {
        case 1 where Int64(plan[0]) == nil:
            throw ValidationError("'\(plan[0])' is not a plan id; give an id or SCENARIO PLAN.json")
        case 1, 2: break
        default: throw ValidationError("give a stored plan's id, or SCENARIO PLAN.json")
        }
    }

    func run() throws {
        let (planned, scenario, description, lineage) = try resolve()
        let report = PlanChecker.check(planned, against: try scenario.moved(toPeriodOf: planned).scenario)
        if !report.isValid {
            printError("warning: \(description) breaks \(report.violations.count) rule(s) of its scenario; `treffpunkt check` lists them")
        }
        let earlier = try previous.map(Inputs.previousCalendar) ?? lineage
        let stem = URL(fileURLWithPath: planned.scenario.file).deletingPathExtension().lastPathComponent
        let folder = URL(fileURLWithPath: out ?? "out/\(stem)")
        try OutputFiles.verifyFolder(folder, option: out)
        let calendars = try OutputFiles.calendarFiles(of: planned, scenario: scenario, previous: earlier).files
        let staged = try StagedFiles(into: folder)
        for file in calendars { try staged.write(file.data, to: file.path) }
        try staged.verifyPlaceable()
        try staged.commit()
        printError("wrote \(calendars.count) calendars into \(folder.relativePath)")
    }

    /// The plan, its scenario, how to name it in messages, and for a stored re-plan the calendar
    /// of the plan it came from (so its SEQUENCE numbers continue that calendar's).
    private func resolve() throws -> (Plan, Scenario, String, PreviousCalendar?) {
        if plan.count == 2 {
            return (try Inputs.plan(plan[1]), try Inputs.scenario(plan[0]).scenario, plan[1], nil)
        }
        let id = Int64(plan[0])!
        let opened = try store.open(access: .read)
        let stored = try opened.plan(id)
        let lineage = try stored.derivedFrom.map { try opened.exportedCalendar(of: $0) }
        return (stored.plan, try stored.scenario(), "plan \(id)", lineage)
    }
}
