import Foundation
import Testing
@testable import Treffpunkt

/// What `publish` does to a CalDAV collection's resources: create, leave alone, update in place,
/// cancel or delete, and never touch what belongs to someone else.
@Suite struct CalendarPublicationTests {
    static let stamp = Date(timeIntervalSince1970: 1_800_000_000)

    /// The resources a server would hold after the publication was written.
    static func stored(_ publication: CalendarPublication, over earlier: [CalendarPublication.Resource] = [])
        -> [CalendarPublication.Resource] {
        var resources = Dictionary(uniqueKeysWithValues: earlier.map { ($0.href, $0) })
        for change in publication.changes {
            switch change.action {
            case .create, .update, .cancel:
                resources[change.target] = .init(href: change.target, etag: "\"\(change.uid)-\(change.action)\"",
                                                 text: String(decoding: change.body!, as: UTF8.self))
            case .delete: resources[change.target] = nil
            case .unchanged: break
            }
        }
        return resources.values.sorted { $0.href < $1.href }
    }

    @Test func createsThenLeavesAloneThenUpdatesAndCancels() throws {
        var network = TinyNetwork()
        let plan = try #require(network.plan())
        let other = CalendarPublication.Resource(href: "fremd.ics", etag: "\"1\"", text: """
            BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:fremd@example.org\r\nDTSTART:20270301T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n
            """)
        let first = try CalendarPublication(plan: plan, scenario: network.scenario, exportedAt: Self.stamp, existing: [other],
                                            deleteDropped: false)
        #expect(first.changes.count == 4 && first.changes.allSatisfy { $0.action == .create })
        let body = String(decoding: try #require(first.changes[0].body), as: UTF8.self)
        #expect(!body.contains("METHOD:") && body.contains("BEGIN:VTIMEZONE"))
        #expect(body.components(separatedBy: "BEGIN:VEVENT").count == 2)
        let server = Self.stored(first, over: [other])

        let again = try CalendarPublication(plan: plan, scenario: network.scenario, exportedAt: Self.stamp.addingTimeInterval(60),
                                            existing: server, deleteDropped: false)
        #expect(again.changes.allSatisfy { $0.action == .unchanged })

        // One meeting fewer, and the venue of the first one closed on its first day.
        let moved = try #require(plan.meetings(of: "monitoring").first)
        network.scenario.topics[0].meetings = 1
        let index = try #require(network.scenario.venues.firstIndex { $0.id == moved.venue })
        network.scenario.venues[index].unavailable = DateSet([.init(days: moved.firstDay...moved.firstDay)])
        let replanned = try #require(network.plan())
        let update = try CalendarPublication(plan: replanned, scenario: network.scenario, exportedAt: Self.stamp,
                                             existing: server, deleteDropped: false)
        let actions = update.changes.map(\.action)
        #expect(actions.filter { $0 == .update }.count == 2)  // the meeting and its deadline
        #expect(actions.filter { $0 == .cancel }.count == 2)
        #expect(!update.changes.contains { $0.uid == "fremd@example.org" })
        let updated = try #require(update.changes.first { $0.action == .update && !$0.uid.contains("anmeldeschluss") })
        #expect(updated.etag == "\"\(updated.uid)-create\"")
        #expect(String(decoding: try #require(updated.body), as: UTF8.self).contains("SEQUENCE:1\r\n"))
        let cancelled = try #require(update.changes.first { $0.action == .cancel })
        #expect(String(decoding: try #require(cancelled.body), as: UTF8.self).contains("STATUS:CANCELLED\r\n"))

        let deleting = try CalendarPublication(plan: replanned, scenario: network.scenario, exportedAt: Self.stamp,
                                               existing: server, deleteDropped: true)
        #expect(deleting.changes.filter { $0.action == .delete }.count == 2)
    }
}
