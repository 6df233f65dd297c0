/// A meeting of the plan together with the scenario entries it names, as the checker reads it.
///
/// Only meetings whose topic, venue, format, host city and dates could be resolved become a
/// `CheckedMeeting`; the others are reported under H1 and cannot be judged by the other rules.
struct CheckedMeeting {
    /// Position in the plan's `meetings`, for stable ordering of messages.
    let index: Int
    let meeting: Plan.Meeting
    let topic: Topic
    let format: MeetingFormat
    let venue: Venue
    /// The venue's city, which hosts the meeting.
    let host: City
    /// The plan's `dates`, in the order given; never empty.
    let days: [Day]
    /// Whether the meeting is one of the scenario's `fixed[]` entries.
    var isFixed = false

    var firstDay: Day { days[0] }
    var lastDay: Day { days[days.count - 1] }

    /// `'monitoring' #2`, the way planners refer to a meeting.
    var label: String { "'\(topic.id)' #\(meeting.number)" }

    /// `'monitoring' #2 (2016-11-30, 'muenster-rathaus')`.
    var longLabel: String { "\(label) (\(firstDay), '\(venue.id)')" }

    /// Orders a topic's meetings by first day, ties by venue id, as plan numbers do.
    /// Pairs of meetings that come too close, in one sweep over `meetings` sorted by first day:
    /// each meeting is compared with the earlier meeting that reaches furthest (its last day
    /// plus `restDays`), so the work and the pairs reported grow with the number of meetings,
    /// and every meeting that comes too close to an earlier one is in some pair.
    static func closePairs(_ meetings: [CheckedMeeting], restDays: Int) -> [(earlier: CheckedMeeting, later: CheckedMeeting)] {
        var pairs: [(earlier: CheckedMeeting, later: CheckedMeeting)] = []
        var furthest: CheckedMeeting?
        for meeting in meetings.sorted(by: { ($0.firstDay, $0.index) < ($1.firstDay, $1.index) }) {
            if let earlier = furthest, meeting.firstDay <= earlier.lastDay.advanced(by: restDays) {
                pairs.append((earlier, meeting))
            }
            if furthest.map({ meeting.lastDay > $0.lastDay }) ?? true { furthest = meeting }
        }
        return pairs
    }

    static func byFirstDay(_ lhs: CheckedMeeting, _ rhs: CheckedMeeting) -> Bool {
        (lhs.firstDay, lhs.venue.id, lhs.index) < (rhs.firstDay, rhs.venue.id, rhs.index)
    }
}
