import ArgumentParser
import Foundation
import PlanStore
import Treffpunkt

struct ReplanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replan",
        abstract: "Re-plans a scenario from a stored plan, changing as few meetings as possible.",
        discussion: """
            Starts from the adopted plan for the scenario's name and period, or from --from. The scenario may be \
            edited (a venue now unavailable, a staff vacation, a new fixed meeting). Meetings before --freeze-before \
            stay exactly as they are. Moving a meeting to another city costs rules.weights.change_city, to another \
            venue in its city change_venue, and each day its date moves change_day. The result is stored, its \
            changes are listed like `diff`, and the calendars keep their UIDs with a higher SEQUENCE for what moved.
            """
    )

    @Argument(help: "The scenario file, possibly edited since the plan was made.")
    var scenario: String

    @Option(help: "The stored plan to start from (default: the adopted plan for the scenario's name and period).")
    var from: Int64?

    @Option(help: "Keep the meetings that start before this day (YYYY-MM-DD) exactly as they are.")
    var freezeBefore: Day?

    @OptionGroup var options: PlanRunOptions

    func validate() throws {
        if options.noStore { throw ValidationError("replan starts from a stored plan; it cannot run with --no-store") }
    }

    func run() throws {
        var session = try PlanningSession(scenarioPath: scenario, options: options)
        guard let store = session.store else {
            printError(PlanStoreError.missing(path: options.store.path).description)
            throw ExitStatus.invalidInput
        }
        let referenceID = try from ?? adoptedPlan(session.scenario, in: store)
        let reference = try StoredPlans.plan(referenceID, in: store)
        try session.move(toPeriodOf: reference.plan)
        try session.include(reference.plan.history)
        let period = Plan.Period(session.scenario.period)
        if reference.plan.period != period {
            printError("warning: plan \(referenceID) was made for \(reference.plan.period.map { "\($0.start) – \($0.end)" } ?? "another period"), "
                + "the scenario plans \(period.start) – \(period.end)")
        }
        let earlier = try options.previous.map(OutputFiles.readPrevious) ?? StoredPlans.exportedCalendar(of: referenceID, in: store)
        let solved = session.solve { $0.replan(session.scenario, reference: reference.plan, freezeBefore: freezeBefore) }
        let plan = try session.store(try session.plan(of: solved), kind: .replan, derivedFrom: referenceID)
        try session.write(plan, into: options.outputFolder(for: scenario), previous: earlier)
        let changes = "changes from plan \(referenceID):\n" + PlanDiff(before: reference.plan, after: plan).render(names: session.scenario)
        if options.json {
            printError(changes, terminator: "")
        } else {
            print("\n" + changes, terminator: "")
        }
    }

    /// The plan adopted for the scenario's name and period, or exit 2 asking for --from.
    private func adoptedPlan(_ scenario: Scenario, in store: PlanStore) throws -> Int64 {
        let period = Plan.Period(scenario.period)
        let adopted = try storeCall { () throws(PlanStoreError) in try store.adoptedPlan(scenarioName: scenario.name, period: period) }
        guard let adopted else {
            printError("\(store.path): error: no plan is adopted for \(scenario.name), \(period.start) – \(period.end); "
                + "adopt one (`treffpunkt adopt ID`) or name it with --from ID")
            throw ExitStatus.invalidInput
        }
        return adopted
    }
}
