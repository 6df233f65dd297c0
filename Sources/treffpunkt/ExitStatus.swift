import ArgumentParser
import Foundation
import Treffpunkt

/// The documented exit codes, mapped in this one place.
enum ExitStatus {
    static let internalError = ExitCode(1)
    static let invalidInput = ExitCode(2)
    static let infeasible = ExitCode(3)
    static let noPlanInTime = ExitCode(4)
    static let violations = ExitCode(5)
}

/// Writes to standard error.
func printError(_ text: String, terminator: String = "\n") {
    FileHandle.standardError.write(Data((text + terminator).utf8))
}

/// Prints every problem of an invalid input file and returns the exit code for it.
func report(_ invalid: InvalidInput) -> ExitCode {
    for diagnostic in invalid.diagnostics { printError(diagnostic.description) }
    return ExitStatus.invalidInput
}

/// Reads a plan file; invalid input ends the command with exit 2.
func loadPlan(_ path: String) throws -> Plan {
    do {
        return try PlanReader.read(path: path)
    } catch {
        throw report(error)
    }
}

/// Loads a scenario, printing its warnings; invalid input ends the command with exit 2.
func loadScenario(_ path: String) throws -> Scenario {
    try loadScenarioFile(path).scenario
}

/// Loads a scenario with its bytes, printing its warnings; invalid input ends the command with exit 2.
func loadScenarioFile(_ path: String) throws -> LoadedScenario {
    do {
        let loaded = try ScenarioLoader.load(path: path)
        for warning in loaded.warnings { printError(warning.description) }
        return loaded
    } catch {
        throw report(error)
    }
}
