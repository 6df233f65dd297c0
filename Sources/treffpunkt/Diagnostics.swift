import ArgumentParser
import Foundation
import MIP
import PlanStore
import Treffpunkt

/// The documented exit codes.
enum ExitStatus {
    static let internalError = ExitCode(1)
    static let invalidInput = ExitCode(2)
    static let infeasible = ExitCode(3)
    static let noPlanInTime = ExitCode(4)
    static let violations = ExitCode(5)
}

/// A failure a command decides on itself: the lines to print on stderr and the exit code.
struct CommandFailure: Error {
    var exitCode: ExitCode
    var lines: [String]

    /// Invalid input (exit 2), each line already in `FILE: error: MESSAGE` form.
    static func invalidInput(_ lines: String...) -> CommandFailure {
        CommandFailure(exitCode: ExitStatus.invalidInput, lines: lines)
    }

    /// `check` found violations and printed them on stdout (exit 5).
    static let violations = CommandFailure(exitCode: ExitStatus.violations, lines: [])
}

/// An error about a file that does not say which file: printed as `FILE: error: MESSAGE`, exit 2.
struct FileError: Error {
    var file: String
    var error: any Error
}

/// Why a planning run produced no plan, with what the message needs to say.
struct NoPlan: Error {
    var outcome: PlanningOutcome<PlannedYears>
    var scenarioPath: String
    var timeLimit: Double
    /// With `--json`, stdout gets `{"status": …, "reasons": […]}` as well.
    var json = false
}

/// Writing an output file failed.
struct OutputError: Error {
    var path: String
    var reason: String
}

/// Turns every error a command throws into its message and documented exit code, in this one place.
enum Diagnostics {
    /// Prints what went wrong on stderr and returns the exit code; nil for the command-line
    /// parser's own errors (usage, help), which ArgumentParser reports itself.
    static func exitCode(reporting error: any Error) -> ExitCode? {
        switch error {
        case let failure as CommandFailure:
            failure.lines.forEach { printError($0) }
            return failure.exitCode
        case let invalid as InvalidInput:
            invalid.diagnostics.forEach { printError($0.description) }
            return ExitStatus.invalidInput
        case let store as PlanStoreError:
            printError(describe(store))
            return ExitStatus.invalidInput
        case let located as FileError:
            if case let MultiYearError.busyCalendar(file, line, message) = located.error {
                // The calendar file is the place to look, not the scenario that names it.
                printError("\(file):\(line): error: \(message)")
            } else {
                printError("\(located.file): error: \(located.error)")
            }
            return ExitStatus.invalidInput
        case let multiYear as MultiYearError:
            if case let .busyCalendar(file, line, message) = multiYear {
                printError("\(file):\(line): error: \(message)")
            } else {
                printError("error: \(multiYear)")
            }
            return ExitStatus.invalidInput
        case let noPlan as NoPlan:
            return report(noPlan)
        case PlanningRunError.referenceOfAnotherNetwork:
            printError("error: \(error)")
            return ExitStatus.invalidInput
        case let broken as PlanningRunError:
            printError("error: internal: \(broken.text(in: OutputLanguage.messages))")
            printError("nothing was stored or written; please report this with the scenario")
            return ExitStatus.internalError
        case let stored as StoredCalendarError:
            printError("error: \(stored.description)")
            if case .scenario = stored { return ExitStatus.invalidInput }
            return ExitStatus.internalError
        case let output as OutputError:
            printError("error: cannot write \(output.path): \(output.reason)")
            return ExitStatus.internalError
        case is ExitCode, is CleanExit, is ValidationError:
            return nil
        default:
            if String(reflecting: type(of: error)).hasPrefix("ArgumentParser.") { return nil }
            printError("error: internal: \(error); please report this")
            return ExitStatus.internalError
        }
    }

    /// A store error with what the planner can do about it.
    static func describe(_ error: PlanStoreError) -> String {
        let hint = switch error {
        case .notAStore: "; choose another file with --db or TREFFPUNKT_DB"
        case .newerSchema: "; use that version, this one leaves the file untouched"
        case .missing: "; `treffpunkt plan` creates it, or choose one with --db or TREFFPUNKT_DB"
        case .unknownPlan: "; `treffpunkt plans` lists the stored plans"
        case .damaged: "; this version leaves it as it is: restore a backup, or choose another file with --db"
        case .breaksRules: "; move the meeting again without breaking a rule, or re-plan with it in fixed[], and adopt that plan"
        case .sqlite: "; the store is unchanged"
        }
        return error.description + hint
    }

    private static func report(_ noPlan: NoPlan) -> ExitCode {
        if noPlan.json { print(json(noPlan.outcome).text()) }
        switch noPlan.outcome {
        case .planned:
            return ExitCode.success
        case .infeasible(let reasons):
            let messages = OutputLanguage.messages
            printError(messages(.infeasibleHeader, noPlan.scenarioPath))
            for reason in reasons { printError("  - \(reason.text(messages))") }
            return ExitStatus.infeasible
        case .noPlanFound(let reason):
            let messages = OutputLanguage.messages
            let why = switch reason {
            case .interrupted: messages[.noPlanInterrupted]
            case .timeLimit, .gapReached: messages(.noPlanTimeLimit, PlanTable.figure(noPlan.timeLimit, messages))
            }
            printError(messages(.noPlanFound, why))
            return ExitStatus.noPlanInTime
        case .solverFailed(let reason):
            printError("error: the solver failed: \(reason); please report this with the scenario")
            return ExitStatus.internalError
        }
    }
}

extension Diagnostics {
    /// A run without plans as JSON: its status and the reasons, for scripts that read `--json`.
    static func json(_ outcome: PlanningOutcome<PlannedYears>) -> JSONValue {
        switch outcome {
        case .planned: .object([("status", .string("planned"))])
        case .infeasible(let reasons): .object([("status", .string("infeasible")), ("reasons", .array(reasons.map { .string($0.description) }))])
        case .noPlanFound(let reason): .object([("status", .string("no_plan_found")), ("reasons", .array([.string("\(reason)")]))])
        case .solverFailed(let reason): .object([("status", .string("solver_failed")), ("reasons", .array([.string(reason)]))])
        }
    }
}

/// Writes to standard error.
func printError(_ text: String, terminator: String = "\n") {
    FileHandle.standardError.write(Data((text + terminator).utf8))
}
