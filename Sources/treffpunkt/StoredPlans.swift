import Foundation
import PlanStore
import Treffpunkt

/// Reading stored plans back for `show`, `diff`, `export` and `replan`.
enum StoredPlans {
    /// The stored plan `id`, or exit 2 naming the store.
    static func plan(_ id: Int64, in store: PlanStore) throws -> StoredPlan {
        try storeCall { () throws(PlanStoreError) in try store.plan(id) }
    }

    /// The `calendar.ics` a stored plan exported, as `--previous` reads it: a re-plan's calendar
    /// builds on the calendar of the plan it came from, so SEQUENCE grows along the chain.
    static func exportedCalendar(of id: Int64, in store: PlanStore) throws -> PreviousCalendar {
        let stored = try plan(id, in: store)
        let parent = try stored.derivedFrom.map { try exportedCalendar(of: $0, in: store) }
        let files = try OutputFiles.calendarFiles(of: stored.plan, scenario: try scenario(of: stored), previous: parent)
        do {
            return try PreviousCalendar(text: files.files[0].calendar.serialized)
        } catch {
            printError("error: the calendar of plan \(id) cannot be read back: \(error.message)")
            throw ExitStatus.internalError
        }
    }

    /// The scenario a stored plan was made from, read again from the bytes the store kept
    /// (date-set `ics:` paths resolve against the folder the file was in).
    static func scenario(of stored: StoredPlan) throws -> Scenario {
        do {
            return try ScenarioLoader.load(data: stored.scenarioText, fileName: stored.scenarioPath,
                                           calendars: stored.calendars).scenario
        } catch {
            printError("error: the scenario stored with plan \(stored.plan.id ?? 0) cannot be read again:")
            throw report(error)
        }
    }
}
