import ArgumentParser
import PlanStore
import Treffpunkt

struct AdoptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "adopt",
        abstract: "Marks a stored plan as the one the network follows for its period.",
        discussion: "At most one plan is adopted per scenario name and period; adopting another replaces it. The meetings of adopted plans count as history (rotation, no_repeat_host_years) for every later plan."
    )

    @Argument(help: "The plan's id (see `treffpunkt plans`).")
    var id: Int64

    @OptionGroup var store: StoreLocation

    func run() throws {
        let opened = try store.open(access: .write)
        let stored = try opened.plan(id)
        let change = try opened.adopt(id)
        let what = "\(stored.plan.scenario.name), \(stored.plan.period.map { "\($0.start) – \($0.end)" } ?? "")"
        switch change {
        case .adopted:
            print("adopted plan \(id) for \(what)")
        case .replaced(let previous):
            let plans = previous.map(String.init).joined(separator: ", ")
            print("adopted plan \(id) for \(what); it replaces plan\(previous.count == 1 ? "" : "s") \(plans), "
                + "which \(previous.count == 1 ? "is" : "are") no longer adopted")
        case .alreadyAdopted:
            print("plan \(id) was already adopted for \(what); nothing changed")
        }
    }
}
