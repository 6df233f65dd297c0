/// Rule H7: a topic's meetings keep their rhythm.
extension PlanChecker {
    /// Consecutive meetings of a topic, by first day, are at least `min_gap_days` and at most
    /// `max_gap_days` apart (difference of first days).
    static func gapViolations(_ meetings: [CheckedMeeting], _ scenario: Scenario) -> [CheckReport.Violation] {
        var violations: [CheckReport.Violation] = []
        for topic in scenario.topics {
            let ordered = meetings.filter { $0.topic.id == topic.id }.sorted(by: CheckedMeeting.byFirstDay)
            for (earlier, later) in zip(ordered, ordered.dropFirst()) {
                let gap = earlier.firstDay.distance(to: later.firstDay)
                if gap < topic.minGapDays {
                    violations.append(violation("H7", .checkGapTooShort, "\(earlier.longLabel)", "\(later.longLabel)", "\(gap)",
                                                    "\(topic.id)", "\(topic.minGapDays)"))
                }
                if let maxGap = topic.maxGapDays, gap > maxGap {
                    violations.append(violation("H7", .checkGapTooLong, "\(earlier.longLabel)", "\(later.longLabel)", "\(gap)",
                                                    "\(topic.id)", "\(maxGap)"))
                }
            }
        }
        return violations
    }
}
