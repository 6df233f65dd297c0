/// The meetings before the period that a plan rotates against besides the scenario's own
/// `history[]`: those of adopted plans, and for a re-plan the history of the plan it starts from.
///
/// Every plan records these entries, so that `check` reproduces its rotation from the plan file.
public struct PlanningHistory: Sendable, Equatable {
    /// Meetings of adopted plans of the scenario's topics that start before its period.
    public private(set) var adopted: [Plan.HistoryEntry] = []
    /// A re-planned plan's own history that no adopted plan replaces, such as the earlier
    /// years of a `plan --years` run.
    public private(set) var carried: [Plan.HistoryEntry] = []

    public init() {}

    /// The adopted meetings that count for `scenario`: of its topics, before its period.
    public init(for scenario: Scenario, from source: (any HistorySource)?) throws {
        guard let source else { return }
        adopted = try source.adoptedHistory(before: scenario.period.lowerBound, topics: Set(scenario.topics.map(\.id)))
    }

    /// Every entry: the adopted ones, then the carried ones.
    public var entries: [Plan.HistoryEntry] { adopted + carried }

    /// Carries over a re-planned plan's history. An entry counts when it is a meeting of one of
    /// the scenario's topics before the period, is not a repeat, and lies outside the period of
    /// every adopted plan of its topic, since that plan now says what happened then.
    public mutating func carry(_ planHistory: [Plan.HistoryEntry], for scenario: Scenario,
                               from source: (any HistorySource)?) throws {
        let topics = Set(scenario.topics.map(\.id))
        let adoptedPeriods = try source?.adoptedPeriods(topics: topics) ?? [:]
        for entry in planHistory where topics.contains(entry.topic) && entry.start < scenario.period.lowerBound {
            let replaced = (adoptedPeriods[entry.topic] ?? []).contains { $0.start <= entry.start && entry.start <= $0.end }
            let repeated = entries.contains { ($0.topic, $0.city, $0.start) == (entry.topic, entry.city, entry.start) }
            if !replaced && !repeated { carried.append(entry) }
        }
    }

    /// `scenario` with these meetings added to its `history[]`.
    public func applied(to scenario: Scenario) -> Scenario {
        var extended = scenario
        extended.history += entries.map { PastMeeting(topic: $0.topic, city: $0.city, start: $0.start) }
        return extended
    }
}
