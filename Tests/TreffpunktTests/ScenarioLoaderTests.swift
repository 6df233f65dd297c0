import Foundation
import Testing
import Hashing
@testable import Treffpunkt

/// Loading valid scenarios: every section, defaults, references, the city catalog, warnings.
@Suite struct ScenarioLoaderTests {
    static let full = """
        # A network with every section.
        format: treffpunkt/1
        name: Netz 2016
        timezone: Europe/Berlin
        period:
          start: 2016-09-01
          end: 2017-06-30
        calendar:
          public_holidays: false
          blackouts:
            - 2016-12-24
            - {start: 2016-12-27, end: 2016-12-31, reason: Jahreswechsel}
          state_blackouts:
            NW:
              - {start: 2016-10-10, end: 2016-10-21, reason: Herbstferien}
        cities:
          - id: muenster
            delegates: 3
            offers: [monitoring]
            extra_holidays: [2016-11-11]
          - id: leipzig
            name: Leipzig
            state: SN
            location: [51.34, 12.37]
          - id: no
            name: Norden
            state: NI
            location: [53.6, 7.2]
        venues:
          - id: ms-rathaus
            name: Rathaus Münster
            city: muenster
            address: "Klemensstraße 10, 48143 Münster"
            capacity: 40
            cost_per_day: 120.5
            unavailable: [{start: 2017-01-02, end: 2017-01-06}]
          - {id: l-rathaus, name: Neues Rathaus, city: leipzig, capacity: 30}
          - {id: no-halle, name: Stadthalle, city: no, capacity: 12}
        staff:
          - id: mt
            name: M. T.
            email: mt@example.org
            office: leipzig
            unavailable: [2016-09-05]
            max_meetings_per_month: 2
        formats:
          - id: fachgruppe
            name: Fachgruppentreffen
            days: 2
            start_time: 13:00
            end_time: 14:00
            start_weekdays: [mon, tue, wed, thu]
            registration_days: 21
          - id: salon
            name: Kommunalsalon
            days: 1
            start_time: 10:00
            end_time: 16:30
            weekdays: [mon, tue, wed, thu, fri, sat]
            start_weekdays: [fri, sat]
        topics:
          - id: monitoring
            name: Monitoring
            format: fachgruppe
            meetings: 2
            members: [muenster, leipzig]
            staff: [mt]
            min_gap_days: 30
            max_gap_days: 200
          - id: 2016
            name: Salon 2016
            format: salon
            meetings: 1
            members: [leipzig, no]
            hosts: [leipzig]
            attendees: 25
        fixed:
          - {topic: monitoring, start: 2016-11-30, venue: ms-rathaus}
        history:
          - {topic: monitoring, city: leipzig, start: 2015-11-04}
        rules:
          distinct_hosts_per_topic: false
          max_meetings_per_city: 3
          min_days_between_city_meetings: 7
          max_meetings_per_week: 2
          staff_rest_days: 1
          no_repeat_host_years: 2
          weights: {travel: 2, venue_cost: 0.5, rotation: 100, balance: 50, offers: 0}

        """

    @Test func fullScenarioLoadsEveryValue() throws {
        let loaded = try ScenarioText.load(Self.full, file: "scenarios/netz-2016.yaml")
        let scenario = loaded.scenario
        #expect(loaded.warnings.isEmpty)
        #expect(scenario.name == "Netz 2016")
        #expect(scenario.timeZone == "Europe/Berlin")
        #expect(scenario.period == Day(iso: "2016-09-01")!...Day(iso: "2017-06-30")!)
        #expect(scenario.source.file == "netz-2016.yaml")
        #expect(scenario.source.sha256 == SHA256.hexDigest(of: Array(Self.full.utf8)))

        #expect(scenario.calendar.publicHolidays == false)
        #expect(scenario.calendar.blackouts.items.count == 2)
        #expect(scenario.calendar.blackouts.contains(Day(iso: "2016-12-24")!))
        #expect(scenario.calendar.blackouts.item(containing: Day(iso: "2016-12-29")!)?.reason == "Jahreswechsel")
        #expect(!scenario.calendar.blackouts.contains(Day(iso: "2016-12-25")!))
        #expect(scenario.calendar.stateBlackouts[.NW]?.item(containing: Day(iso: "2016-10-14")!)?.reason == "Herbstferien")

        // Münster comes from the catalog; what the scenario gives is added.
        let muenster = try #require(scenario.city("muenster"))
        #expect(muenster.name == "Münster")
        #expect(muenster.state == .NW)
        #expect(muenster.location == Location(latitude: 51.9625, longitude: 7.6256))
        #expect(muenster.delegates == 3)
        #expect(muenster.offers == ["monitoring"])
        #expect(muenster.extraHolidays.contains(Day(iso: "2016-11-11")!))
        let leipzig = try #require(scenario.city("leipzig"))
        #expect(leipzig.delegates == 2)
        #expect(leipzig.location == Location(latitude: 51.34, longitude: 12.37))
        #expect(scenario.city("no")?.state == .NI)

        let rathaus = try #require(scenario.venue("ms-rathaus"))
        #expect(rathaus.address == "Klemensstraße 10, 48143 Münster")
        #expect(rathaus.capacity == 40)
        #expect(rathaus.costPerDay == 120.5)
        #expect(rathaus.unavailable.contains(Day(iso: "2017-01-04")!))
        #expect(scenario.venue("l-rathaus")?.costPerDay == 0)
        #expect(scenario.venue("l-rathaus")?.address == nil)

        let mt = try #require(scenario.staffMember("mt"))
        #expect(mt.email == "mt@example.org")
        #expect(mt.office == "leipzig")
        #expect(mt.maxMeetingsPerMonth == 2)
        #expect(mt.unavailable.contains(Day(iso: "2016-09-05")!))

        let fachgruppe = try #require(scenario.format("fachgruppe"))
        #expect(fachgruppe.days == 2)
        #expect(fachgruppe.startTime == TimeOfDay(hour: 13, minute: 0))
        #expect(fachgruppe.startWeekdays == [.mon, .tue, .wed, .thu])
        #expect(fachgruppe.weekdays == MeetingFormat.workingDays)
        #expect(fachgruppe.registrationDays == 21)
        let salon = try #require(scenario.format("salon"))
        #expect(salon.endTime == TimeOfDay(hour: 16, minute: 30))
        #expect(salon.startWeekdays == [.fri, .sat])
        #expect(salon.registrationDays == 14)

        let monitoring = try #require(scenario.topic("monitoring"))
        #expect(monitoring.hosts == ["muenster", "leipzig"])
        #expect(monitoring.staff == ["mt"])
        // 3 delegates from Münster, 2 from Leipzig, 1 staff member.
        #expect(monitoring.attendees == 6)
        #expect(monitoring.minGapDays == 30)
        #expect(monitoring.maxGapDays == 200)
        let salonTopic = try #require(scenario.topic("2016"))
        #expect(salonTopic.hosts == ["leipzig"])
        #expect(salonTopic.attendees == 25)
        #expect(salonTopic.maxGapDays == nil)

        #expect(scenario.fixed.count == 1)
        #expect(scenario.fixed.first?.start == Day(iso: "2016-11-30"))
        #expect(scenario.fixed.first?.venue == "ms-rathaus")
        #expect(scenario.fixed.first?.location == Treffpunkt.SourceLocation(line: 78, column: 5))
        #expect(scenario.history.first?.city == "leipzig")
        #expect(scenario.history.first?.start == Day(iso: "2015-11-04"))

        #expect(scenario.rules.distinctHostsPerTopic == false)
        #expect(scenario.rules.maxMeetingsPerCity == 3)
        #expect(scenario.rules.minDaysBetweenCityMeetings == 7)
        #expect(scenario.rules.maxMeetingsPerWeek == 2)
        #expect(scenario.rules.staffRestDays == 1)
        #expect(scenario.rules.noRepeatHostYears == 2)
        #expect(scenario.rules.weights == ObjectiveWeights(travel: 2, venueCost: 0.5, rotation: 100, balance: 50, offers: 0))
    }

    @Test func minimalScenarioGetsTheDefaults() throws {
        let scenario = try ScenarioText.load(ScenarioText.minimal).scenario
        #expect(scenario.timeZone == "Europe/Berlin")
        #expect(scenario.calendar.publicHolidays)
        #expect(scenario.calendar.blackouts.isEmpty)
        #expect(scenario.staff.isEmpty && scenario.fixed.isEmpty && scenario.history.isEmpty)
        #expect(scenario.cities.allSatisfy { $0.delegates == 2 })
        #expect(scenario.formats.first?.startWeekdays == MeetingFormat.workingDays)
        #expect(scenario.formats.first?.registrationDays == 14)
        let topic = try #require(scenario.topics.first)
        #expect(topic.hosts == topic.members)
        #expect(topic.attendees == 4)
        #expect(topic.minGapDays == 0 && topic.maxGapDays == nil)
        #expect(scenario.rules.distinctHostsPerTopic)
        #expect(scenario.rules.maxMeetingsPerCity == nil && scenario.rules.maxMeetingsPerWeek == nil)
        #expect(scenario.rules.weights == ObjectiveWeights())
    }

    @Test func catalogCitiesNeedOnlyTheirID() throws {
        let yaml = ScenarioText.minimal(replacing: "{id: muenster, name: Münster, state: NW, location: [51.96, 7.63]}",
                                        with: "{id: halle-saale}")
            .replacingOccurrences(of: "city: muenster", with: "city: halle-saale")
            .replacingOccurrences(of: "[muenster, leipzig]", with: "[halle-saale, leipzig]")
        let halle = try #require(try ScenarioText.load(yaml).scenario.city("halle-saale"))
        #expect(halle.name == "Halle (Saale)")
        #expect(halle.state == .ST)
        #expect(halle.location == Location(latitude: 51.4828, longitude: 11.9697))

        // The scenario's own values win.
        let own = ScenarioText.minimal(replacing: "{id: muenster, name: Münster, state: NW,", with: "{id: muenster, name: Muenster, state: NW,")
        #expect(try ScenarioText.load(own).scenario.city("muenster")?.name == "Muenster")
        #expect(try ScenarioText.load(own).scenario.city("muenster")?.location == Location(latitude: 51.96, longitude: 7.63))

        // A city outside the catalog must say everything.
        ScenarioText.expectProblem(ScenarioText.minimal(replacing: ", name: Leipzig, state: SN, location: [51.34, 12.37]}", with: "}"),
                                   at: 6, 10, "city 'leipzig' is not in the shipped city list; give its name, state and "
                                       + "location, or use its id from the list")
        // A near miss of a listed id gets a suggestion.
        ScenarioText.expectProblem(ScenarioText.minimal(replacing: "{id: leipzig, name: Leipzig, state: SN, location: [51.34, 12.37]}",
                                                        with: "{id: munster}"),
                                   at: 6, 10, "city 'munster' is not in the shipped city list (did you mean 'muenster'?); "
                                       + "give its name, state and location, or use its id from the list")
    }

    @Test func catalogReadsTheShippedCSVFormat() throws {
        let catalog = try CityCatalog(csv: """
            id,name,state,latitude,longitude,population
            muenster,Münster,NW,51.9625,7.6256,317713
            frankfurt-am-main,"Frankfurt am Main",HE,50.1109,8.6821,773068

            """)
        #expect(catalog.cities.count == 2)
        #expect(catalog.cities["frankfurt-am-main"]?.name == "Frankfurt am Main")
        #expect(catalog.cities["frankfurt-am-main"]?.state == .HE)
        #expect(catalog.cities["muenster"]?.location.longitude == 7.6256)
        #expect(throws: CatalogError.self) { try CityCatalog(csv: "id,name\nx,y\n") }
        #expect(throws: CatalogError.self) { try CityCatalog(csv: "id,name,state,latitude,longitude\nx,X,ZZ,1,2\n") }

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("seeds-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("cities.csv").path
        try "id,name,state,latitude,longitude,population\nbonn,Bonn,NW,50.73,7.1,300000\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try CityCatalog(contentsOf: path).cities["bonn"]?.state == .NW)
    }

    @Test func loadsFromAPath() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("treffpunkt-\(UUID().uuidString).yaml").path
        try ScenarioText.minimal.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let loaded = try ScenarioLoader.load(path: path, cities: ScenarioText.catalog)
        #expect(loaded.scenario.source.file == URL(fileURLWithPath: path).lastPathComponent)
        #expect(loaded.scenario.source.sha256.count == 64)
        do {
            _ = try ScenarioLoader.load(path: path + ".missing", cities: ScenarioText.catalog)
            Issue.record("a missing file loaded")
        } catch {
            #expect(error.diagnostics.first?.file == path + ".missing")
            #expect(error.diagnostics.first?.message.contains("cannot read") == true)
        }
    }

    @Test func fixedMeetingOnAClosedDayIsAWarning() throws {
        // 2016-12-28 (Wednesday) is in the network's year-end blackout.
        let yaml = ScenarioText.minimal + """
            calendar:
              blackouts: [{start: 2016-12-27, end: 2016-12-31, reason: Jahreswechsel}]
              state_blackouts: {SN: [2017-02-13]}
            fixed:
              - {topic: monitoring, start: 2016-12-28, venue: ms-rathaus}
              - {topic: monitoring, start: 2017-02-13, venue: l-rathaus}

            """
        let loaded = try ScenarioText.load(yaml)
        #expect(loaded.scenario.fixed.count == 2)
        #expect(loaded.warnings.count == 2)
        let first = try #require(loaded.warnings.first)
        #expect(first.severity == .warning)
        #expect(first.location == Treffpunkt.SourceLocation(line: 18, column: 5))
        #expect(first.message == "fixed meeting of 'monitoring' on 2016-12-28 falls on a closed day (Jahreswechsel (network blackout)); it stays as decided")
        #expect(loaded.warnings.last?.message.contains("on 2017-02-13 falls on a closed day (blackout in SN)") == true)
    }

    @Test func fixedMeetingOnALocalHolidayIsAWarning() throws {
        let yaml = ScenarioText.minimal(replacing: "location: [51.96, 7.63]}", with: "location: [51.96, 7.63], extra_holidays: [2016-11-30]}")
            + "fixed: [{topic: monitoring, start: 2016-11-29, venue: ms-rathaus}]\n"
        let loaded = try ScenarioText.load(yaml)
        #expect(loaded.warnings.map(\.message) == [
            "fixed meeting of 'monitoring' on 2016-11-30 falls on a closed day (local holiday in Münster); it stays as decided",
        ])
    }
}
