/// Who hosts each topic in each planned year: topics as rows, years as columns, each cell
/// the host cities in meeting order.
public enum RotationTable {
    /// The table for people: topic names, calendar years of the period starts, city names.
    public static func render(_ years: [YearPlan], messages: Messages = .english) -> String {
        guard let first = years.first else { return "" }
        let header = [messages[.topic]] + years.map { String($0.calendarYear) }
        let rows = first.scenario.topics.map { topic in
            [topic.name] + years.map { year in
                hosts(of: topic.id, in: year.plan).map { year.scenario.city($0)?.name ?? $0.rawValue }.joined(separator: ", ")
            }
        }
        return PlanTable.table([header] + rows)
            .map { String($0.reversed().drop { $0 == " " }.reversed()) }
            .joined(separator: "\n")
    }

    /// The stable form: `years` (calendar years) and per topic its id, name and, per year,
    /// the host city ids in meeting order.
    public static func json(_ years: [YearPlan]) -> JSONValue {
        let topics = years.first?.scenario.topics ?? []
        return .object([
            ("years", .array(years.map { .integer($0.calendarYear) })),
            ("topics", .array(topics.map { topic in
                .object([
                    ("topic", .string(topic.id.rawValue)),
                    ("name", .string(topic.name)),
                    ("hosts", .array(years.map { year in .array(hosts(of: topic.id, in: year.plan).map { .string($0.rawValue) }) })),
                ])
            })),
        ])
    }

    /// Host city ids of a topic's meetings, by meeting number.
    private static func hosts(of topic: Topic.ID, in plan: Plan) -> [City.ID] {
        plan.meetings.filter { $0.topic == topic }.sorted { $0.number < $1.number }.map(\.city)
    }
}
