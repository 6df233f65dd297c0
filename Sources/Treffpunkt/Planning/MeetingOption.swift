/// One possible meeting: a topic meeting at a venue from a first day on.
///
/// The planner decides which options to take; meetings of one topic are interchangeable,
/// so options carry no meeting number (numbers follow from the chosen dates).
struct MeetingOption {
    var topic: Int
    var venue: Int
    var city: Int
    var firstDay: Day
    /// The occupied days, `days` of the topic's format.
    var days: [Day]
    var isFixed: Bool
    /// Held where an earlier step of the topic-by-topic plan put it: taken like a fixed meeting,
    /// but not a fixed meeting of the plan.
    var isHeld = false
    /// Which of the planned years the option belongs to, from 0; always 0 for one period.
    var year = 0

    var lastDay: Day { days[days.count - 1] }
}
