import ArgumentParser
import Treffpunkt

struct CheckCommand: ParsableCommand, ChoosesLanguage {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Verifies every hard rule (H1–H8) on a plan and recomputes its objective terms.",
        discussion: "The checker evaluates the rules directly on the plan's dates, venues and people; it shares no code with the planning model. Exit 5 when a hard rule is broken; an objective that does not match the meetings (a stale objective, e.g. after a hand edit) is a warning with the recomputed value, or a violation with --strict."
    )

    @Argument(help: "The scenario file the plan was made for.")
    var scenario: String

    @Argument(help: "The plan (plan.json).")
    var plan: String

    @Option(help: "For a re-plan: the stored plan it started from, so that the changes term and the frozen meetings are checked too.")
    var reference: Int64?

    @Option(help: "For a re-plan with --reference: the --freeze-before day it was made with (YYYY-MM-DD).")
    var freezeBefore: Day?

    @OptionGroup var store: StoreLocation

    @Flag(help: "Count an objective that does not match the meetings as a violation (exit 5), as before.")
    var strict = false

    @OptionGroup var language: LanguageOption

    func validate() throws {
        if freezeBefore != nil, reference == nil { throw ValidationError("--freeze-before needs --reference") }
    }

    func run() throws {
        let file = try Inputs.scenario(scenario).scenario
        let planned = try Inputs.plan(plan)
        let (loaded, years): (Scenario, Int)
        do {
            (loaded, years) = try file.moved(toPeriodOf: planned)
        } catch {
            throw FileError(file: scenario, error: error)
        }
        if years > 0 {
            printError("note: \(plan) plans \(loaded.period.lowerBound) – \(loaded.period.upperBound), "
                + "\(years) year\(years == 1 ? "" : "s") after the scenario's period; checking against the scenario moved there")
        }
        if planned.scenario.sha256 != loaded.source.sha256 {
            printError("warning: \(plan) was made from a different version of \(loaded.source.file) (sha256 differs)")
        }
        let referencePlan = try reference.map { try store.open(access: .read).plan($0).plan }
        if referencePlan == nil, let changes = planned.objective.terms.changes {
            printError("note: the changes term (\(PlanTable.format(changes))) is taken from the plan; "
                + "give --reference ID (the plan it was re-planned from) to recompute it")
        }
        let report = PlanChecker.check(planned, against: loaded, reference: referencePlan,
                                       freezeBefore: freezeBefore)
        // A stale objective is a warning unless --strict; hard rules are always violations.
        let stale = strict ? [] : report.violations.filter { $0.rule == "objective" }
        let violations = strict ? report.violations : report.violations.filter { $0.rule != "objective" }
        let messages = OutputLanguage.messages
        for warning in stale { printError("warning: \(warning.line(in: messages))") }
        // Listed like the loader's problems: at most 200, then how many more.
        for violation in violations.prefix(200) { print(violation.line(in: messages)) }
        if violations.count > 200 { print(messages(.checkMore, String(violations.count - 200))) }
        // English keeps the terms' JSON names, which scripts read; German names them in words.
        let terms = report.recomputedTerms.named.map { term -> String in
            let name = messages.language == .de ? messages.term(term.name)?.name ?? term.name : term.name
            return "\(name) \(PlanTable.figure(term.value, messages))"
        }.joined(separator: ", ")
        let total = PlanTable.figure(report.recomputedTerms.total, messages)
        if violations.isEmpty {
            print(messages(stale.isEmpty ? .checkOK : .checkOKStale, String(planned.meetings.count), total, terms))
        } else {
            print(violations.count == 1 ? messages(.checkViolationsOne, total, terms)
                : messages(.checkViolationsMany, String(violations.count), total, terms))
            throw CommandFailure.violations
        }
    }
}
