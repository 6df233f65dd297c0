import Foundation
import Testing
@testable import Treffpunkt

/// Input that is well-formed but unbounded or ambiguous: counts and numbers capped by the schema,
/// the period within ten years and the known holidays, repeated fixed entries, a missing city list.
@Suite struct ScenarioInputLimitTests {
    /// The 1-based column where `fragment` starts in `line`.
    private func column(of fragment: String, in line: String) -> Int {
        guard let range = line.range(of: fragment) else {
            Issue.record("'\(fragment)' is not in '\(line)'")
            return 0
        }
        return line.unicodeScalars.distance(from: line.startIndex, to: range.lowerBound) + 1
    }

    @Test func countsAreCappedWhereTheyAreWritten() throws {
        let huge = "9223372036854775807"
        ScenarioText.expectProblem(ScenarioText.minimal(replacing: "days: 2", with: "days: 3661"), at: 11, 54,
                                   "'days' must be at most 3660, found 3661")
        ScenarioText.expectProblem(ScenarioText.minimal(replacing: "days: 2", with: "days: 99999999999999999999999"), at: 11, 54,
                                   "'days' must be at most 3660, found 99999999999999999999999")
        ScenarioText.expectProblem(ScenarioText.minimal(replacing: "meetings: 2", with: "meetings: \(huge)"), at: 13, 70,
                                   "'meetings' must be at most 100000")
        ScenarioText.expectProblem(ScenarioText.minimal(replacing: "capacity: 40}", with: "capacity: 100001}"), at: 8, 63,
                                   "'capacity' must be at most 100000, found 100001")
        ScenarioText.expectProblem(ScenarioText.minimal(replacing: "leipzig]}", with: "leipzig], max_gap_days: 3661}"),
                                   at: 13, 117, "'max_gap_days' must be at most 3660")

        // Two members with the largest Int as delegates would overflow the default attendees.
        let overflowing = ScenarioText.minimal
            .replacingOccurrences(of: "7.63]}", with: "7.63], delegates: \(huge)}")
            .replacingOccurrences(of: "12.37]}", with: "12.37], delegates: \(huge)}")
        let problems = ScenarioText.problems(overflowing)
        ScenarioText.expect(problems, at: 5, 82, "'delegates' must be at most 100000")
        ScenarioText.expect(problems, at: 6, 82, "'delegates' must be at most 100000")

        let largest = ScenarioText.minimal
            .replacingOccurrences(of: "7.63]}", with: "7.63], delegates: 100000}")
            .replacingOccurrences(of: "12.37]}", with: "12.37], delegates: 100000}")
            .replacingOccurrences(of: "capacity: 40}", with: "capacity: 100000}")
        let loaded = try ScenarioText.load(largest)
        #expect(loaded.scenario.topics.first?.attendees == 200_000)
    }

    @Test func rulesCostsAndWeightsAreBounded() {
        let rules = "rules: {max_meetings_per_week: 100001, staff_rest_days: 3661, weights: {travel: 1e300, offers: -2e9}}"
        let problems = ScenarioText.problems(ScenarioText.minimal + rules + "\n")
        ScenarioText.expect(problems, at: 14, column(of: "100001", in: rules), "'max_meetings_per_week' must be at most 100000")
        ScenarioText.expect(problems, at: 14, column(of: "3661", in: rules), "'staff_rest_days' must be at most 3660")
        ScenarioText.expect(problems, at: 14, column(of: "1e300", in: rules), "'travel' must be at most 1000000000, found 1e300")
        ScenarioText.expect(problems, at: 14, column(of: "-2e9", in: rules), "'offers' must be at least -1000000000")
        #expect(problems.count == 4)

        ScenarioText.expectProblem(ScenarioText.minimal(replacing: "capacity: 40}", with: "capacity: 40, cost_per_day: 1e308}"),
                                   at: 8, 81, "'cost_per_day' must be at most 1000000000, found 1e308")
        #expect(throws: Never.self) {
            try ScenarioText.load(ScenarioText.minimal + "rules: {weights: {travel: 1e9, balance: -1e9}}\n")
        }
    }

    @Test func thePeriodSpansAtMostTenYears() {
        // 2016-09-01 to 2026-09-08 are 3660 days.
        #expect(throws: Never.self) {
            try ScenarioText.load(ScenarioText.minimal(replacing: "end: 2017-06-30", with: "end: 2026-09-08"))
        }
        ScenarioText.expectProblem(ScenarioText.minimal(replacing: "end: 2017-06-30", with: "end: 2026-09-09"), at: 3, 9,
                                   "the period spans 3661 days; at most 3660 (10 years) are allowed")
    }

    @Test func publicHolidaysMustBeKnownForThePeriod() throws {
        let message = "public holidays are known for 1990 to 2100 only; set calendar.public_holidays: false"
        let late = ScenarioText.minimal(replacing: "{start: 2016-09-01, end: 2017-06-30}", with: "{start: 2100-09-01, end: 2101-06-30}")
        ScenarioText.expectProblem(late, at: 3, 9, message)
        let early = ScenarioText.minimal(replacing: "{start: 2016-09-01, end: 2017-06-30}", with: "{start: 1989-09-01, end: 1990-06-30}")
        ScenarioText.expectProblem(early, at: 3, 9, message)
        let withoutHolidays = try ScenarioText.load(late + "calendar: {public_holidays: false}\n")
        #expect(withoutHolidays.scenario.period.upperBound == Day(iso: "2101-06-30"))
        let lastKnownYear = ScenarioText.minimal(replacing: "{start: 2016-09-01, end: 2017-06-30}", with: "{start: 2100-01-04, end: 2100-12-31}")
        #expect(throws: Never.self) { try ScenarioText.load(lastKnownYear) }
    }

    @Test func aRepeatedFixedEntryIsADuplicate() throws {
        let entry = "  - {topic: monitoring, start: 2016-11-30, venue: ms-rathaus}\n"
        ScenarioText.expectProblem(ScenarioText.minimal + "fixed:\n" + entry + entry, at: 16, 5,
                                   "fixed meeting of 'monitoring' on 2016-11-30 at 'ms-rathaus' is given twice (first at line 15)")
        let otherVenue = entry.replacingOccurrences(of: "ms-rathaus", with: "l-rathaus")
        let two = try ScenarioText.load(ScenarioText.minimal + "fixed:\n" + entry + otherVenue)
        #expect(two.scenario.fixed.count == 2)
    }

    @Test func aMissingCityListIsNamedAsTheCause() {
        let yaml = ScenarioText.minimal(replacing: "{id: leipzig, name: Leipzig, state: SN, location: [51.34, 12.37]}",
                                        with: "{id: leipzig}")
        let missing = CityCatalog(cities: [:], isMissing: true)
        do {
            _ = try ScenarioLoader.load(data: Data(yaml.utf8), fileName: "test.yaml", cities: missing)
            Issue.record("a catalog-only city loaded without a catalog")
        } catch {
            // One error per city, not one per missing key.
            #expect(error.diagnostics.count { $0.message.contains("'leipzig'") } == 1)
            ScenarioText.expect(error.diagnostics, at: 6, 10,
                "city 'leipzig' has only an id, and the city list cannot be read (TREFFPUNKT_SEEDS names a folder "
                    + "without a readable cities.csv); give its name, state and location")
        }
        ScenarioText.expectProblem(yaml, at: 6, 10, "city 'leipzig' is not in the shipped city list; give its name, state and "
            + "location, or use its id from the list")
    }

    @Test func theCityListIsCompiledInAndTreffpunktSeedsOverridesIt() throws {
        let embedded = CityCatalog.catalog(environment: [:])
        #expect(!embedded.isMissing)
        #expect(embedded.cities.count == 193)
        #expect(CityCatalog.catalog(environment: ["TREFFPUNKT_SEEDS": ""]).cities.count == 193)

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("seeds-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "id,name,state,latitude,longitude\nbonn,Bonn,NW,50.73,7.1\n"
            .write(to: folder.appendingPathComponent("cities.csv"), atomically: true, encoding: .utf8)
        #expect(CityCatalog.catalog(environment: ["TREFFPUNKT_SEEDS": folder.path]).cities.keys.sorted() == ["bonn"])
        #expect(CityCatalog.catalog(environment: ["TREFFPUNKT_SEEDS": "/nonexistent"]).isMissing)
    }
}
