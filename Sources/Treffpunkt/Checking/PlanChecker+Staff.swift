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
                        violations.append(violation("H6", .checkStaffWeekday, "\(member.id)", .weekdays([day.weekday]),
                                                    .weekdays(Weekday.allCases.filter(weekdays.contains)),
                                                    "\(meeting.longLabel)", .day(day)))
                    }
                    if let item = member.unavailable.item(containing: day) {
                        violations.append(violation("H6", .checkStaffUnavailable, "\(member.id)", .day(day),
                                                    "\(item.reason.map { " (\($0))" } ?? "")", "\(meeting.longLabel)"))
                    }
                }
            }
            for (earlier, later) in CheckedMeeting.closePairs(own, restDays: scenario.rules.staffRestDays) {
                let freeDays = earlier.lastDay.distance(to: later.firstDay) - 1
                let overlap = Set(earlier.days).intersection(later.days).sorted()
                if !overlap.isEmpty {
                    violations.append(violation("H6", .checkStaffOverlap, "\(member.id)", "\(earlier.longLabel)",
                                                "\(later.longLabel)", .days(overlap)))
                } else {
                    violations.append(violation("H6", .checkStaffRest, "\(member.id)", "\(max(0, freeDays))", "\(earlier.longLabel)",
                                                "\(later.longLabel)", "\(scenario.rules.staffRestDays)"))
                }
            }
            if let limit = member.maxMeetingsPerMonth {
                let byMonth = Dictionary(grouping: own) { $0.firstDay.year * 100 + $0.firstDay.month }
                for (key, starting) in byMonth.sorted(by: { $0.key < $1.key }) where starting.count > limit {
                    let month = "\(key / 100)-\(key % 100 < 10 ? "0" : "")\(key % 100)"
                    violations.append(violation("H6", .checkStaffMonth, "\(member.id)", "\(starting.count)", "\(month)",
                                                "\(starting.map(\.label).joined(separator: ", "))", "\(limit)"))
                }
            }
        }
        return violations
    }
}
