import Testing
@testable import Treffpunkt

/// Every field rule of the scenario format, each failing at its exact position in a variant
/// of `ScenarioText.minimal` (lines 1–13; appended sections start at line 14).
@Suite struct ScenarioFieldRuleTests {
    private func expect(replacing old: String, with new: String, at line: Int, _ column: Int, _ fragment: String,
                        sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        ScenarioText.expectProblem(ScenarioText.minimal(replacing: old, with: new), at: line, column, fragment,
                                   sourceLocation: sourceLocation)
    }

    private func expect(appending text: String, at line: Int, _ column: Int, _ fragment: String,
                        sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        ScenarioText.expectProblem(ScenarioText.minimal + text, at: line, column, fragment, sourceLocation: sourceLocation)
    }

    @Test func formatVersionAndTopLevel() {
        expect(replacing: "treffpunkt/1", with: "treffpunkt/2", at: 1, 9, "unsupported format 'treffpunkt/2'")
        expect(replacing: "name: Test", with: "name:", at: 2, 6, "'name' has no value")
        expect(replacing: "name: Test", with: "name: Test\ntimezone: Europe/Berln", at: 3, 11,
               "unknown time zone 'Europe/Berln' (did you mean 'Europe/Berlin'?)")
        expect(replacing: "cities:\n", with: "cities: muenster\nold_cities:\n", at: 4, 9, "expected a list for 'cities'")
    }

    @Test func idsAreWellFormedAndUnique() {
        expect(replacing: "id: leipzig", with: "id: Leipzig", at: 6, 10, "'Leipzig' in 'id' is not a valid id")
        expect(replacing: "id: leipzig", with: "id: -leipzig", at: 6, 10, "is not a valid id")
        expect(replacing: "id: leipzig", with: "id: muenster", at: 6, 10, "duplicate city id 'muenster'")
        expect(replacing: "id: l-rathaus", with: "id: ms-rathaus", at: 9, 10, "duplicate venue id 'ms-rathaus'")
        expect(replacing: "[muenster, leipzig]", with: "[muenster, muenster]", at: 13, 93,
               "'muenster' appears more than once in 'members'")
        expect(replacing: "[muenster, leipzig]", with: "[]", at: 13, 82, "'members' must not be empty")
    }

    @Test func referencesMustResolve() {
        expect(replacing: "city: muenster", with: "city: muenstr", at: 8, 43, "unknown city 'muenstr' (did you mean 'muenster'?)")
        expect(replacing: "format: fachgruppe", with: "format: fachgrupe", at: 13, 48,
               "unknown format 'fachgrupe' (did you mean 'fachgruppe'?)")
        expect(replacing: "[muenster, leipzig]", with: "[muenster, berlin]", at: 13, 93, "unknown city 'berlin'")
        expect(replacing: "leipzig]}", with: "leipzig], staff: [mtt]}", at: 13, 111, "unknown staff member 'mtt'")
        let withStaff = ScenarioText.minimal(replacing: "leipzig]}", with: "leipzig], staff: [mtt]}")
            + "staff:\n  - {id: mt, name: M. T., office: leipzig}\n"
        ScenarioText.expectProblem(withStaff, at: 13, 111, "unknown staff member 'mtt' (did you mean 'mt'?)")
        expect(appending: "staff:\n  - {id: mt, name: M. T., office: leipzik}\n", at: 15, 35,
               "unknown city 'leipzik' (did you mean 'leipzig'?)")
        expect(replacing: "location: [51.96, 7.63]}", with: "location: [51.96, 7.63], offers: [monitorin]}", at: 5, 80,
               "unknown topic 'monitorin' (did you mean 'monitoring'?)")
    }

    @Test func datesAndPeriod() {
        expect(replacing: "start: 2016-09-01", with: "start: 2026-02-30", at: 3, 17, "'2026-02-30' in 'start' is not a date")
        expect(replacing: "start: 2016-09-01", with: "start: 2016-9-1", at: 3, 17, "is not a date")
        expect(replacing: "end: 2017-06-30", with: "end: 2016-08-01", at: 3, 34, "the period ends (2016-08-01) before it starts")
        expect(appending: "calendar:\n  blackouts: [{start: 2016-12-27, end: 2016-12-20}]\n", at: 15, 40,
               "the range ends (2016-12-20) before it starts (2016-12-27)")
        expect(appending: "calendar:\n  blackouts: [{start: 2016-12-27, ende: 2016-12-30}]\n", at: 15, 35,
               "unknown key 'ende' in a range of 'blackouts' (did you mean 'end'?)")
        expect(appending: "calendar:\n  blackouts: [{start: 2016-12-27, ende: 2016-12-30}]\n", at: 15, 15,
               "missing key 'end'")
        expect(appending: "calendar:\n  blackouts: 2016-12-24\n", at: 15, 14, "expected a list for 'blackouts'")
    }

    @Test func times() {
        expect(replacing: "start_time: 13:00", with: "start_time: 25:00", at: 11, 69, "'25:00' in 'start_time' is not a time")
        expect(replacing: "start_time: 13:00", with: "start_time: 9:00", at: 11, 69, "is not a time (HH:MM")
        let oneDay = ScenarioText.minimal(replacing: "days: 2", with: "days: 1")
            .replacingOccurrences(of: "end_time: 14:00", with: "end_time: 12:00")
        ScenarioText.expectProblem(oneDay, at: 11, 86, "'end_time' 12:00 must be after 'start_time' 13:00")
        // Two days may end earlier in the day than they started.
        let twoDays = ScenarioText.minimal(replacing: "end_time: 14:00", with: "end_time: 12:00")
        #expect(throws: Never.self) { try ScenarioText.load(twoDays) }
    }

    @Test func weekdays() {
        expect(replacing: "end_time: 14:00}", with: "end_time: 14:00, start_weekdays: [mon, sun]}", at: 11, 109,
               "start weekdays sun are not among the format's 'weekdays'")
        expect(replacing: "end_time: 14:00}", with: "end_time: 14:00, start_weekdays: [mon, sonday]}", at: 11, 115,
               "'sonday' in 'start_weekdays' is not a weekday")
        expect(replacing: "end_time: 14:00}", with: "end_time: 14:00, start_weekdays: []}", at: 11, 109,
               "'start_weekdays' must not be empty")
        expect(replacing: "end_time: 14:00}", with: "end_time: 14:00, weekdays: [sat, sun]}", at: 11, 103,
               "start weekdays mon, tue, wed, thu, fri are not among")
    }

    @Test func numbersAndTheirMinimums() {
        expect(replacing: "capacity: 40}", with: "capacity: 0}", at: 8, 63, "'capacity' must be at least 1, found 0")
        expect(replacing: "capacity: 40}", with: "capacity: 4.5}", at: 8, 63, "expected a whole number for 'capacity'")
        expect(replacing: "capacity: 40}", with: "capacity: 40, cost_per_day: -1}", at: 8, 81, "'cost_per_day' must be at least 0")
        expect(replacing: "days: 2", with: "days: 0", at: 11, 54, "'days' must be at least 1")
        expect(replacing: "meetings: 2", with: "meetings: 0", at: 13, 70, "'meetings' must be at least 1")
        expect(replacing: "state: NW, location: [51.96, 7.63]}", with: "state: NW, location: [51.96, 7.63], delegates: -2}",
               at: 5, 82, "'delegates' must be at least 0")
        expect(replacing: "leipzig]}", with: "leipzig], min_gap_days: 30, max_gap_days: 20}", at: 13, 135,
               "'max_gap_days' 20 is below 'min_gap_days' 30")
        expect(replacing: "leipzig]}", with: "leipzig], max_gap_days: 0}", at: 13, 117, "'max_gap_days' must be at least 1")
        expect(replacing: "leipzig]}", with: "leipzig], attendees: 0}", at: 13, 114, "'attendees' must be at least 1")
        expect(appending: "staff:\n  - {id: mt, name: M. T., office: leipzig, max_meetings_per_month: 0}\n", at: 15, 68,
               "'max_meetings_per_month' must be at least 1")
        expect(appending: "rules: {staff_rest_days: -1}\n", at: 14, 26, "'staff_rest_days' must be at least 0")
        expect(appending: "rules: {weights: {travl: 1}}\n", at: 14, 19, "unknown key 'travl' in 'weights' (did you mean 'travel'?)")
        expect(appending: "rules: {distinct_hosts_per_topic: 1}\n", at: 14, 35, "expected true or false")
    }

    @Test func locationsAndStates() {
        expect(replacing: "[51.96, 7.63]", with: "[95, 7.63]", at: 5, 57, "latitude 95.0 is outside -90 to 90")
        expect(replacing: "[51.96, 7.63]", with: "[51.96, 190]", at: 5, 64, "longitude 190.0 is outside -180 to 180")
        expect(replacing: "[51.96, 7.63]", with: "[51.96]", at: 5, 56, "'location' must be [latitude, longitude]")
        expect(replacing: "state: NW", with: "state: NRW", at: 5, 42, "unknown German state 'NRW'")
        expect(replacing: "state: NW", with: "state: nw", at: 5, 42, "unknown German state 'nw' (did you mean 'NW'?)")
        expect(appending: "calendar:\n  state_blackouts:\n    XY: [2016-10-10]\n", at: 16, 5, "unknown German state 'XY'")
    }

    @Test func fixedMeetingsThatBreakARuleOnTheirOwn() throws {
        // In "  - {topic: monitoring, start: DATE, venue: ID}" the topic stands at column 13,
        // the date at column 32, the venue at column 51.
        func entry(_ start: String, _ venue: String = "ms-rathaus", topic: String = "monitoring") -> String {
            "  - {topic: \(topic), start: \(start), venue: \(venue)}\n"
        }
        expect(appending: "fixed:\n" + entry("2017-07-03"), at: 15, 32,
               "fixed meeting of 'monitoring' on 2017-07-03 lies outside the period 2016-09-01 to 2017-06-30")
        // Thursday and Friday 29–30 June 2017 are the period's last days.
        #expect(throws: Never.self) { try ScenarioText.load(ScenarioText.minimal + "fixed:\n" + entry("2017-06-29")) }
        expect(appending: "fixed:\n" + entry("2016-09-03"), at: 15, 32,
               "starts on a sat; format 'fachgruppe' starts on mon, tue, wed, thu, fri")
        expect(appending: "fixed:\n" + entry("2016-09-02"), at: 15, 32, "occupies 2016-09-03, a sat, which is not among the weekdays")
        expect(appending: "fixed:\n" + entry("2016-11-30", "ms-rathau"), at: 15, 51,
               "unknown venue 'ms-rathau' (did you mean 'ms-rathaus'?)")
        expect(appending: "fixed:\n" + entry("2016-11-30", topic: "monitorin"), at: 15, 13, "unknown topic 'monitorin'")

        let leipzigHosts = ScenarioText.minimal(replacing: "leipzig]}", with: "leipzig], hosts: [leipzig]}")
        ScenarioText.expectProblem(leipzigHosts + "fixed:\n" + entry("2016-11-30"), at: 15, 51,
                                   "venue 'ms-rathaus' is in 'muenster', which is not among the hosts of topic 'monitoring'")
        let small = ScenarioText.minimal(replacing: "capacity: 40}", with: "capacity: 3}")
        ScenarioText.expectProblem(small + "fixed:\n" + entry("2016-11-30"), at: 15, 51,
                                   "venue 'ms-rathaus' holds 3 persons; topic 'monitoring' needs 4")

        let three = "fixed:\n" + entry("2016-11-30") + entry("2017-01-11") + entry("2017-02-15", "l-rathaus")
        expect(appending: three, at: 17, 5, "topic 'monitoring' has more fixed meetings than its 2 meeting(s)")
        let two = try ScenarioText.load(ScenarioText.minimal + "fixed:\n" + entry("2016-11-30") + entry("2017-02-15", "l-rathaus"))
        #expect(two.scenario.fixed.map(\.location.line) == [15, 16])
    }

    @Test func historyLiesBeforeThePeriod() throws {
        // In "  - {topic: monitoring, city: leipzig, start: DATE}" the city is at column 31, the date at 47.
        expect(appending: "history:\n  - {topic: monitoring, city: leipzig, start: 2016-09-01}\n", at: 15, 47,
               "history entry on 2016-09-01 is not before the period's start 2016-09-01")
        expect(appending: "history:\n  - {topic: monitoring, city: leipzg, start: 2015-09-01}\n", at: 15, 31,
               "unknown city 'leipzg' (did you mean 'leipzig'?)")
        let loaded = try ScenarioText.load(ScenarioText.minimal + "history:\n  - {topic: monitoring, city: leipzig, start: 2016-08-31}\n")
        #expect(loaded.scenario.history.first?.start == Day(iso: "2016-08-31"))
    }
}
