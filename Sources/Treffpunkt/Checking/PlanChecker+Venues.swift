/// Rules H4 (a venue allowed, large enough and open) and H5 (one meeting per venue and day).
extension PlanChecker {
    /// Rule H4: the host city is among the topic's hosts, the venue holds the topic's attendees,
    /// and the venue is available on every day: among its `available` dates, if given, and not
    /// `unavailable`.
    static func venueViolations(_ meetings: [CheckedMeeting]) -> [CheckReport.Violation] {
        var violations: [CheckReport.Violation] = []
        for meeting in meetings {
            if !meeting.topic.hosts.contains(meeting.host.id) {
                violations.append(violation("H4", .checkNotAHost, "\(meeting.longLabel)", "\(meeting.host.id)", "\(meeting.topic.id)"))
            }
            if meeting.venue.capacity < meeting.topic.attendees {
                violations.append(violation("H4", .checkCapacity, "\(meeting.longLabel)", "\(meeting.venue.id)",
                                            "\(meeting.venue.capacity)", "\(meeting.topic.id)", "\(meeting.topic.attendees)"))
            }
            for day in meeting.days {
                if let available = meeting.venue.available, !available.contains(day) {
                    violations.append(violation("H4", .checkVenueNotAvailable, "\(meeting.longLabel)", "\(meeting.venue.id)", .day(day)))
                }
                if let item = meeting.venue.unavailable.item(containing: day) {
                    violations.append(violation("H4", .checkVenueUnavailable, "\(meeting.longLabel)", "\(meeting.venue.id)", .day(day),
                                                "\(item.reason.map { " (\($0))" } ?? "")"))
                }
            }
        }
        return violations
    }

    /// Rule H5: a venue hosts at most one meeting on any day.
    static func venueClashViolations(_ meetings: [CheckedMeeting]) -> [CheckReport.Violation] {
        Dictionary(grouping: meetings) { $0.venue.id }.sorted { $0.key < $1.key }.flatMap { venue, hosted in
            CheckedMeeting.closePairs(hosted, restDays: 0).map { meeting, other in
                let shared = Set(meeting.days).intersection(other.days).sorted()
                return violation("H5", .checkVenueClash, "\(venue)", "\(meeting.label)", "\(other.label)", .days(shared))
            }
        }
    }
}
