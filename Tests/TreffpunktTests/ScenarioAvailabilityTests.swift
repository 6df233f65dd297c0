import Testing
@testable import Treffpunkt

/// Venue `available`, staff `weekdays` and city `contact`: read with located errors, honoured by
/// the planner, and verified by the independent checker.
@Suite struct ScenarioAvailabilityTests {
    static func days(_ first: String, _ last: String) -> DateSet.Item {
        DateSet.Item(days: TinyNetwork.day(first)...TinyNetwork.day(last))
    }

    // MARK: Planner

    @Test func plansOnlyOnAVenuesAvailableDatesAndNotOnItsUnavailableOnes() throws {
        var network = TinyNetwork()
        let open = DateSet([Self.days("2027-03-01", "2027-03-02"), Self.days("2027-03-15", "2027-03-16")])
        for index in network.scenario.venues.indices {
            network.scenario.venues[index].available = open
        }
        // Bremen is also closed on one of its available days: both lists hold.
        network.scenario.venues[3].unavailable = DateSet([Self.days("2027-03-15", "2027-03-15")])
        let plan = try #require(network.plan())
        #expect(plan.meetings.count == 2)
        for meeting in plan.meetings {
            #expect(meeting.dates.allSatisfy(open.contains))
            #expect(!(meeting.venue == "bremen-haus" && meeting.firstDay == TinyNetwork.day("2027-03-15")))
        }
    }

    @Test func infeasibleWhenNoAvailableDatesFitTheFormat() {
        var network = TinyNetwork()
        // A Tuesday and Wednesday only: no Monday–Tuesday meeting fits.
        for index in network.scenario.venues.indices {
            network.scenario.venues[index].available = DateSet([Self.days("2027-03-02", "2027-03-03")])
        }
        let reasons = network.infeasibility()
        #expect(reasons.contains { $0.contains("not among its available dates") })
    }

    @Test func plansOnlyOnTheWeekdaysStaffWork() throws {
        var network = TinyNetwork()
        network.scenario.formats[0].startWeekdays = [.mon, .wed]
        network.scenario.formats[0].weekdays = [.mon, .tue, .wed, .thu]
        network.scenario.staff[0].weekdays = [.wed, .thu]
        let plan = try #require(network.plan())
        #expect(plan.meetings.allSatisfy { $0.firstDay.weekday == .wed })
    }

    @Test func infeasibleWhenStaffWorkNoneOfTheFormatsDays() {
        var network = TinyNetwork()
        network.scenario.staff[0].weekdays = [.wed, .thu, .fri]
        let reasons = network.infeasibility()
        #expect(reasons.contains { $0.contains("staff member 'anna'") })
    }

    // MARK: Checker

    @Test func checkerAcceptsMeetingsOnAvailableDatesAndWorkingDays() {
        var scenario = PlanCheckerTests.scenario()
        scenario.venues[4].available = DateSet([Self.days("2016-04-01", "2016-04-30")])
        scenario.staff[1].weekdays = [.mon, .tue, .wed]
        let report = PlanChecker.check(PlanCheckerTests.validPlan(), against: scenario)
        #expect(report.violations.map(\.description) == [])
    }

    @Test func checkerFindsAMeetingOutsideAVenuesAvailableDates() {
        var scenario = PlanCheckerTests.scenario()
        scenario.venues[4].available = DateSet([Self.days("2016-04-12", "2016-04-30")])
        PlanCheckerTests().expectOnly("H4", "venue 'leipzig-rathaus' is not available on 2016-04-11 (not among its available dates)",
                                      PlanCheckerTests.validPlan(), scenario)
    }

    @Test func checkerFindsStaffOnADayTheyDoNotWork() {
        var scenario = PlanCheckerTests.scenario()
        scenario.staff[1].weekdays = [.mon, .wed]
        PlanCheckerTests().expectOnly("H6", "staff 'ab' does not work on tue (works mon, wed) but runs 'diversitaet' #1",
                                      PlanCheckerTests.validPlan(), scenario)
    }

    // MARK: Reading

    static let words = ScenarioText.minimal(replacing: "capacity: 40}", with: """
        capacity: 40, available: [{start: 2016-10-01, end: 2016-12-31}], unavailable: [2016-10-03]}
        """).replacingOccurrences(of: "formats:", with: """
        staff:
          - {id: mt, name: M. T., office: muenster, weekdays: [mon, tue, wed]}
        formats:
        """)

    @Test func readsAvailableWeekdaysAndContacts() throws {
        let text = Self.words.replacingOccurrences(of: "location: [51.96, 7.63]}", with: """
            location: [51.96, 7.63], contact: {name: Eva Muster, email: eva@muenster.example}}
            """).replacingOccurrences(of: "location: [51.34, 12.37]}", with: """
            location: [51.34, 12.37], contact: [{name: A, email: a@leipzig.example}, {name: B, email: b@leipzig.example}]}
            """)
        let scenario = try ScenarioText.load(text).scenario
        let venue = try #require(scenario.venue("ms-rathaus"))
        #expect(venue.available?.contains(Day(iso: "2016-10-04")!) == true)
        #expect(venue.available?.contains(Day(iso: "2016-09-30")!) == false)
        #expect(venue.unavailable.contains(Day(iso: "2016-10-03")!))
        #expect(scenario.staffMember("mt")?.weekdays == [.mon, .tue, .wed])
        #expect(scenario.city("muenster")?.contacts == [Contact(name: "Eva Muster", email: "eva@muenster.example")])
        #expect(scenario.city("leipzig")?.contacts.map(\.email) == ["a@leipzig.example", "b@leipzig.example"])
    }

    @Test func badValuesAreLocated() {
        let weekday = Self.words.replacingOccurrences(of: "weekdays: [mon, tue, wed]", with: "weekdays: [mon, tue, wedn]")
        ScenarioText.expectProblem(weekday, at: 11, 66, "'wedn' in 'weekdays' is not a weekday (mon … sun) (did you mean 'wed'?)")
        let available = Self.words.replacingOccurrences(of: "end: 2016-12-31", with: "end: 2016-12-32")
        ScenarioText.expectProblem(available, at: 8, 104, "'2016-12-32' in 'end' is not a date")
        let email = Self.minimal(contact: "{name: Eva, email: eva at muenster}")
        ScenarioText.expectProblem(email, at: 5, 99, "'eva at muenster' in 'email' is not an e-mail address")
        let missing = Self.minimal(contact: "[{name: Eva}]")
        ScenarioText.expectProblem(missing, at: 5, 81, "missing key 'email' in a contact")
    }

    static func minimal(contact: String) -> String {
        ScenarioText.minimal(replacing: "location: [51.96, 7.63]}", with: "location: [51.96, 7.63], contact: \(contact)}")
    }

    @Test func didYouMeanNeverProposesTheOpposite() {
        let staff = Self.words.replacingOccurrences(of: "weekdays: [mon, tue, wed]", with: "available: [2016-10-04]")
        let problems = ScenarioText.problems(staff)
        ScenarioText.expect(problems, at: 11, 45, "unknown key 'available' in a staff member ('unavailable' is known here, and means the opposite)")
        #expect(!problems.contains { $0.message.contains("did you mean 'unavailable'") })
        #expect(Suggestion.closest(to: "unavailable", among: ["available", "weekdays"]) == nil)
        #expect(Suggestion.closest(to: "availabel", among: ["available", "unavailable"]) == "available")
    }
}
