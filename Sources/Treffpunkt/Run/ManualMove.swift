import Foundation

extension Plan.Meeting {
    /// A meeting of `topic` at `venue` from `firstDay`, every field derived: dates, local start
    /// and end, registration deadline, staff.
    init(_ topic: Topic, format: MeetingFormat, number: Int, venue: Venue, firstDay: Day, timeZone: TimeZone, fixed: Bool) {
        let days = format.occupiedDays(from: firstDay)
        self.init(topic: topic.id, number: number, city: venue.city, venue: venue.id,
                  start: LocalTime.timestamp(firstDay, format.startTime, in: timeZone),
                  end: LocalTime.timestamp(days[days.count - 1], format.endTime, in: timeZone),
                  dates: days, registrationDeadline: firstDay.advanced(by: -format.registrationDays),
                  staff: topic.staff, fixed: fixed)
    }
}

/// One meeting of a plan moved by hand (`treffpunkt move`): every dependent field derived again,
/// meetings renumbered, the objective recomputed, and every hard rule checked.
public struct ManualMove: Sendable {
    /// The moved plan, its objective recomputed; its bound is the original's (a proven lower
    /// bound on every plan of the scenario), so it is `optimal` only if it costs no more.
    public var plan: Plan
    /// Hard rules the moved plan breaks; empty when it may be stored.
    public var violations: [CheckReport.Violation]
    /// The moved plan's total minus the original's.
    public var extraCost: Double

    /// Moves `topic` #`number` of `original` (made for `scenario`, moved to its period) to
    /// `firstDay`, at `venue` or its own venue.
    public init(_ original: Plan, scenario: Scenario, topic topicID: Topic.ID, number: Int, to firstDay: Day,
                venue venueID: Venue.ID?) throws(MoveError) {
        guard let position = original.meetings.firstIndex(where: { $0.topic == topicID && $0.number == number }) else {
            throw .unknownMeeting("\(topicID)#\(number)")
        }
        let meeting = original.meetings[position]
        guard let topic = scenario.topic(topicID), let format = scenario.format(topic.format) else { throw .unknownTopic(topicID) }
        let venueID = venueID ?? meeting.venue
        guard let venue = scenario.venue(venueID) else { throw .unknownVenue(venueID) }
        guard scenario.period.contains(firstDay) else { throw .outsidePeriod(firstDay, scenario.period) }
        let timeZone = TimeZone(identifier: scenario.timeZone) ?? TimeZone(secondsFromGMT: 0)!
        var meetings = original.meetings
        meetings[position] = Plan.Meeting(topic, format: format, number: number, venue: venue, firstDay: firstDay,
                                          timeZone: timeZone, fixed: false)
        // Numbers follow the first day within each topic (ties by venue id), as planned plans number them.
        let ordered = meetings.indices.filter { meetings[$0].topic == topicID }
            .sorted { (meetings[$0].firstDay, meetings[$0].venue) < (meetings[$1].firstDay, meetings[$1].venue) }
        for (rank, index) in ordered.enumerated() { meetings[index].number = rank + 1 }
        meetings.sort { ($0.firstDay, $0.topic, $0.number) < ($1.firstDay, $1.topic, $1.number) }

        var moved = original
        moved.id = nil
        moved.meetings = meetings
        let terms = PlanChecker.check(moved, against: scenario).recomputedTerms
        let bound = min(original.objective.bound, terms.total)
        moved.objective = Plan.Objective(terms: terms, bound: bound)
        moved.status = moved.objective.gap <= 1e-9 ? .optimal : .feasible
        moved.solver.seconds = 0
        moved.solver.nodes = 0
        plan = moved
        violations = PlanChecker.check(moved, against: scenario).violations
        extraCost = terms.total - original.objective.total
    }
}

/// Why `move` cannot make the change; invalid input (exit 2).
public enum MoveError: Error, Sendable, CustomStringConvertible {
    case unknownMeeting(String)
    case unknownTopic(Topic.ID)
    case unknownVenue(Venue.ID)
    case outsidePeriod(Day, ClosedRange<Day>)

    public var description: String {
        switch self {
        case .unknownMeeting(let meeting): "the plan has no meeting '\(meeting)'"
        case .unknownTopic(let topic): "the scenario has no topic '\(topic)'"
        case .unknownVenue(let venue): "the scenario has no venue '\(venue)'"
        case .outsidePeriod(let day, let period): "\(day) lies outside the period \(period.lowerBound) – \(period.upperBound)"
        }
    }
}
