/// What one meeting contributes to the objective in its units: the person-km its members'
/// delegates and the topic's staff travel (as the scenario format counts them), and what its
/// venue costs in euros.
public struct MeetingFigures: Sendable, Equatable {
    public var travelKilometres: Double
    public var venueCost: Double

    public init(_ meeting: Plan.Meeting, scenario: Scenario) {
        var travel = 0.0
        if let host = scenario.city(meeting.city), let topic = scenario.topic(meeting.topic) {
            for member in topic.members where member != host.id {
                guard let city = scenario.city(member) else { continue }
                travel += Double(city.delegates) * city.location.distance(to: host.location)
            }
            for staffID in topic.staff {
                guard let office = scenario.staffMember(staffID).flatMap({ scenario.city($0.office) }) else { continue }
                travel += office.location.distance(to: host.location)
            }
        }
        travelKilometres = travel
        venueCost = (scenario.venue(meeting.venue)?.costPerDay ?? 0) * Double(meeting.dates.count)
    }
}
