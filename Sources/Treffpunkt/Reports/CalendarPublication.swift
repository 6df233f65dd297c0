import Foundation
import ICalendar

/// What publishing a plan into a CalDAV collection does to each resource (one event per resource,
/// RFC 4791): the collection's own Treffpunkt events of the plan's network and period stand in for
/// the previous export, so a moved meeting keeps its UID with the next SEQUENCE, an unchanged one
/// is left alone, and one the plan no longer has is cancelled (or deleted).
public struct CalendarPublication: Sendable {
    /// A resource found in the collection: where, its ETag, its text.
    public struct Resource: Sendable {
        public var href: String
        public var etag: String?
        public var text: String

        public init(href: String, etag: String?, text: String) {
            self.href = href
            self.etag = etag
            self.text = text
        }
    }

    public enum Action: String, Sendable {
        case create = "created", update = "updated", cancel = "cancelled", delete = "deleted", unchanged
    }

    public struct Change: Sendable {
        public var action: Action
        public var uid: String
        /// The existing resource's href, or for a new one its file name (`<uid without @treffpunkt>.ics`).
        public var target: String
        /// The ETag a PUT or DELETE of an existing resource must match.
        public var etag: String?
        /// The resource's new text: a VCALENDAR without METHOD, its VTIMEZONE and one VEVENT.
        public var body: Data?
    }

    public let changes: [Change]

    public init(plan: Plan, scenario: Scenario, exportedAt: Date, existing: [Resource], deleteDropped: Bool) throws(UnknownTimeZone) {
        let prefix = try PlanCalendar(plan: plan, scenario: scenario, exportedAt: exportedAt).uidPrefix + "-"
        var found: [String: (resource: Resource, event: PreviousEvent)] = [:]
        for resource in existing {
            // Resources that are not one readable event of this network and period belong to someone else.
            guard let calendar = try? PreviousCalendar(text: resource.text), calendar.events.count == 1,
                  let event = calendar.events.values.first, event.uid.hasPrefix(prefix), event.uid.hasSuffix("@treffpunkt"),
                  found[event.uid] == nil else { continue }
            found[event.uid] = (resource, event)
        }
        let calendars = try PlanCalendar(plan: plan, scenario: scenario, exportedAt: exportedAt,
                                         previous: PreviousCalendar(events: found.values.map(\.event)))
        func body(_ event: Component) -> Data {
            let calendar = ICalendar.Calendar(productID: PlanCalendar.productID, name: nil,
                                              components: [calendars.timeZone.component, event], method: nil)
            return Data(calendar.serialized.utf8)
        }
        var changes: [Change] = []
        let ordered = plan.meetings.sorted { ($0.firstDay, $0.topic, $0.number) < ($1.firstDay, $1.topic, $1.number) }
        for event in ordered.flatMap(calendars.events) {
            guard let uid = Self.uid(of: event) else { continue }
            guard let earlier = found[uid] else {
                changes.append(Change(action: .create, uid: uid, target: String(uid.dropLast("@treffpunkt".count)) + ".ics",
                                      etag: nil, body: body(event)))
                continue
            }
            let same = Self.isUnchanged(event, since: earlier.event)
            changes.append(Change(action: same ? .unchanged : .update, uid: uid, target: earlier.resource.href,
                                  etag: earlier.resource.etag, body: same ? nil : body(event)))
        }
        for cancelled in calendars.cancelledEvents {
            guard let uid = Self.uid(of: cancelled), let earlier = found[uid] else { continue }
            let target = earlier.resource.href, etag = earlier.resource.etag
            if deleteDropped {
                changes.append(Change(action: .delete, uid: uid, target: target, etag: etag, body: nil))
            } else if earlier.event.status == "CANCELLED" {
                changes.append(Change(action: .unchanged, uid: uid, target: target, etag: etag, body: nil))
            } else {
                changes.append(Change(action: .cancel, uid: uid, target: target, etag: etag, body: body(cancelled)))
            }
        }
        self.changes = changes
    }

    private static func uid(of event: Component) -> String? {
        event.properties.first { $0.name == "UID" }.map { TextValue.unescape($0.value) }
    }

    /// Whether the server's copy says the same: time, place, summary, status and SEQUENCE. (Servers
    /// such as Radicale write events back in their own layout, so the text is not compared.)
    private static func isUnchanged(_ event: Component, since earlier: PreviousEvent) -> Bool {
        func value(_ name: String, _ component: Component) -> String? {
            component.properties.first { $0.name == name }.map { TextValue.unescape($0.value) }
        }
        return !PlanCalendar.hasChanged(event, since: earlier)
            && value("STATUS", event)?.uppercased() == earlier.status
            && Int(value("SEQUENCE", event) ?? "0") == earlier.sequence
            && value("SUMMARY", event) == value("SUMMARY", earlier.event)
    }
}
