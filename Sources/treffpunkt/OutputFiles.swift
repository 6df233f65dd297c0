import ArgumentParser
import Foundation
import Treffpunkt

/// A plan's output files and the folder they go to, shared by `plan`, `replan` and `export`.
enum OutputFiles {
    /// The plan's calendars, stamped now. A time zone the system does not know is an internal
    /// error, since loading the scenario has accepted it.
    static func calendarFiles(of plan: Plan, scenario: Scenario, previous: PreviousCalendar?) throws -> PlanCalendarFiles {
        do {
            return try PlanCalendarFiles(plan: plan, scenario: scenario, exportedAt: Date(), previous: previous,
                                         messages: OutputLanguage.messages)
        } catch {
            throw OutputError(path: "the calendars", reason: "\(error)")
        }
    }

    /// Refuses, before any solving, an output folder that cannot take the files: empty, the
    /// root folder, a file or device, or a folder (or nearest existing parent) that is read-only.
    static func verifyFolder(_ folder: URL, option: String?) throws {
        if let option, option.isEmpty { throw CommandFailure.invalidInput("error: --out is empty; give a folder for the plan's files") }
        let path = folder.standardizedFileURL.path
        guard path != "/" else { throw CommandFailure.invalidInput("/: error: --out must not be the root folder") }
        for system in ["/proc", "/sys", "/dev"] where path == system || path.hasPrefix(system + "/") {
            throw CommandFailure.invalidInput("\(path): error: --out must not be a system folder (\(system))")
        }
        // Names longer than the file system allows fail only when written: refuse them now, with
        // room below the folder for the longest file the plan writes (staff/<64-character id>.ics).
        if let long = folder.standardizedFileURL.pathComponents.first(where: { $0.utf8.count > Int(NAME_MAX) }) {
            throw CommandFailure.invalidInput("\(path.prefix(80))…: error: --out has a name of \(long.utf8.count) bytes; "
                + "at most \(NAME_MAX) are allowed")
        }
        guard path.utf8.count <= Int(PATH_MAX) - 200 else {
            throw CommandFailure.invalidInput("\(path.prefix(80))…: error: --out is \(path.utf8.count) bytes long; "
                + "at most \(Int(PATH_MAX) - 200) leave room for the files inside it")
        }
        var existing = folder.standardizedFileURL
        var isDirectory: ObjCBool = false
        while !FileManager.default.fileExists(atPath: existing.path, isDirectory: &isDirectory) {
            existing.deleteLastPathComponent()
        }
        guard isDirectory.boolValue else {
            throw CommandFailure.invalidInput("\(existing.path): error: --out needs a folder, and this is not one")
        }
        guard access(existing.path, W_OK | X_OK) == 0 else {
            throw CommandFailure.invalidInput("\(existing.path): error: the folder is read-only; choose another with --out")
        }
    }
}
