import ArgumentParser
import Foundation
import Treffpunkt

/// A plan's output files and the folder they go to, shared by `plan`, `replan` and `export`.
enum OutputFiles {
    /// The plan's calendars, stamped now. A time zone the system does not know is an internal
    /// error, since loading the scenario has accepted it.
    static func calendarFiles(of plan: Plan, scenario: Scenario, previous: PreviousCalendar?) throws -> PlanCalendarFiles {
        do {
            return try PlanCalendarFiles(plan: plan, scenario: scenario, exportedAt: Date(), previous: previous)
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
