import Foundation
import PlanStore
import Treffpunkt

/// Reading stored plans back for `show`, `diff`, `export` and `replan`.
enum StoredPlans {
    /// The stored plan `id`, or exit 2 naming the store.
    static func plan(_ id: Int64, in store: PlanStore) throws -> StoredPlan {
        try storeCall { () throws(PlanStoreError) in try store.plan(id) }
    }

    /// The scenario a stored plan was made from, read again from the bytes the store kept
    /// (date-set `ics:` paths resolve against the folder the file was in).
    static func scenario(of stored: StoredPlan) throws -> Scenario {
        do {
            return try ScenarioLoader.load(data: stored.scenarioText, fileName: stored.scenarioPath).scenario
        } catch {
            printError("error: the scenario stored with plan \(stored.plan.id ?? 0) cannot be read again:")
            throw report(error)
        }
    }
}
