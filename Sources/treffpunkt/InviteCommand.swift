import ArgumentParser
import Foundation
import PlanStore
import Treffpunkt

struct InviteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "invite",
        abstract: "Writes invitations for a plan's meetings: a METHOD:REQUEST .ics and a .eml draft per meeting. Nothing is sent.",
        discussion: """
            ORGANIZER is the first of the topic's staff with an e-mail address; ATTENDEEs are the topic's staff and the \
            contacts of its member cities (RSVP=TRUE). For a stored re-plan only meetings that are new or moved are \
            invited again (same UID, higher SEQUENCE), and dropped meetings get a METHOD:CANCEL file. The .eml files \
            carry X-Unsent: 1, so a mail program opens them as drafts.
            """
    )

    @OptionGroup var source: PlanSource

    @Option(help: "Folder for the files (default: out/<scenario file stem>/invitations/).")
    var out: String?

    @Option(help: "Language of the mail texts: de or en.")
    var lang: Language = .de

    func run() throws {
        let resolved = try source.resolve()
        let (planned, scenario) = (resolved.plan, resolved.scenario)
        let moved = try scenario.moved(toPeriodOf: planned).scenario
        let report = PlanChecker.check(planned, against: moved)
        if !report.isValid {
            printError("warning: \(resolved.description) breaks \(report.violations.count) rule(s) of its scenario; "
                + "`treffpunkt check` lists them")
        }
        let lineage = try resolved.stored.flatMap { store, stored in try stored.derivedFrom.map { try store.exportedCalendar(of: $0) } }
        let stem = URL(fileURLWithPath: planned.scenario.file).deletingPathExtension().lastPathComponent
        let folder = URL(fileURLWithPath: out ?? "out/\(stem)/invitations")
        try OutputFiles.verifyFolder(folder, option: out)
        let invitations: Invitations
        do {
            invitations = try Invitations(plan: planned, scenario: scenario, exportedAt: Date(), previous: lineage, language: lang)
        } catch {
            throw OutputError(path: "the invitations", reason: "\(error)")
        }
        for (topic, number) in invitations.withoutAttendees {
            printError("warning: '\(topic)' #\(number): nobody to invite (no contact of a member city, no staff e-mail); no file written")
        }
        var files: [(data: Data, path: String)] = []
        for invitation in invitations.invitations {
            files.append((Data(invitation.calendar.serialized.utf8), invitation.fileStem + ".ics"))
            files.append((invitation.mail.data, invitation.fileStem + ".eml"))
        }
        let counts = Dictionary(grouping: invitations.invitations, by: \.kind).mapValues(\.count)
        let summary = "\(counts[.invitation] ?? 0) invitations, \(counts[.update] ?? 0) updates, "
            + "\(counts[.cancellation] ?? 0) cancellations, \(invitations.unchanged) meetings unchanged"
        guard !files.isEmpty else {
            printError("nothing to write: \(summary)")
            return
        }
        try StagedFiles.write(files, into: folder)
        for invitation in invitations.invitations {
            print("\(invitation.kind.rawValue): \(folder.relativePath)/\(invitation.fileStem).ics, .eml")
        }
        printError("wrote \(files.count) files into \(folder.relativePath): \(summary)")
    }
}
