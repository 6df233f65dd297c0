import Foundation
import ICalendar
import Testing
@testable import Treffpunkt

/// Re-exporting against an earlier calendar: UIDs stay, moved meetings get the next SEQUENCE,
/// unchanged ones keep theirs, and meetings the plan lost stay in the feed cancelled.
@Suite struct PlanCalendarPreviousTests {
    static let firstExport = PlanCalendarTests.exportTime
    static let secondExport = PlanCalendarTests.exportTime + 86_400

    /// Monitoring and Bericht with two meetings each, and Kooperation's one meeting fixed so that a re-plan keeps it.
    static func network() -> TinyNetwork {
        var network = TinyNetwork()
        network.addTopic("kooperation")
        network.addTopic("bericht", meetings: 2, staff: ["anna"])
        network.scenario.fixed = [FixedMeeting(topic: "kooperation", start: TinyNetwork.day("2027-01-11"), venue: "bremen-haus")]
        return network
    }

    static func calendarText(_ plan: Plan, _ scenario: Scenario, at time: Date, previous: PreviousCalendar? = nil) throws -> [String: String] {
        let files = try PlanCalendarFiles(plan: plan, scenario: scenario, exportedAt: time, previous: previous).files
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, String(decoding: $0.data, as: UTF8.self)) })
    }

    static func field(_ name: String, _ event: [String]) -> String? {
        PlanCalendarTests.value(name, in: event)
    }

    @Test func aReplanThatMovesOneMeetingAndDropsAnotherUpdatesTheFeed() throws {
        var network = Self.network()
        let first = try #require(network.plan())
        let firstFiles = try Self.calendarText(first, network.scenario, at: Self.firstExport)
        let before = PlanCalendarTests.events(in: firstFiles["calendar.ics"]!)

        // The venue of Monitoring's first meeting closes on its days, and Bericht meets once only.
        let moved = try #require(first.meetings(of: "monitoring").first)
        let venue = try #require(network.scenario.venues.firstIndex { $0.id == moved.venue })
        network.scenario.venues[venue].unavailable = DateSet([DateSet.Item(days: moved.firstDay...moved.lastDay)])
        network.scenario.topics[2].meetings = 1
        let second = try #require(network.plan())
        let previous = try PreviousCalendar(text: firstFiles["calendar.ics"]!)
        let secondFiles = try Self.calendarText(second, network.scenario, at: Self.secondExport, previous: previous)
        let after = PlanCalendarTests.events(in: secondFiles["calendar.ics"]!)

        #expect(Set(after.keys) == Set(before.keys))
        var sequences: [String: String] = [:]
        for meeting in second.meetings {
            let uid = "tiny-network-20270104-\(meeting.topic)-\(meeting.number)@treffpunkt"
            let old = try #require(before[uid]), new = try #require(after[uid])
            let changed = ["DTSTART", "DTEND", "LOCATION"].contains { Self.field($0, old) != Self.field($0, new) }
            let expected = changed ? "SEQUENCE:1" : "SEQUENCE:0"
            #expect(new.contains(expected), "\(uid)")
            #expect(after["tiny-network-20270104-\(meeting.topic)-\(meeting.number)-anmeldeschluss@treffpunkt"]?.contains(expected) == true)
            #expect(!new.contains("STATUS:CANCELLED"))
            sequences[uid] = expected
        }
        #expect(sequences["tiny-network-20270104-monitoring-1@treffpunkt"] == "SEQUENCE:1")
        #expect(sequences["tiny-network-20270104-kooperation-1@treffpunkt"] == "SEQUENCE:0")

        let cancelled = after.filter { $0.value.contains("STATUS:CANCELLED") }
        #expect(Set(cancelled.keys) == ["tiny-network-20270104-bericht-2@treffpunkt", "tiny-network-20270104-bericht-2-anmeldeschluss@treffpunkt"])
        let gone = try #require(cancelled["tiny-network-20270104-bericht-2@treffpunkt"])
        #expect(gone.contains("SEQUENCE:1") && gone.contains("DTSTAMP:20270103T093000Z"))
        #expect(Self.field("DTSTART", gone) == before["tiny-network-20270104-bericht-2@treffpunkt"].flatMap { Self.field("DTSTART", $0) })
        #expect(PlanCalendarTests.events(in: secondFiles["topics/bericht.ics"]!)["tiny-network-20270104-bericht-2@treffpunkt"] != nil)
        #expect(PlanCalendarTests.events(in: secondFiles["topics/monitoring.ics"]!).values.allSatisfy { !$0.contains("STATUS:CANCELLED") })
        #expect(PlanCalendarTests.events(in: secondFiles["staff/anna.ics"]!)["tiny-network-20270104-bericht-2@treffpunkt"] == nil)

        // Exporting the same plan again against the updated feed changes no SEQUENCE and keeps the cancellation as it was.
        let again = PlanCalendarTests.events(in: try Self.calendarText(
            second, network.scenario, at: Self.secondExport + 86_400, previous: PreviousCalendar(text: secondFiles["calendar.ics"]!))["calendar.ics"]!)
        for (uid, event) in after {
            #expect(Self.field("SEQUENCE", again[uid] ?? []) == Self.field("SEQUENCE", event), "\(uid)")
        }
        #expect(again["tiny-network-20270104-bericht-2@treffpunkt"] == gone)
    }

    @Test func aMeetingThatComesBackAfterACancellationGetsTheNextSequence() throws {
        var network = Self.network()
        let two = try #require(network.plan())
        let full = try Self.calendarText(two, network.scenario, at: Self.firstExport)["calendar.ics"]!
        network.scenario.topics[2].meetings = 1
        let one = try #require(network.plan())
        let reduced = try Self.calendarText(one, network.scenario, at: Self.secondExport, previous: PreviousCalendar(text: full))["calendar.ics"]!
        network.scenario.topics[2].meetings = 2
        let back = PlanCalendarTests.events(in: try Self.calendarText(
            two, network.scenario, at: Self.secondExport, previous: PreviousCalendar(text: reduced))["calendar.ics"]!)
        let event = try #require(back["tiny-network-20270104-bericht-2@treffpunkt"])
        #expect(event.contains("SEQUENCE:2") && event.contains("STATUS:TENTATIVE"))
    }

    @Test func previousCalendarReadsSequenceDefaultsAndRejectsEventsWithoutUID() throws {
        let text = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nDTSTART;TZID=Europe/Berlin:20270111T130000\nLOCATION:Rathaus\\, Saal 1\nEND:VEVENT\nEND:VCALENDAR\n"
        let event = try #require(try PreviousCalendar(text: text).events["a"])
        #expect(event.sequence == 0 && event.location == "Rathaus, Saal 1" && event.status == nil)
        #expect(event.start == "TZID=Europe/Berlin:20270111T130000")
        #expect(throws: ICalendarSyntaxError(line: 2, message: "the VEVENT has no UID")) {
            try PreviousCalendar(text: "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:x\nEND:VEVENT\nEND:VCALENDAR\n")
        }
        for bad in ["eins", "9223372036854775807", "2147483647", "-1"] {
            #expect(throws: ICalendarSyntaxError(line: 4, message: "SEQUENCE must be a whole number from 0 to 2147483646, not '\(bad)'")) {
                try PreviousCalendar(text: "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nSEQUENCE:\(bad)\nEND:VEVENT\nEND:VCALENDAR\n")
            }
        }
        #expect(throws: ICalendarSyntaxError(line: 1, message: "the file holds no VCALENDAR")) {
            try PreviousCalendar(text: "BEGIN:VTODO\nEND:VTODO\n")
        }
    }
}

extension PlanCalendarPreviousTests {
    /// A calendar exported before UIDs named the period is updated in its own UID scheme.
    @Test func anExportWithTheEarlierUIDSchemeIsUpdatedInIt() throws {
        let network = Self.network()
        let plan = try #require(network.plan())
        let current = try #require(try Self.calendarText(plan, network.scenario, at: Self.firstExport)["calendar.ics"])
        let legacy = current.replacingOccurrences(of: "UID:tiny-network-20270104-", with: "UID:tiny-network-")
        let updated = try Self.calendarText(plan, network.scenario, at: Self.secondExport,
                                            previous: try PreviousCalendar(text: legacy))
        let events = PlanCalendarTests.events(in: try #require(updated["calendar.ics"]))
        #expect(events.keys.allSatisfy { $0.hasPrefix("tiny-network-") && !$0.hasPrefix("tiny-network-2027") })
        #expect(events.values.allSatisfy { $0.contains("SEQUENCE:0") && !$0.contains("STATUS:CANCELLED") })
    }
}
