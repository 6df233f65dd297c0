import Foundation
import Treffpunkt

/// Reading the files a command is given; invalid input is thrown with its located diagnostics.
enum Inputs {
    /// Loads a scenario with its bytes, printing its warnings.
    static func scenario(_ path: String) throws -> LoadedScenario {
        let loaded = try ScenarioLoader.load(path: path)
        for warning in loaded.warnings { printError(warning.description) }
        return loaded
    }

    /// Reads a plan file.
    static func plan(_ path: String) throws -> Plan {
        try PlanReader.read(path: path)
    }

    /// Reads an earlier calendar export (`--previous`) before solving.
    static func previousCalendar(_ path: String) throws -> PreviousCalendar {
        let text: String
        do {
            text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        } catch {
            throw CommandFailure.invalidInput("\(path):1: error: cannot read the previous calendar: \(error.localizedDescription)")
        }
        do {
            return try PreviousCalendar(text: text)
        } catch {
            throw CommandFailure.invalidInput("\(path):\(error.line): error: \(error.message)")
        }
    }
}
