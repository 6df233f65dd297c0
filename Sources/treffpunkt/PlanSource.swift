import ArgumentParser
import PlanStore
import Treffpunkt

/// A plan named on the command line: a stored plan's id, or a scenario file and its plan.json
/// (`export`, `report`).
struct PlanSource: ParsableArguments {
    @Argument(help: "A stored plan's id, or the scenario file followed by its plan.json.")
    var plan: [String]

    @OptionGroup var store: StoreLocation

    func validate() throws {
        switch plan.count {
        case 1 where Int64(plan[0]) == nil:
            throw ValidationError("'\(plan[0])' is not a plan id; give an id or SCENARIO PLAN.json")
        case 1, 2: break
        default: throw ValidationError("give a stored plan's id, or SCENARIO PLAN.json")
        }
    }

    /// The plan, its scenario file's scenario, how to name the plan in messages, and for a
    /// stored plan the store it came from.
    struct Resolved {
        var plan: Plan
        var scenario: Scenario
        var description: String
        var stored: (store: PlanStore, plan: StoredPlan)?
    }

    func resolve() throws -> Resolved {
        try Self.resolve(plan, store: store)
    }

    /// Resolves `words`: an id, or SCENARIO PLAN.json (already validated).
    static func resolve(_ words: [String], store: StoreLocation) throws -> Resolved {
        if words.count == 2 {
            return Resolved(plan: try Inputs.plan(words[1]), scenario: try Inputs.scenario(words[0]).scenario,
                            description: words[1], stored: nil)
        }
        let id = Int64(words[0])!
        let opened = try store.open(access: .read)
        let stored = try opened.plan(id)
        return Resolved(plan: stored.plan, scenario: try stored.scenario(), description: "plan \(id)", stored: (opened, stored))
    }
}
