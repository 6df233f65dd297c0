/// Positions of a scenario's entities by id, so the planner refers to them by index.
struct ScenarioIndex {
    let scenario: Scenario
    let city: [String: Int]
    let venue: [String: Int]
    let topic: [String: Int]
    let staffMember: [String: Int]
    private let formatIndex: [String: Int]

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

    private static func positions(_ ids: [String]) -> [String: Int] {
        Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
