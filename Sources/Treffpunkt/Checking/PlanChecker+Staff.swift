/// Rule H6: the people who run the meetings can be there.
extension PlanChecker {
    /// Every staff member of a topic works on the weekday of every day of its meetings (`weekdays`)
    /// and is available then; one person's
    /// meetings across all topics neither overlap nor come closer than `staff_rest_days` free
    /// days; at most `max_meetings_per_month` of them start in one calendar month.
    static func staffViolations(_ meetings: [CheckedMeeting], _ scenario: Scenario) -> [CheckReport.Violation] {
        var violations: [CheckReport.Violation] = []
        for member in scenario.staff {
            let own = meetings.filter { $0.topic.staff.contains(member.id) }
                .sorted { ($0.firstDay, $0.index) < ($1.firstDay, $1.index) }
            for meeting in own {
                for day in meeting.days {
                    if let weekdays = member.weekdays, !weekdays.contains(day.weekday) {
                        let worked = Weekday.allCases.filter(weekdays.contains).map(\.abbreviation)
                        violations.append(violation("H6", "staff '\(member.id)' does not work on \(day.weekday.abbreviation) "
                            + "(works \(worked.joined(separator: ", "))) but runs \(meeting.longLabel) on \(day)"))
                    }
                    if let item = member.unavailable.item(containing: day) {
                        violations.append(violation("H6", "staff '\(member.id)' is unavailable on \(day)"
                            + "\(item.reason.map { " (\($0))" } ?? "") but runs \(meeting.longLabel)"))
                    }
                }
            }
            for (earlier, later) in CheckedMeeting.closePairs(own, restDays: scenario.rules.staffRestDays) {
                let freeDays = earlier.lastDay.distance(to: later.firstDay) - 1
                let overlap = Set(earlier.days).intersection(later.days).sorted()
                if !overlap.isEmpty {
                    violations.append(violation("H6", "staff '\(member.id)' runs \(earlier.longLabel) and "
                        + "\(later.longLabel) at the same time on \(overlap.map(\.description).joined(separator: ", "))"))
                } else {
                    violations.append(violation("H6", "staff '\(member.id)' has \(max(0, freeDays)) free days between "
                        + "\(earlier.longLabel) and \(later.longLabel), at least "
                        + "\(scenario.rules.staffRestDays) required"))
                }
            }
            if let limit = member.maxMeetingsPerMonth {
                let byMonth = Dictionary(grouping: own) { $0.firstDay.year * 100 + $0.firstDay.month }
                for (key, starting) in byMonth.sorted(by: { $0.key < $1.key }) where starting.count > limit {
                    let month = "\(key / 100)-\(key % 100 < 10 ? "0" : "")\(key % 100)"
                    violations.append(violation("H6", "staff '\(member.id)' has \(starting.count) meetings starting in "
                        + "\(month) (\(starting.map(\.label).joined(separator: ", "))), at most \(limit)"))
                }
            }
        }
        return violations
    }
}
