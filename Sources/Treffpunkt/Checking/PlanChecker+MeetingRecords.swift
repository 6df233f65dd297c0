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
                violations.append(violation("H1", "fixed meeting of '\(entry.topic)' on \(entry.start) "
                    + "at venue '\(entry.venue)' is missing from the plan"))
                continue
            }
            matched.insert(meetings[position].index)
            meetings[position].isFixed = true
            if !meetings[position].meeting.fixed {
                violations.append(violation("H1", "\(meetings[position].longLabel) is a fixed meeting "
                    + "but is not marked fixed"))
            }
        }
        for (index, meeting) in plan.meetings.enumerated() where meeting.fixed && !matched.contains(index) {
            violations.append(violation("H1", "meeting '\(meeting.topic)' #\(meeting.number) "
                + "(\(meeting.dates.first?.description ?? "no date"), '\(meeting.venue)') is marked fixed but is not in fixed[]"))
        }
        return violations
    }

    static func meetingRecordViolations(_ plan: Plan, _ meetings: [CheckedMeeting],
                                        _ scenario: Scenario) -> [CheckReport.Violation] {
        var violations: [CheckReport.Violation] = []
        for topic in scenario.topics {
            let count = plan.meetings.count { $0.topic == topic.id }
            if count != topic.meetings {
                violations.append(violation("H1", "topic '\(topic.id)' has \(count) meetings in the plan, "
                    + "the scenario asks for \(topic.meetings)"))
            }
            let ordered = meetings.filter { $0.topic.id == topic.id }.sorted(by: CheckedMeeting.byFirstDay)
            for (position, meeting) in ordered.enumerated() where meeting.meeting.number != position + 1 {
                violations.append(violation("H1", "\(meeting.longLabel) has number \(meeting.meeting.number), "
                    + "but is meeting \(position + 1) of '\(topic.id)' by first day"))
            }
        }
        for meeting in meetings where meeting.meeting.staff != meeting.topic.staff {
            violations.append(violation("H1", "\(meeting.longLabel) lists staff \(quoted(meeting.meeting.staff.map(\.rawValue))), "
                + "the topic's staff are \(quoted(meeting.topic.staff.map(\.rawValue)))"))
        }
        for meeting in meetings {
            let deadline = meeting.firstDay.advanced(by: -meeting.format.registrationDays)
            if meeting.meeting.registrationDeadline != deadline {
                violations.append(violation("H1", "\(meeting.longLabel) has registration deadline "
                    + "\(meeting.meeting.registrationDeadline), expected \(deadline) "
                    + "(\(meeting.format.registrationDays) days before the first day)"))
            }
        }
        guard let zone = TimeZone(identifier: scenario.timeZone) else {
            violations.append(violation("H1", "time zone '\(scenario.timeZone)' is unknown; "
                + "start and end times cannot be checked"))
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
        return [violation("H1", "\(meeting.longLabel) has \(field) '\(written)', expected \(readings[0]) "
            + "(\(field) time \(time) on \(day) in \(zone.identifier))")]
    }

    static func quoted(_ ids: [String]) -> String {
        "[" + ids.map { "'\($0)'" }.joined(separator: ", ") + "]"
    }
}
