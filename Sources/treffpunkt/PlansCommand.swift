import ArgumentParser
import PlanStore
import Treffpunkt

struct PlansCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plans",
        abstract: "Lists the stored plans: id, when, scenario, period, status, total, which are adopted, and how many hard rules a forced `move` breaks."
    )

    @OptionGroup var store: StoreLocation

    @Flag(help: "Print the list as JSON.")
    var json = false

    func run() throws {
        let opened = try store.open(access: .read)
        let plans = try opened.plans()
        if json {
            print(JSONValue.array(plans.map(\.json)).text())
            return
        }
        guard !plans.isEmpty else {
            print("no plans stored in \(opened.path)")
            return
        }
        let header = ["id", "when (UTC)", "scenario", "period", "kind", "status", "total", "adopted"]
            + (plans.contains { $0.brokenRules > 0 } ? ["rules"] : [])
        let rows = plans.map { plan in
            [String(plan.id), plan.createdAt.replacingOccurrences(of: "T", with: " ").replacingOccurrences(of: "Z", with: ""),
             "\(plan.scenarioName) (\(plan.scenarioFile))", "\(plan.periodStart) – \(plan.periodEnd)", plan.kind.rawValue,
             plan.status.rawValue, PlanTable.format(plan.total), plan.adopted ? "adopted" : ""]
                + (header.count > 8 ? [plan.brokenRules > 0 ? "breaks \(plan.brokenRules)" : ""] : [])
        }
        print(PlanTable.table([header] + rows).joined(separator: "\n"))
    }
}

extension StoredPlanSummary {
    var json: JSONValue {
        .object([
            ("id", .integer(Int(id))), ("created_at", .string(createdAt)),
            ("scenario", .object([("name", .string(scenarioName)), ("file", .string(scenarioFile))])),
            ("period", .object([("start", .string(periodStart)), ("end", .string(periodEnd))])),
            ("kind", .string(kind.rawValue)), ("status", .string(status.rawValue)), ("total", .number(total)),
            ("meetings", .integer(meetingCount)), ("adopted", .bool(adopted)), ("broken_rules", .integer(brokenRules)),
        ])
    }
}
