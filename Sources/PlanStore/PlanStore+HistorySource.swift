import Treffpunkt

/// The store is where adopted plans, and so the history of later plans, come from.
extension PlanStore: HistorySource {
    public func adoptedHistory(before day: Day, topics: Set<String>) throws -> [Plan.HistoryEntry] {
        try adoptedHistory(before: day.description, topics: topics)
    }
}
