import ArgumentParser
import Treffpunkt

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Verifies every hard rule (H1–H8) on a plan and recomputes its objective terms.",
        discussion: "The checker evaluates the rules directly on the plan's dates, venues and people; it shares no code with the planning model. Exit 5 when it finds violations."
    )

    @Argument(help: "The scenario file the plan was made for.")
    var scenario: String

    @Argument(help: "The plan (plan.json).")
    var plan: String

    func run() throws {
        let file = try loadScenario(scenario)
        let planned = try loadPlan(plan)
        let (loaded, years) = file.moved(toPeriodOf: planned)
        if years > 0 {
            printError("note: \(plan) plans \(loaded.period.lowerBound) – \(loaded.period.upperBound), "
                + "\(years) year\(years == 1 ? "" : "s") after the scenario's period; checking against the scenario moved there")
        }
        if planned.scenario.sha256 != loaded.source.sha256 {
            printError("warning: \(plan) was made from a different version of \(loaded.source.file) (sha256 differs)")
        }
        let report = PlanChecker.check(planned, against: loaded)
        for violation in report.violations { print(violation.description) }
        let terms = report.recomputedTerms.named.map { "\($0.name) \(PlanTable.format($0.value))" }
        if report.isValid {
            print("ok: \(planned.meetings.count) meetings, every rule holds; objective \(PlanTable.format(report.recomputedTerms.total)) "
                + "(\(terms.joined(separator: ", "))) matches the plan")
        } else {
            print("\(report.violations.count) violation\(report.violations.count == 1 ? "" : "s"); recomputed objective "
                + "\(PlanTable.format(report.recomputedTerms.total)) (\(terms.joined(separator: ", ")))")
            throw ExitStatus.violations
        }
    }
}
