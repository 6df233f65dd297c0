/// Positions of a scenario's entities by id, so the planner refers to them by index.
struct ScenarioIndex {
    let scenario: Scenario
    let city: [City.ID: Int]
    let venue: [Venue.ID: Int]
    let topic: [Topic.ID: Int]
    let staffMember: [StaffMember.ID: Int]
    private let formatIndex: [MeetingFormat.ID: Int]

    init(_ scenario: Scenario) {
        self.scenario = scenario
        city = ScenarioIndex.positions(scenario.cities.map(\.id))
        venue = ScenarioIndex.positions(scenario.venues.map(\.id))
        topic = ScenarioIndex.positions(scenario.topics.map(\.id))
        staffMember = ScenarioIndex.positions(scenario.staff.map(\.id))
        formatIndex = ScenarioIndex.positions(scenario.formats.map(\.id))
    }

    /// The topic's format; the loader guarantees the reference resolves.
    func format(of topic: Topic) -> MeetingFormat {
        scenario.formats[formatIndex[topic.format]!]
    }

    private static func positions<ID: Hashable>(_ ids: [ID]) -> [ID: Int] {
        Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
