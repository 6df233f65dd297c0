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
    static func byFirstDay(_ lhs: CheckedMeeting, _ rhs: CheckedMeeting) -> Bool {
        (lhs.firstDay, lhs.venue.id, lhs.index) < (rhs.firstDay, rhs.venue.id, rhs.index)
    }
}
