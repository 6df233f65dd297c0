/// A "what if" restriction: the plan must hold a meeting of `topic` that matches every field
/// given (a city, a venue, a first day). `explain --instead` re-solves the whole plan with one.
public struct MeetingRequirement: Sendable, Equatable {
    public var topic: Topic.ID
    public var city: City.ID?
    public var venue: Venue.ID?
    public var firstDay: Day?

    public init(topic: Topic.ID, city: City.ID? = nil, venue: Venue.ID? = nil, firstDay: Day? = nil) {
        self.topic = topic
        self.city = city
        self.venue = venue
        self.firstDay = firstDay
    }

    /// Whether a meeting option satisfies the requirement.
    func matches(_ option: MeetingOption, _ scenario: Scenario) -> Bool {
        scenario.topics[option.topic].id == topic
            && city.map { $0 == scenario.cities[option.city].id } ?? true
            && venue.map { $0 == scenario.venues[option.venue].id } ?? true
            && firstDay.map { $0 == option.firstDay } ?? true
    }

    /// "a meeting of 'monitoring' in 'bremen' at 'bremen-rathaus' on 2016-05-02", the fields given.
    public var description: String {
        "a meeting of '\(topic)'" + (city.map { " in '\($0)'" } ?? "") + (venue.map { " at '\($0)'" } ?? "")
            + (firstDay.map { " on \($0)" } ?? "")
    }
}
