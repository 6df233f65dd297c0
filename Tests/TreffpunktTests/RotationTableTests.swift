import Testing
@testable import Treffpunkt

/// The rotation table shows each topic's host cities per year, in meeting order.
@Suite struct RotationTableTests {
    private func meeting(_ topic: Topic.ID, _ number: Int, _ city: City.ID, _ venue: Venue.ID, _ day: String) -> Plan.Meeting {
        Plan.Meeting(topic: topic, number: number, city: city, venue: venue, start: LocalTimestamp(iso: "\(day)T13:00:00+01:00")!,
                     end: LocalTimestamp(iso: "\(day)T14:00:00+01:00")!, dates: [Day(iso: day)!], registrationDeadline: Day(iso: day)!, staff: [], fixed: false)
    }

    private func year(_ years: Int, _ meetings: [Plan.Meeting]) throws -> YearPlan {
        var network = TinyNetwork()
        network.addTopic("kooperation")
        let plan = Plan(scenario: .init(name: "Tiny network", file: "", sha256: ""), period: .init(start: "2027-01-01", end: "2027-12-31"), status: .optimal,
                        objective: .init(terms: ObjectiveTerms(), bound: 0),
                        solver: .init(name: "glpk", version: "5.0", seconds: 0, nodes: 0), meetings: meetings)
        return YearPlan(scenario: try network.scenario.shifted(byYears: years), plan: plan)
    }

    private func years() throws -> [YearPlan] {
        [
            // Listed by date; the table orders each topic's hosts by meeting number.
            try year(0, [meeting("kooperation", 1, "bremen", "bremen-haus", "2027-01-11"),
                         meeting("monitoring", 2, "hamburg", "hamburg-saal", "2027-03-01"),
                         meeting("monitoring", 1, "berlin", "berlin-rathaus", "2027-02-01")]),
            try year(1, [meeting("monitoring", 1, "hannover", "hannover-forum", "2028-01-10"),
                         meeting("monitoring", 2, "bremen", "bremen-haus", "2028-02-07")]),
        ]
    }

    @Test func rowsAreTopicsAndColumnsAreYears() throws {
        let expected = """
            Topic        2027             2028
            Monitoring   Berlin, Hamburg  Hannover, Bremen
            Kooperation  Bremen
            """
        #expect(RotationTable.render(try years()) == expected)
        #expect(RotationTable.render([]) == "")
    }

    @Test func jsonGivesCityIdsPerTopicAndYear() throws {
        let expected = """
            {
              "years": [2027, 2028],
              "topics": [
                {
                  "topic": "monitoring",
                  "name": "Monitoring",
                  "hosts": [
                    ["berlin", "hamburg"],
                    ["hannover", "bremen"]
                  ]
                },
                {
                  "topic": "kooperation",
                  "name": "Kooperation",
                  "hosts": [
                    ["bremen"],
                    []
                  ]
                }
              ]
            }
            """
        #expect(RotationTable.json(try years()).text() == expected)
    }
}
