import Foundation
import Treffpunkt

/// A plan as the store keeps it: the plan itself (with its id) and how it came about.
public struct StoredPlan: Sendable {
    public var plan: Plan
    /// When the run stored it, UTC, ISO 8601.
    public var createdAt: String
    public var kind: PlanKind
    /// The plan a re-plan started from.
    public var derivedFrom: Int64?
    public var adopted: Bool
    /// The scenario's bytes as planned, and where the file was (for `{ics: …}` paths inside it).
    public var scenarioText: Data
    public var scenarioPath: String
    /// The `ics:` files the scenario names, as they were, by the path as written.
    public var calendars: [String: Data]
    /// The hard rules the plan breaks ("RULE: message"), stored by `move --force`; empty for
    /// every other plan. Such a plan cannot be adopted.
    public var brokenRules: [String] = []
}

/// How a stored plan was made.
public enum PlanKind: String, Sendable {
    case plan
    case replan
    /// One year of a `plan --years N` run.
    case multiYear = "multi-year"
    /// A stored plan with one meeting moved by hand (`treffpunkt move`); `derivedFrom` is the original.
    case manual
}

/// One line of `treffpunkt plans`.
public struct StoredPlanSummary: Sendable, Equatable {
    public var id: Int64
    public var createdAt: String
    public var scenarioName: String
    public var scenarioFile: String
    public var periodStart: String
    public var periodEnd: String
    public var kind: PlanKind
    public var status: Plan.Status
    public var total: Double
    public var meetingCount: Int
    public var adopted: Bool
    /// How many hard rules the plan breaks (`move --force`); 0 for every other plan.
    public var brokenRules: Int = 0
}

/// What `adopt` changed for the plan's scenario name and period.
public enum AdoptionChange: Sendable, Equatable {
    case adopted
    /// Earlier adoptions for the same time that this one replaced.
    case replaced(previous: [Int64])
    case alreadyAdopted
}
