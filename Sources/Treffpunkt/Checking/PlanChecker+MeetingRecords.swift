import Foundation

/// Rule H1: each topic gets exactly its meetings, fixed meetings appear as given, and each
/// meeting's record (number, staff, times, registration deadline) says what the scenario implies.
extension PlanChecker {
    /// Matches `fixed[]` entries one to one with the plan's meetings and marks those meetings.
    static func fixedMeetingViolations(_ plan: Plan, _ meetings: inout [CheckedMeeting],
                                       _ scenario: Scenario) -> [CheckReport.Violation] {
        var violations: [CheckReport.Violation] = []
        var matched = Set<Int>()
        for entry in scenario.fixed {
            let position = meetings.firstIndex { meeting in
                !matched.contains(meeting.index) && meeting.topic.id == entry.topic
                    && meeting.firstDay == entry.start && meeting.venue.id == entry.venue
            }
            guard let position else {
                violations.append(violation("H1", .checkFixedMissing, "\(entry.topic)", .day(entry.start), "\(entry.venue)"))
                continue
            }
            matched.insert(meetings[position].index)
            meetings[position].isFixed = true
            if !meetings[position].meeting.fixed {
                violations.append(violation("H1", .checkFixedNotMarked, "\(meetings[position].longLabel)"))
            }
        }
        for (index, meeting) in plan.meetings.enumerated() where meeting.fixed && !matched.contains(index) {
            violations.append(violation("H1", .checkMarkedFixed, "\(meeting.topic)", "\(meeting.number)",
                                        meeting.dates.first.map { .day($0) } ?? "no date", "\(meeting.venue)"))
        }
        return violations
    }

    static func meetingRecordViolations(_ plan: Plan, _ meetings: [CheckedMeeting],
                                        _ scenario: Scenario) -> [CheckReport.Violation] {
        var violations: [CheckReport.Violation] = []
        for topic in scenario.topics {
            let count = plan.meetings.count { $0.topic == topic.id }
            if count != topic.meetings {
                violations.append(violation("H1", .checkMeetingCount, "\(topic.id)", "\(count)", "\(topic.meetings)"))
            }
            let ordered = meetings.filter { $0.topic.id == topic.id }.sorted(by: CheckedMeeting.byFirstDay)
            for (position, meeting) in ordered.enumerated() where meeting.meeting.number != position + 1 {
                violations.append(violation("H1", .checkNumber, "\(meeting.longLabel)", "\(meeting.meeting.number)",
                                                "\(position + 1)", "\(topic.id)"))
            }
        }
        for meeting in meetings where meeting.meeting.staff != meeting.topic.staff {
            violations.append(violation("H1", .checkStaffList, "\(meeting.longLabel)", "\(quoted(meeting.meeting.staff.map(\.rawValue)))",
                                        "\(quoted(meeting.topic.staff.map(\.rawValue)))"))
        }
        for meeting in meetings {
            let deadline = meeting.firstDay.advanced(by: -meeting.format.registrationDays)
            if meeting.meeting.registrationDeadline != deadline {
                violations.append(violation("H1", .checkDeadline, "\(meeting.longLabel)", .day(meeting.meeting.registrationDeadline),
                                                .day(deadline), "\(meeting.format.registrationDays)"))
            }
        }
        guard let zone = TimeZone(identifier: scenario.timeZone) else {
            violations.append(violation("H1", .checkTimeZone, "\(scenario.timeZone)"))
            return violations
        }
        for meeting in meetings {
            violations += timestampViolations(meeting, field: "start", written: meeting.meeting.start,
                                              time: meeting.format.startTime, day: meeting.firstDay, zone: zone)
            violations += timestampViolations(meeting, field: "end", written: meeting.meeting.end,
                                              time: meeting.format.endTime, day: meeting.lastDay, zone: zone)
        }
        return violations
    }

    /// The plan's `start` or `end` must be the format's local time on that day with the offset in force.
    private static func timestampViolations(_ meeting: CheckedMeeting, field: String, written: LocalTimestamp,
                                            time: TimeOfDay, day: Day, zone: TimeZone) -> [CheckReport.Violation] {
        let readings = LocalTimestamp.readings(of: time, on: day, in: zone)
        if readings.contains(written) { return [] }
        return [violation("H1", .checkTimestamp, "\(meeting.longLabel)", "\(field)", "\(written)", "\(readings[0])",
                          "\(time)", .day(day), "\(zone.identifier)")]
    }

    static func quoted(_ ids: [String]) -> String {
        "[" + ids.map { "'\($0)'" }.joined(separator: ", ") + "]"
    }
}
