import Testing
@testable import Treffpunkt

/// A small network built in code for rule tests: four northern cities, a venue or two in
/// each, a two-day Monday–Tuesday format and one topic, in the first quarter of 2027.
struct TinyNetwork {
    var scenario: Scenario

    init() {
        let cities = [
            City(id: "berlin", name: "Berlin", state: .BE, location: Location(latitude: 52.5244, longitude: 13.4105)),
            City(id: "hamburg", name: "Hamburg", state: .HH, location: Location(latitude: 53.5753, longitude: 10.0153)),
            City(id: "bremen", name: "Bremen", state: .HB, location: Location(latitude: 53.0758, longitude: 8.8072)),
            City(id: "hannover", name: "Hannover", state: .NI, location: Location(latitude: 52.3705, longitude: 9.7332)),
        ]
        let venues = [
            Venue(id: "berlin-rathaus", name: "Rotes Rathaus", city: "berlin", capacity: 40, costPerDay: 200),
            Venue(id: "hamburg-rathaus", name: "Rathaus Hamburg", city: "hamburg", capacity: 40, costPerDay: 300),
            Venue(id: "hamburg-saal", name: "Bürgersaal", city: "hamburg", capacity: 12),
            Venue(id: "bremen-haus", name: "Haus der Bürgerschaft", city: "bremen", capacity: 40, costPerDay: 100),
            Venue(id: "hannover-forum", name: "Forum", city: "hannover", capacity: 40),
        ]
        let format = MeetingFormat(id: "fachgruppe", name: "Fachgruppentreffen", days: 2,
                                   startTime: TimeOfDay(hour: 13, minute: 0)!, endTime: TimeOfDay(hour: 14, minute: 0)!,
                                   startWeekdays: [.mon], weekdays: [.mon, .tue], registrationDays: 10)
        let staff = [
            StaffMember(id: "anna", name: "Anna Beispiel", office: "berlin"),
            StaffMember(id: "jonas", name: "Jonas Muster", office: "hamburg"),
        ]
        let topic = Topic(id: "monitoring", name: "Monitoring", format: "fachgruppe", meetings: 2,
                          members: cities.map(\.id), staff: ["anna"], attendees: 9)
        scenario = Scenario(name: "Tiny network", period: TinyNetwork.day("2027-01-04")...TinyNetwork.day("2027-03-30"),
                            cities: cities, venues: venues, staff: staff, formats: [format], topics: [topic])
    }

    static func day(_ text: String) -> Day {
        Day(iso: text)!
    }

    /// A second topic run by another staff member, for rules between topics.
    mutating func addTopic(_ id: Topic.ID, meetings: Int = 1, staff: [StaffMember.ID] = ["jonas"], hosts: [City.ID]? = nil) {
        scenario.topics.append(Topic(id: id, name: id.rawValue.capitalized, format: "fachgruppe", meetings: meetings,
                                     members: ["berlin", "hamburg", "bremen", "hannover"], hosts: hosts, staff: staff,
                                     attendees: 9))
    }

    /// Plans the scenario and requires a plan that the independent checker accepts.
    func plan(sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Plan? {
        switch Planner().plan(scenario).outcome {
        case .planned(let plan):
            let report = PlanChecker.check(plan, against: scenario)
            #expect(report.violations.map(\.description) == [], sourceLocation: sourceLocation)
            #expect(abs(report.recomputedTerms.total - plan.objective.total) < 1e-6, sourceLocation: sourceLocation)
            return plan
        case let other:
            Issue.record("expected a plan, got \(other)", sourceLocation: sourceLocation)
            return nil
        }
    }

    /// Plans the scenario and requires it to be infeasible; returns the reasons.
    func infeasibility(sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [String] {
        switch Planner().plan(scenario).outcome {
        case .infeasible(let reasons):
            return reasons.map(\.description)
        case let other:
            Issue.record("expected infeasible, got \(other)", sourceLocation: sourceLocation)
            return []
        }
    }
}

extension Plan {
    func meetings(of topic: Topic.ID) -> [Plan.Meeting] {
        meetings.filter { $0.topic == topic }.sorted { $0.number < $1.number }
    }
}

