import Foundation
import Testing
@testable import Treffpunkt

/// The iCalendar export of a plan: UIDs, local times, deadline events, status, escaping and the
/// split into files per topic, staff member and host city.
@Suite struct PlanCalendarTests {
    /// 2027-01-02 09:30:00 UTC.
    static let exportTime = Date(timeIntervalSince1970: 1_798_882_200)

    /// The tiny network with e-mail addresses, an awkward venue and a second topic run by Jonas.
    static func network() -> TinyNetwork {
        var network = TinyNetwork()
        network.scenario.staff[0].email = "anna@example.org"
        network.scenario.staff[1].email = "jonas@example.org"
        network.addTopic("kooperation")
        return network
    }

    static func files(_ plan: Plan, _ scenario: Scenario, at time: Date = exportTime) throws -> [String: String] {
        let files = try PlanCalendarFiles(plan: plan, scenario: scenario, exportedAt: time).files
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, String(decoding: $0.data, as: UTF8.self)) })
    }

    /// The unfolded content lines of every VEVENT in a file, by UID.
    static func events(in text: String) -> [String: [String]] {
        let lines = text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
        var events: [String: [String]] = [:]
        var current: [String]?
        for line in lines {
            if line == "BEGIN:VEVENT" {
                current = []
            } else if line == "END:VEVENT", let event = current {
                let uid = event.first { $0.hasPrefix("UID:") }.map { String($0.dropFirst(4)) } ?? ""
                events[uid] = event
                current = nil
            } else {
                current?.append(line)
            }
        }
        return events
    }

    static func value(_ name: String, in event: [String]) -> String? {
        event.first { $0.hasPrefix(name + ":") || $0.hasPrefix(name + ";") }
    }

    @Test func slugSpellsOutUmlautsAndJoinsOtherCharactersWithHyphens() {
        #expect(PlanCalendar.slug("Großstadtnetzwerk 2016 – Monitoring") == "grossstadtnetzwerk-2016-monitoring")
        #expect(PlanCalendar.slug("  Städte & Bürger: Öffentlichkeit! ") == "staedte-buerger-oeffentlichkeit")
    }

    @Test func summaryDropsTheTrailingTreffenOfTheFormat() throws {
        let network = Self.network()
        let plan = try #require(network.plan())
        let calendars = try PlanCalendar(plan: plan, scenario: network.scenario, exportedAt: Self.exportTime)
        let second = plan.meetings(of: "monitoring")[1]
        #expect(calendars.summary(of: second) == "Fachgruppe Monitoring – 2. Treffen")
        #expect(PlanCalendar.groupName(ofFormat: "Arbeitskreis-Treffen") == "Arbeitskreis")
        #expect(PlanCalendar.groupName(ofFormat: "Treffen") == "")
        #expect(PlanCalendar.groupName(ofFormat: "Workshop") == "Workshop")
    }

    @Test func uidNamesScenarioTopicAndNumberAndSurvivesAMove() throws {
        var network = Self.network()
        let first = try #require(network.plan())
        let before = Self.events(in: try Self.files(first, network.scenario)["calendar.ics"]!)
        let moved = try #require(first.meetings(of: "monitoring").first)
        #expect(Set(before.keys) == [
            "tiny-network-20270104-monitoring-1@treffpunkt", "tiny-network-20270104-monitoring-2@treffpunkt",
            "tiny-network-20270104-monitoring-1-anmeldeschluss@treffpunkt", "tiny-network-20270104-monitoring-2-anmeldeschluss@treffpunkt",
            "tiny-network-20270104-kooperation-1@treffpunkt", "tiny-network-20270104-kooperation-1-anmeldeschluss@treffpunkt",
        ])

        // Close the first meeting's days: the re-plan moves it, and its UID stays.
        network.scenario.calendar.blackouts = DateSet([DateSet.Item(days: moved.firstDay...moved.lastDay)])
        let second = try #require(network.plan())
        let after = Self.events(in: try Self.files(second, network.scenario, at: Self.exportTime + 86_400)["calendar.ics"]!)
        let uid = "tiny-network-20270104-monitoring-1@treffpunkt"
        let startBefore = try #require(before[uid].flatMap { Self.value("DTSTART", in: $0) })
        let startAfter = try #require(after[uid].flatMap { Self.value("DTSTART", in: $0) })
        #expect(startBefore != startAfter)
        #expect(Set(after.keys) == Set(before.keys))
    }

    @Test func meetingRunsFromTheFormatsStartOnTheFirstDayToItsEndOnTheLastInTheScenariosZone() throws {
        let network = Self.network()
        let plan = try #require(network.plan())
        let events = Self.events(in: try Self.files(plan, network.scenario)["calendar.ics"]!)
        for meeting in plan.meetings {
            let event = try #require(events["tiny-network-20270104-\(meeting.topic)-\(meeting.number)@treffpunkt"])
            let first = meeting.firstDay.civil, last = meeting.lastDay.civil
            func compact(_ day: (year: Int, month: Int, day: Int)) -> String {
                String(format: "%04d%02d%02d", day.year, day.month, day.day)
            }
            #expect(event.contains("DTSTART;TZID=Europe/Berlin:\(compact(first))T130000"))
            #expect(event.contains("DTEND;TZID=Europe/Berlin:\(compact(last))T140000"))
            #expect(event.contains("DTSTAMP:20270102T093000Z"))
            #expect(event.contains("SEQUENCE:0") && event.contains("TRANSP:OPAQUE"))
        }
    }

    @Test func deadlineIsAnAllDayEventWithAnExclusiveEnd() throws {
        let network = Self.network()
        let plan = try #require(network.plan())
        let meeting = try #require(plan.meetings(of: "monitoring").first)
        let events = Self.events(in: try Self.files(plan, network.scenario)["topics/monitoring.ics"]!)
        let deadline = try #require(events["tiny-network-20270104-monitoring-1-anmeldeschluss@treffpunkt"])
        // The format closes registration ten days before the first day.
        let day = meeting.firstDay.advanced(by: -10)
        #expect(meeting.registrationDeadline == day)
        let compact = "\(day)".replacingOccurrences(of: "-", with: "")
        let next = "\(day.advanced(by: 1))".replacingOccurrences(of: "-", with: "")
        #expect(deadline.contains("DTSTART;VALUE=DATE:\(compact)"))
        #expect(deadline.contains("DTEND;VALUE=DATE:\(next)"))
        #expect(deadline.contains("SUMMARY:Anmeldeschluss: Fachgruppe Monitoring – 1. Treffen"))
        #expect(deadline.contains("TRANSP:TRANSPARENT"))
        let event = try #require(events["tiny-network-20270104-monitoring-1@treffpunkt"])
        let parts = "\(day)".split(separator: "-")
        #expect(event.contains("DESCRIPTION:Anmeldeschluss: \(parts[2]).\(parts[1]).\(parts[0])\\nBetreuung: Anna Beispiel"))
    }

    @Test func fixedMeetingsAreConfirmedAndProposedOnesTentative() throws {
        var network = Self.network()
        network.scenario.fixed = [FixedMeeting(topic: "monitoring", start: TinyNetwork.day("2027-01-11"), venue: "bremen-haus")]
        let plan = try #require(network.plan())
        let fixed = try #require(plan.meetings.first { $0.fixed })
        let events = Self.events(in: try Self.files(plan, network.scenario)["calendar.ics"]!)
        for meeting in plan.meetings {
            let uid = "tiny-network-20270104-\(meeting.topic)-\(meeting.number)"
            let status = meeting.topic == fixed.topic && meeting.number == fixed.number ? "CONFIRMED" : "TENTATIVE"
            #expect(events[uid + "@treffpunkt"]?.contains("STATUS:\(status)") == true, "\(uid)")
            #expect(events[uid + "-anmeldeschluss@treffpunkt"]?.contains("STATUS:\(status)") == true, "\(uid)")
        }
        #expect(plan.meetings.contains { !$0.fixed })
    }

    @Test func locationEscapesCommasSemicolonsAndLineBreaks() throws {
        var network = Self.network()
        network.scenario.venues = network.scenario.venues.filter { $0.city == "bremen" }
        network.scenario.venues[0].name = "Saal 3; Haus A, Nord"
        network.scenario.venues[0].address = "Am Markt 20\n28195 Bremen"
        network.scenario.rules.distinctHostsPerTopic = false
        let plan = try #require(network.plan())
        let events = Self.events(in: try Self.files(plan, network.scenario)["cities/bremen.ics"]!)
        let event = try #require(events["tiny-network-20270104-monitoring-1@treffpunkt"])
        #expect(event.contains("LOCATION:Saal 3\\; Haus A\\, Nord\\, Am Markt 20\\n28195 Bremen"))
        #expect(event.contains("GEO:53.0758;8.8072"))
        #expect(event.contains("CATEGORIES:Monitoring,Fachgruppentreffen"))
    }

    /// The feeds are METHOD:PUBLISH (RFC 5546 §3.2.1): every event has an ORGANIZER, none an ATTENDEE.
    @Test func everyPublishedEventHasAnOrganizerAndNoAttendee() throws {
        var network = Self.network()
        network.scenario.topics[0].staff = ["jonas", "anna"]
        network.scenario.staff[1].email = nil
        let plan = try #require(network.plan())
        let events = Self.events(in: try Self.files(plan, network.scenario)["calendar.ics"]!)
        let shared = try #require(events["tiny-network-20270104-monitoring-1@treffpunkt"])
        #expect(shared.contains("ORGANIZER;CN=Anna Beispiel:mailto:anna@example.org"))
        let jonasOnly = try #require(events["tiny-network-20270104-kooperation-1@treffpunkt"])
        #expect(jonasOnly.contains("ORGANIZER;CN=Tiny network:mailto:planung@treffpunkt.invalid"))
        #expect(jonasOnly.contains { $0.hasPrefix("DESCRIPTION:") && $0.contains("Betreuung: Jonas Muster") })
        for (uid, lines) in events {
            #expect(lines.count { $0.hasPrefix("ORGANIZER") } == 1, "\(uid)")
            #expect(!lines.contains { $0.hasPrefix("ATTENDEE") }, "\(uid)")
        }
    }

    /// Two periods of one network (the years of `plan --years`) never share a UID, and the
    /// calendar's name says the year when the scenario's name does not.
    @Test func uidsAndNamesDifferBetweenPeriods() throws {
        let network = Self.network()
        let plan = try #require(network.plan())
        var later = plan
        later.period = Plan.Period(start: "2028-01-04", end: "2028-03-30", yearsAfterScenario: 1)
        let first = Self.events(in: try Self.files(plan, network.scenario)["calendar.ics"]!)
        let second = Self.events(in: try Self.files(later, network.scenario)["calendar.ics"]!)
        #expect(Set(first.keys).isDisjoint(with: second.keys))
        #expect(second.keys.allSatisfy { $0.hasPrefix("tiny-network-20280104-") })
        let calendar = try PlanCalendar(plan: later, scenario: network.scenario, exportedAt: Date())
        #expect(calendar.networkName == "Tiny network (2028)")
    }

    @Test func eachStaffFileHoldsExactlyThatPersonsMeetingsAndOnlyHostsGetACityFile() throws {
        let network = Self.network()
        let plan = try #require(network.plan())
        let files = try Self.files(plan, network.scenario)
        func uids(of topic: Topic.ID) -> Set<String> {
            Set(plan.meetings(of: topic).flatMap { meeting in
                ["tiny-network-20270104-\(topic)-\(meeting.number)@treffpunkt", "tiny-network-20270104-\(topic)-\(meeting.number)-anmeldeschluss@treffpunkt"]
            })
        }
        #expect(Set(Self.events(in: files["staff/anna.ics"]!).keys) == uids(of: "monitoring"))
        #expect(Set(Self.events(in: files["staff/jonas.ics"]!).keys) == uids(of: "kooperation"))
        #expect(Set(Self.events(in: files["topics/kooperation.ics"]!).keys) == uids(of: "kooperation"))
        #expect(files["staff/jonas.ics"]!.contains("X-WR-CALNAME:Tiny network (2027) – Jonas Muster\r\n"))
        let hosts = Set(plan.meetings.map(\.city))
        #expect(Set(files.keys.filter { $0.hasPrefix("cities/") }) == Set(hosts.map { "cities/\($0).ics" }))
        #expect(hosts.count < network.scenario.cities.count)
    }

    @Test func everyFileIsAFoldedCalendarWithItsZoneBeforeTheEvents() throws {
        var network = Self.network()
        network.scenario.venues[0].address = String(repeating: "Straße der Städtepartnerschaft 1, ", count: 5) + "10178 Berlin"
        network.scenario.name = "Großstadtnetzwerk der Bürgerinnen und Bürger mit einem sehr langen Namen 2027"
        let plan = try #require(network.plan())
        let files = try PlanCalendarFiles(plan: plan, scenario: network.scenario, exportedAt: Self.exportTime).files
        #expect(files.first?.path == "calendar.ics")
        var folded = 0
        for file in files {
            let text = String(decoding: file.data, as: UTF8.self)
            #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Treffpunkt//Treffpunkt//DE\r\n"))
            #expect(text.hasSuffix("END:VCALENDAR\r\n"))
            let lines = text.components(separatedBy: "\r\n").dropLast()
            for line in lines {
                #expect(line.utf8.count <= 75, "\(file.path): \(line)")
                #expect(!line.contains("\n") && !line.contains("\r"))
            }
            folded += lines.filter { $0.hasPrefix(" ") }.count
            let zone = try #require(text.range(of: "BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin"))
            if let event = text.range(of: "BEGIN:VEVENT") {
                #expect(zone.lowerBound < event.lowerBound)
            }
        }
        #expect(folded > 0)
    }
}
