import Foundation
import ICalendar
import Testing
@testable import Treffpunkt

/// `METHOD:REQUEST` and `METHOD:CANCEL` invitations with their mail drafts, first for a plan and
/// then against the calendar of the plan before.
@Suite struct InvitationsTests {
    static let stamp = Date(timeIntervalSince1970: 1_800_000_000)

    static func network() -> TinyNetwork {
        var network = TinyNetwork()
        network.scenario.staff[0].email = "anna@example.org"
        network.scenario.cities[0].contacts = [Contact(name: "Eva Müller", email: "eva@berlin.example")]
        network.scenario.cities[1].contacts = [Contact(name: "Jan Kraft", email: "jan@hamburg.example"),
                                               Contact(name: "Büro", email: "buero@hamburg.example")]
        return network
    }

    @Test func everyMeetingGetsARequestWithOrganizerAttendeesAndADraft() throws {
        let network = Self.network()
        let plan = try #require(network.plan())
        let invitations = try Invitations(plan: plan, scenario: network.scenario, exportedAt: Self.stamp, previous: nil, language: .de)
        #expect(invitations.invitations.count == plan.meetings.count)
        #expect(invitations.invitations.allSatisfy { $0.kind == .invitation })
        let first = try #require(invitations.invitations.first)
        let text = first.calendar.serialized.replacingOccurrences(of: "\r\n ", with: "")
        #expect(text.contains("METHOD:REQUEST\r\n"))
        #expect(text.contains("ORGANIZER;CN=Anna Beispiel:mailto:anna@example.org\r\n"))
        let attendees = text.split(separator: "\r\n").filter { $0.hasPrefix("ATTENDEE") }
        #expect(attendees.count == 4)  // anna and the three contacts of Berlin and Hamburg
        #expect(attendees.allSatisfy { $0.contains("RSVP=TRUE") && $0.contains("PARTSTAT=NEEDS-ACTION") })
        #expect(text.contains("UID:tiny-network-20270104-monitoring-\(first.number)@treffpunkt\r\n"))
        #expect(!text.contains("anmeldeschluss@treffpunkt"))

        let mail = String(decoding: first.mail.data, as: UTF8.self)
        #expect(mail.contains("\r\nX-Unsent: 1\r\n"))
        #expect(mail.hasPrefix("From: \"Anna Beispiel\" <anna@example.org>\r\nTo: \"Anna Beispiel\" <anna@example.org>,\r\n =?UTF-8?B?"))
        #expect(mail.contains("=?UTF-8?B?"))  // "Eva Müller" and the subject's dash are encoded words
        #expect(mail.contains("Content-Type: text/calendar; charset=utf-8; method=REQUEST"))
        #expect(mail.contains("Anmeldeschluss: "))
        #expect(mail.contains("Bei Fragen: Anna Beispiel, anna@example.org"))
        // Headers are ASCII.
        let headers = mail.components(separatedBy: "\r\n\r\n")[0]
        #expect(headers.unicodeScalars.allSatisfy { $0.isASCII })

        let english = try Invitations(plan: plan, scenario: network.scenario, exportedAt: Self.stamp, previous: nil, language: .en)
        #expect(String(decoding: english.invitations[0].mail.data, as: UTF8.self).contains("Registration closes: "))
    }

    @Test func aReplanInvitesOnlyWhatChangedAndCancelsWhatIsGone() throws {
        var network = Self.network()
        let before = try #require(network.plan())
        let files = try PlanCalendarFiles(plan: before, scenario: network.scenario, exportedAt: Self.stamp)
        let previous = try PreviousCalendar(text: files.files[0].calendar.serialized)

        // Nothing changed: nothing to send.
        let same = try Invitations(plan: before, scenario: network.scenario, exportedAt: Self.stamp, previous: previous, language: .de)
        #expect(same.invitations.isEmpty && same.unchanged == before.meetings.count)

        // One meeting fewer, and the venue of the first one closed on its first day.
        let first = try #require(before.meetings(of: "monitoring").first)
        network.scenario.topics[0].meetings = 1
        let index = try #require(network.scenario.venues.firstIndex { $0.id == first.venue })
        network.scenario.venues[index].unavailable = DateSet([.init(days: first.firstDay...first.firstDay)])
        let after = try #require(network.plan())
        let invitations = try Invitations(plan: after, scenario: network.scenario, exportedAt: Self.stamp, previous: previous, language: .de)
        let update = try #require(invitations.invitations.first { $0.kind == .update })
        #expect(update.number == 1)
        #expect(update.calendar.serialized.contains("SEQUENCE:1\r\n"))
        let cancel = try #require(invitations.invitations.first { $0.kind == .cancellation })
        #expect(cancel.fileStem == "monitoring-2-cancel")
        let text = cancel.calendar.serialized
        #expect(text.contains("METHOD:CANCEL\r\n") && text.contains("STATUS:CANCELLED\r\n") && text.contains("SEQUENCE:1\r\n"))
        #expect(text.contains("ATTENDEE;"))
        #expect(String(decoding: cancel.mail.data, as: UTF8.self).contains("Subject: =?UTF-8?B?"))
        #expect(invitations.invitations.count == 2)
    }

    @Test func headersFoldAndEncodeOnlyWhatNeedsIt() {
        #expect(MailDraft.encodedWords("Plain subject") == "Plain subject")
        let encoded = MailDraft.encodedWords(String(repeating: "Größe ", count: 20))
        #expect(encoded.split(separator: "\r\n ").allSatisfy { $0.count <= 75 && $0.hasPrefix("=?UTF-8?B?") })
        #expect(MailDraft.mailbox(.init(name: "A \"B\"", email: "a@b.example")) == "\"A \\\"B\\\"\" <a@b.example>")
    }
}
