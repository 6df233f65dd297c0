import ArgumentParser
import Foundation
import PlanStore
import Treffpunkt

struct ExportCommand: ParsableCommand, ChoosesLanguage {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Writes a plan's calendars again: calendar.ics and one file per topic, staff member and host city.",
        discussion: """
            The plan is a stored plan's id (`treffpunkt export 3`; the store kept its scenario), or a scenario file and \
            a plan.json. With --previous, meetings keep their UIDs, changed ones get a higher SEQUENCE and dropped \
            ones stay in the feed as CANCELLED.
            """
    )

    @OptionGroup var source: PlanSource

    @OptionGroup var language: LanguageOption

    @Option(help: "Folder for the calendars (default: out/<scenario file stem>/).")
    var out: String?

    @Option(help: "The calendar.ics exported before, to update instead of duplicate.")
    var previous: String?

    func run() throws {
        let resolved = try source.resolve()
        let (planned, scenario) = (resolved.plan, resolved.scenario)
        let report = PlanChecker.check(planned, against: try scenario.moved(toPeriodOf: planned).scenario)
        if !report.isValid {
            printError("warning: \(resolved.description) breaks \(report.violations.count) rule(s) of its scenario; "
                + "`treffpunkt check` lists them")
        }
        // A stored re-plan's calendar continues the SEQUENCE numbers of the plan it came from.
        let lineage = try resolved.stored.flatMap { store, stored in try stored.derivedFrom.map { try store.exportedCalendar(of: $0) } }
        let earlier = try previous.map(Inputs.previousCalendar) ?? lineage
        let stem = URL(fileURLWithPath: planned.scenario.file).deletingPathExtension().lastPathComponent
        let folder = URL(fileURLWithPath: out ?? "out/\(stem)")
        try OutputFiles.verifyFolder(folder, option: out)
        let calendars = try OutputFiles.calendarFiles(of: planned, scenario: scenario, previous: earlier).files
        try StagedFiles.write(calendars.map { ($0.data, $0.path) }, into: folder)
        printError("wrote \(calendars.count) calendars into \(folder.relativePath)")
    }
}
