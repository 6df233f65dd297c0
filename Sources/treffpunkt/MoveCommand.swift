import ArgumentParser
import Foundation
import Treffpunkt

struct MoveCommand: ParsableCommand, ChoosesLanguage {
    static let configuration = CommandConfiguration(
        commandName: "move",
        abstract: "Moves one meeting of a stored plan by hand, checks every hard rule and stores the result as a new manual plan.",
        discussion: """
            `treffpunkt move 3 monitoring#2 --to 2016-09-26 [--venue VENUE]` derives the meeting's dates, times and \
            registration deadline again, renumbers the topic's meetings, recomputes the objective and checks the hard \
            rules. A plan that keeps them is stored (kind manual, derived from the original) and its cost compared \
            with the original's; one that breaks a rule is not stored, its violations are printed and the exit code \
            is 5. With --force it is stored all the same and marked as breaking rules: `plans` and `show` say so, \
            `adopt` refuses it (exit 2), and the exit code is still 5. Then `treffpunkt diff`, `check` and `adopt` \
            as for any other plan.
            """
    )

    @Argument(help: "The stored plan's id.")
    var id: Int64

    @Argument(help: "The meeting, TOPIC#N.")
    var meeting: String

    @Option(help: "The new first day, YYYY-MM-DD.")
    var to: Day

    @Option(help: "The new venue (default: the meeting's own).")
    var venue: String?

    @Flag(help: "Store the plan even if it breaks hard rules; it is marked so and cannot be adopted (exit 5).")
    var force = false

    @OptionGroup var store: StoreLocation
    @OptionGroup var language: LanguageOption

    func validate() throws {
        if MeetingArgument(meeting) == nil { throw ValidationError(MeetingArgument.notAMeeting(meeting)) }
    }

    func run() throws {
        let wanted = MeetingArgument(meeting)!
        let opened = try store.open(access: .write)
        let stored = try opened.plan(id)
        let scenario: Scenario
        do {
            scenario = try stored.scenario().moved(toPeriodOf: stored.plan).scenario
        } catch {
            throw FileError(file: "plan \(id)", error: error)
        }
        let move: ManualMove
        do {
            move = try ManualMove(stored.plan, scenario: scenario, topic: wanted.topic, number: wanted.number,
                                  to: to, venue: venue.map { Venue.ID($0) })
        } catch {
            throw CommandFailure.invalidInput("plan \(id): error: \(error)")
        }
        let messages = OutputLanguage.messages
        let cost = messages(.moveCost, PlanTable.figure(move.plan.objective.total, messages),
                            (move.extraCost >= 0 ? "+" : "") + PlanTable.figure(move.extraCost, messages), "\(id)")
        // The store keeps the English findings; the terminal says them in the chosen language.
        let broken = move.violations.map(\.description)
        let rules = broken.count == 1 ? messages[.moveHardRule] : messages(.moveHardRules, "\(broken.count)")
        guard broken.isEmpty || force else {
            print(messages(.moveBreaks, rules, cost))
            for violation in move.violations { print("  \(violation.line(in: messages))") }
            throw CommandFailure.violations
        }
        let newID = try opened.save(move.plan, scenarioText: stored.scenarioText, scenarioPath: stored.scenarioPath,
                                    calendars: stored.calendars, kind: .manual, derivedFrom: id, brokenRules: broken)
        print(PlanDiff(before: stored.plan, after: move.plan).render(names: scenario, messages: messages), terminator: "")
        guard broken.isEmpty else {
            print(messages(.moveForced, "\(newID)", "\(id)", rules, cost))
            for violation in move.violations { print("  \(violation.line(in: messages))") }
            throw CommandFailure.violations
        }
        print(messages(.moveStored, "\(newID)", "\(id)", cost))
    }
}
