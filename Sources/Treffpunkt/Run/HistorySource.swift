/// Where the meetings of adopted plans come from: the plan store, or in tests a plain array of
/// adopted plans.
public protocol HistorySource: Sendable {
    /// The meetings of adopted plans that start before `day`, of the given topics, each with the
    /// id of its plan.
    func adoptedHistory(before day: Day, topics: Set<Topic.ID>) throws -> [Plan.HistoryEntry]
    /// The periods of adopted plans, for each of the given topics that such a plan holds.
    func adoptedPeriods(topics: Set<Topic.ID>) throws -> [Topic.ID: [Plan.Period]]
}

/// Adopted plans held in memory: each plan's meetings are history, its period covers its topics.
extension Array: HistorySource where Element == Plan {
    public func adoptedHistory(before day: Day, topics: Set<Topic.ID>) -> [Plan.HistoryEntry] {
        flatMap { plan in
            plan.meetings.compactMap { meeting -> Plan.HistoryEntry? in
                guard topics.contains(meeting.topic), meeting.firstDay < day else { return nil }
                return Plan.HistoryEntry(topic: meeting.topic, city: meeting.city, start: meeting.firstDay, plan: plan.id)
            }
        }.sorted { ($0.start, $0.topic) < ($1.start, $1.topic) }
    }

    public func adoptedPeriods(topics: Set<Topic.ID>) -> [Topic.ID: [Plan.Period]] {
        var periods: [Topic.ID: [Plan.Period]] = [:]
        for plan in self {
            guard let period = plan.period else { continue }
            for topic in Set(plan.meetings.map(\.topic)) where topics.contains(topic) {
                periods[topic, default: []].append(period)
            }
        }
        return periods
    }
}
