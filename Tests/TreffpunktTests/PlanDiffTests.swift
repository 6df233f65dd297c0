import Testing
@testable import Treffpunkt

/// PlanDiff on hand-made plans: how meetings are paired and what the planner reads.
@Suite struct PlanDiffTests {
    static func meeting(_ topic: Topic.ID, _ number: Int, _ day: String, _ venue: Venue.ID) -> Plan.Meeting {
        let city = City.ID(String(venue.rawValue.prefix { $0 != "-" }))
        return Plan.Meeting(topic: topic, number: number, city: city, venue: venue, start: LocalTimestamp(iso: "\(day)T13:00:00+01:00")!,
                            end: LocalTimestamp(iso: "\(day)T14:00:00+01:00")!, dates: [Day(iso: day)!], registrationDeadline: Day(iso: day)!, staff: [], fixed: false)
    }

    static func plan(_ meetings: [Plan.Meeting]) -> Plan {
        Plan(scenario: .init(name: "Tiny network", file: "tiny.yaml", sha256: ""), status: .optimal,
             objective: .init(terms: ObjectiveTerms(), bound: 0),
             solver: .init(name: "glpk", version: "5.0", seconds: 0, nodes: 0), meetings: meetings)
    }

    @Test func identicalPlansHaveNoChanges() {
        let plan = Self.plan([Self.meeting("monitoring", 1, "2027-02-01", "hamburg-saal"),
                              Self.meeting("monitoring", 2, "2027-03-01", "bremen-haus")])
        let diff = PlanDiff(before: plan, after: plan)
        #expect(diff.isEmpty)
        #expect(diff.unchanged == 2)
        #expect(diff.render() == "No changes: 2 meetings unchanged.\n")
    }

    @Test func listsMovedAddedAndDropped() {
        let before = Self.plan([
            Self.meeting("monitoring", 1, "2027-02-01", "hamburg-saal"),
            Self.meeting("monitoring", 2, "2027-03-01", "bremen-haus"),
            Self.meeting("kooperation", 1, "2027-01-11", "berlin-rathaus"),
            Self.meeting("kooperation", 2, "2027-02-15", "hannover-forum"),
        ])
        let after = Self.plan([
            Self.meeting("monitoring", 1, "2027-02-08", "hamburg-saal"),
            Self.meeting("monitoring", 2, "2027-03-01", "bremen-haus"),
            Self.meeting("kooperation", 1, "2027-01-11", "berlin-rathaus"),
            Self.meeting("kooperation", 2, "2027-02-22", "bremen-haus"),
            Self.meeting("kooperation", 3, "2027-03-22", "hamburg-rathaus"),
            Self.meeting("lernen", 1, "2027-03-15", "hannover-forum"),
        ])
        let diff = PlanDiff(before: before, after: after)
        #expect(diff.unchanged == 2)
        #expect(diff.moved.map { "\($0.before.topic) \($0.before.firstDay)→\($0.after.firstDay) \($0.after.venue)" }
                == ["monitoring 2027-02-01→2027-02-08 hamburg-saal", "kooperation 2027-02-15→2027-02-22 bremen-haus"])
        #expect(diff.moved.map(\.days) == [7, 7])
        #expect(diff.moved.map(\.cityChanged) == [false, true])
        #expect(diff.added.map { "\($0.topic) #\($0.number)" } == ["lernen #1", "kooperation #3"])
        #expect(diff.dropped.isEmpty)

        let reverse = PlanDiff(before: after, after: before)
        #expect(reverse.dropped.map { "\($0.topic) #\($0.number)" } == ["lernen #1", "kooperation #3"])
        #expect(reverse.moved.map(\.days) == [-7, -7])
    }

    @Test func theSameVenueWinsOverTheSameDayAtAnotherVenue() {
        let before = Self.plan([Self.meeting("monitoring", 1, "2027-02-01", "hamburg-saal")])
        let after = Self.plan([Self.meeting("monitoring", 1, "2027-02-01", "hamburg-rathaus"),
                               Self.meeting("monitoring", 2, "2027-03-01", "hamburg-saal")])
        let diff = PlanDiff(before: before, after: after)
        #expect(diff.moved.map(\.after.venue) == ["hamburg-saal"])
        #expect(diff.added.map(\.venue) == ["hamburg-rathaus"])
    }

    @Test func theNearestDateIsPairedFirst() {
        let before = Self.plan([Self.meeting("monitoring", 1, "2027-01-11", "bremen-haus"),
                                Self.meeting("monitoring", 2, "2027-03-01", "bremen-haus")])
        let after = Self.plan([Self.meeting("monitoring", 1, "2027-02-22", "bremen-haus")])
        let diff = PlanDiff(before: before, after: after)
        #expect(diff.moved.map(\.before.firstDay) == [TinyNetwork.day("2027-03-01")])
        #expect(diff.dropped.map(\.firstDay) == [TinyNetwork.day("2027-01-11")])
    }

    @Test func rendersInPlannersWordsWithNamesFromTheScenario() {
        let before = Self.plan([Self.meeting("monitoring", 2, "2027-03-01", "hamburg-saal"),
                                Self.meeting("monitoring", 1, "2027-01-11", "bremen-haus"),
                                Self.meeting("lernen", 1, "2027-01-18", "berlin-rathaus")])
        let after = Self.plan([Self.meeting("monitoring", 2, "2027-02-22", "hamburg-rathaus"),
                               Self.meeting("monitoring", 1, "2027-01-11", "hannover-forum"),
                               Self.meeting("lernen", 1, "2027-01-18", "berlin-rathaus"),
                               Self.meeting("lernen", 2, "2027-03-22", "berlin-rathaus")])
        let diff = PlanDiff(before: before, after: after)
        #expect(diff.render(names: TinyNetwork().scenario) == """
            Monitoring #1 moved from 2027-01-11 Bremen, Haus der Bürgerschaft to 2027-01-11 Hannover, Forum (other city)
            Monitoring #2 moved from 2027-03-01 Hamburg, Bürgersaal to 2027-02-22 Hamburg, Rathaus Hamburg (date -7 days, other venue)
            lernen #2 added: 2027-03-22 Berlin, Rotes Rathaus
            2 moved, 1 added, 0 dropped, 1 meeting unchanged.

            """)
        #expect(diff.json.text() == """
            {
              "unchanged": 1,
              "moved": [
                {
                  "from": {
                    "topic": "monitoring",
                    "number": 1,
                    "date": "2027-01-11",
                    "city": "bremen",
                    "venue": "bremen-haus"
                  },
                  "to": {
                    "topic": "monitoring",
                    "number": 1,
                    "date": "2027-01-11",
                    "city": "hannover",
                    "venue": "hannover-forum"
                  },
                  "days": 0,
                  "changed": ["venue", "city"]
                },
                {
                  "from": {
                    "topic": "monitoring",
                    "number": 2,
                    "date": "2027-03-01",
                    "city": "hamburg",
                    "venue": "hamburg-saal"
                  },
                  "to": {
                    "topic": "monitoring",
                    "number": 2,
                    "date": "2027-02-22",
                    "city": "hamburg",
                    "venue": "hamburg-rathaus"
                  },
                  "days": -7,
                  "changed": ["date", "venue"]
                }
              ],
              "added": [
                {
                  "topic": "lernen",
                  "number": 2,
                  "date": "2027-03-22",
                  "city": "berlin",
                  "venue": "berlin-rathaus"
                }
              ],
              "dropped": []
            }
            """)
    }
}
