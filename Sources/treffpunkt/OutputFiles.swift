import ArgumentParser
import Foundation
import Treffpunkt

/// Writing a plan's files into an output folder, shared by `plan` and `export`.
enum OutputFiles {
    /// The plan's calendars, stamped now; a time zone the system does not know is an internal error,
    /// since loading the scenario has accepted it.
    static func calendarFiles(of plan: Plan, scenario: Scenario, previous: PreviousCalendar?) throws -> PlanCalendarFiles {
        do {
            return try PlanCalendarFiles(plan: plan, scenario: scenario, exportedAt: Date(), previous: previous)
        } catch {
            printError("error: cannot write the calendars: \(error)")
            throw ExitStatus.internalError
        }
    }

    /// Reads the earlier export before solving; an unreadable or malformed file is invalid input.
    static func readPrevious(_ path: String) throws -> PreviousCalendar {
        let text: String
        do {
            text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        } catch {
            printError("\(path):1: error: cannot read the previous calendar: \(error.localizedDescription)")
            throw ExitStatus.invalidInput
        }
        do {
            return try PreviousCalendar(text: text)
        } catch {
            printError("\(path):\(error.line): error: \(error.message)")
            throw ExitStatus.invalidInput
        }
    }

    /// Writes completely or not at all: a temporary file in the same folder, then a rename.
    static func write(_ data: Data, to file: URL) throws {
        do {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: file, options: .atomic)
        } catch {
            printError("error: cannot write \(file.relativePath): \(error.localizedDescription)")
            throw ExitStatus.internalError
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
