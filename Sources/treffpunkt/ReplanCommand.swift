import ArgumentParser
import Foundation
import PlanStore
import Treffpunkt

struct ReplanCommand: ParsableCommand, ChoosesLanguage {
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

    var language: LanguageOption { options.language }

    func run() throws {
        let command = try PlanningCommand(scenarioPath: scenario, options: options)
        guard let store = command.store else { throw PlanStoreError.missing(path: options.store.path) }
        let referenceID = try from ?? adoptedPlan(command.loaded.scenario, in: store)
        let reference = try store.plan(referenceID).plan
        let earlier = try options.previous.map(Inputs.previousCalendar) ?? store.exportedCalendar(of: referenceID)
        let result = try command.run(.replan(reference: reference, freezeBefore: freezeBefore))
        let period = Plan.Period(result.scenario.period)
        if reference.period != period {
            printError("warning: plan \(referenceID) was made for \(reference.period.map { "\($0.start) – \($0.end)" } ?? "another period"), "
                + "the scenario plans \(period.start) – \(period.end)")
        }
        let planned = result.outcome.planned!
        let plan: Plan
        if let same = try identicalReplan(of: planned.plans[0], from: referenceID, in: store) {
            printError("the result is identical to plan \(same), a re-plan of plan \(referenceID) from the same scenario; "
                + "nothing stored or written (`treffpunkt export \(same)` writes its files again)")
            plan = try store.plan(same).plan
        } else {
            plan = try command.storeAndWrite(planned, kind: .replan, derivedFrom: referenceID, folders: [""], previous: earlier)[0]
        }
        command.printPlan(plan, scenario: planned.years[0].scenario)
        let messages = OutputLanguage.messages
        let changes = messages(.changesFrom, String(referenceID)) + "\n"
            + PlanDiff(before: reference, after: plan).render(names: result.scenario, messages: messages)
        if options.json {
            printError(changes, terminator: "")
        } else {
            print("\n" + changes, terminator: "")
        }
    }

    /// An earlier re-plan of the same reference from the same scenario bytes with the same meetings,
    /// so that running one `replan` twice stores it once.
    private func identicalReplan(of plan: Plan, from referenceID: Int64, in store: PlanStore) throws -> Int64? {
        for id in try store.replans(of: referenceID) {
            let stored = try store.plan(id).plan
            if stored.scenario.sha256 == plan.scenario.sha256, stored.period == plan.period, stored.meetings == plan.meetings {
                return id
            }
        }
        return nil
    }

    /// The plan adopted for the scenario's name and period (the period moved to the reference's
    /// year is not known yet, so the scenario's own), or exit 2 asking for --from.
    private func adoptedPlan(_ scenario: Scenario, in store: PlanStore) throws -> Int64 {
        let period = Plan.Period(scenario.period)
        guard let adopted = try store.adoptedPlan(scenarioName: scenario.name, period: period) else {
            throw CommandFailure.invalidInput("\(store.path): error: no plan is adopted for \(scenario.name), \(period.start) – \(period.end); "
                + "adopt one (`treffpunkt adopt ID`) or name it with --from ID")
        }
        return adopted
    }
}
