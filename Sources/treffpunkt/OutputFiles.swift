import ArgumentParser
import Foundation
import Treffpunkt

/// Writing a plan's files into an output folder, shared by `plan` and `export`.
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

    /// Writes completely or not at all: a temporary file in the same folder, then a rename.
    static func write(_ data: Data, to file: URL) throws {
        do {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: file, options: .atomic)
        } catch {
            throw OutputError(path: file.relativePath, reason: error.localizedDescription)
        }
    }

    /// Writes the plan's calendars into `folder`; returns how many files it wrote.
    static func writeCalendars(of plan: Plan, scenario: Scenario, previous: PreviousCalendar?, into folder: URL) throws -> Int {
        let calendars = try calendarFiles(of: plan, scenario: scenario, previous: previous)
        for file in calendars.files {
            try write(file.data, to: folder.appendingPathComponent(file.path))
        }
        return calendars.files.count
    }
}
