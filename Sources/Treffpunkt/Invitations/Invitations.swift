import Foundation
import ICalendar

/// The invitations of a plan (RFC 5546): per meeting a `METHOD:REQUEST` calendar with ORGANIZER
/// and ATTENDEEs, and a mail draft that carries it. Against the calendar of the plan a re-plan
/// came from, only meetings that are new or changed (a higher SEQUENCE) are invited again, and
/// meetings that are gone get `METHOD:CANCEL`. UIDs and SEQUENCE are `PlanCalendar`'s.
public struct Invitations: Sendable {
    public enum Kind: String, Sendable {
        case invitation, update, cancellation
    }

    public struct Invitation: Sendable {
        public var kind: Kind
        public var topic: Topic.ID
        public var number: Int
        /// `<topic>-<number>` for an invitation or update, `<topic>-<number>-cancel` for a cancellation.
        public var fileStem: String
        public var calendar: ICalendar.Calendar
        public var mail: MailDraft
    }

    public private(set) var invitations: [Invitation] = []
    /// Meetings left out: unchanged since the previous calendar.
    public private(set) var unchanged = 0
    /// Meetings without anybody to invite (no member-city contact, no staff e-mail), by topic and number.
    public private(set) var withoutAttendees: [(topic: Topic.ID, number: Int)] = []

    public init(plan: Plan, scenario: Scenario, exportedAt: Date, previous: PreviousCalendar?,
                language: Language) throws(UnknownTimeZone) {
        let calendars = try PlanCalendar(plan: plan, scenario: scenario, exportedAt: exportedAt, previous: previous)
        let text = InvitationText(language: language)
        let ordered = plan.meetings.sorted { ($0.firstDay, $0.topic, $0.number) < ($1.firstDay, $1.topic, $1.number) }
        for meeting in ordered {
            guard var event = calendars.events(for: meeting).first(where: { Self.uid(of: $0) == calendars.uid(of: meeting) })
            else { continue }
            let sequence = Int(event.properties.first { $0.name == "SEQUENCE" }?.value ?? "0") ?? 0
            let kind: Kind
            if let earlier = previous?.events[calendars.uid(of: meeting)] {
                guard sequence > earlier.sequence else {
                    unchanged += 1
                    continue
                }
                kind = .update
            } else {
                kind = .invitation
            }
            let attendees = Self.attendees(ofTopic: meeting.topic, staff: meeting.staff, in: scenario)
            guard !attendees.isEmpty else {
                withoutAttendees.append((meeting.topic, meeting.number))
                continue
            }
            event = Self.adding(attendees, to: event)
            let facts = Self.facts(of: meeting, scenario: scenario, calendars: calendars, text: text)
            let summary = calendars.summary(of: meeting)
            let city = scenario.city(meeting.city)?.name ?? meeting.city.rawValue
            let occasion: InvitationText.Occasion = kind == .update ? .update : .invitation
            invitations.append(Self.invitation(
                kind: kind, topic: meeting.topic, number: meeting.number, fileStem: "\(meeting.topic)-\(meeting.number)",
                event: event, method: "REQUEST", calendars: calendars, attendees: attendees, exportedAt: exportedAt,
                subject: text.subject(occasion, summary: summary, dates: text.shortDates(meeting.firstDay, meeting.lastDay), city: city),
                body: text.body(occasion, facts: facts)))
        }
        for topic in scenario.topics {
            for cancelled in calendars.cancelledEvents(ofTopic: topic.id) {
                guard let uid = Self.uid(of: cancelled), !uid.hasSuffix("-anmeldeschluss@treffpunkt"),
                      let earlier = previous?.events[uid], earlier.status != "CANCELLED",
                      let number = Int(uid.dropLast("@treffpunkt".count).split(separator: "-").last ?? "") else { continue }
                let staff = topic.staff
                let attendees = Self.attendees(ofTopic: topic.id, staff: staff, in: scenario)
                guard !attendees.isEmpty else {
                    withoutAttendees.append((topic.id, number))
                    continue
                }
                let event = Self.adding(attendees, to: cancelled)
                let property = { (name: String) in cancelled.properties.first { $0.name == name } }
                let summary = property("SUMMARY").map { TextValue.unescape($0.value) } ?? "\(topic.name) – \(number)."
                let place = property("LOCATION").map { TextValue.unescape($0.value) } ?? ""
                let firstDay = property("DTSTART").flatMap { Day(iso: Self.isoDate($0.value)) }
                var facts = InvitationFacts(
                    number: number,
                    topicPhrase: text.topicPhrase(group: Self.group(of: topic, in: scenario), topic: topic.name),
                    when: firstDay.map(text.day) ?? "", place: place, deadline: nil,
                    contact: "", sender: "", network: calendars.networkName)
                (facts.contact, facts.sender) = Self.contact(staff: staff, scenario: scenario)
                invitations.append(Self.invitation(
                    kind: .cancellation, topic: topic.id, number: number, fileStem: "\(topic.id)-\(number)-cancel",
                    event: event, method: "CANCEL", calendars: calendars, attendees: attendees, exportedAt: exportedAt,
                    subject: text.subject(.cancellation, summary: summary, dates: firstDay.map { text.shortDates($0, $0) } ?? "", city: ""),
                    body: text.body(.cancellation, facts: facts)))
            }
        }
    }

    private static func invitation(kind: Kind, topic: Topic.ID, number: Int, fileStem: String, event: Component, method: String,
                                   calendars: PlanCalendar, attendees: [MailDraft.Address], exportedAt: Date,
                                   subject: String, body: String) -> Invitation {
        let calendar = ICalendar.Calendar(productID: PlanCalendar.productID, name: calendars.networkName,
                                          components: [calendars.timeZone.component, event], method: method)
        let organizer = event.properties.first { $0.name == "ORGANIZER" }
        let from = MailDraft.Address(name: organizer?.parameters.first { $0.name == "CN" }?.values.first ?? calendars.networkName,
                                     email: String((organizer?.value ?? "mailto:planung@treffpunkt.invalid").dropFirst("mailto:".count)))
        let mail = MailDraft(from: from, to: attendees, subject: subject, body: body, date: exportedAt,
                             calendar: Data(calendar.serialized.utf8), method: method)
        return Invitation(kind: kind, topic: topic, number: number, fileStem: fileStem, calendar: calendar, mail: mail)
    }

    /// The topic's staff with an e-mail address, then the contacts of its member cities, each address once.
    static func attendees(ofTopic topic: Topic.ID, staff: [StaffMember.ID], in scenario: Scenario) -> [MailDraft.Address] {
        var seen = Set<String>()
        var result: [MailDraft.Address] = []
        let people = staff.compactMap { scenario.staffMember($0) }.compactMap { member in
            member.email.map { MailDraft.Address(name: member.name, email: $0) }
        }
        let members = scenario.topic(topic)?.members ?? []
        let contacts = members.compactMap { scenario.city($0) }.flatMap { $0.contacts }.map { MailDraft.Address(name: $0.name, email: $0.email) }
        for address in people + contacts where seen.insert(address.email.lowercased()).inserted {
            result.append(address)
        }
        return result
    }

    /// The event with an ATTENDEE per address (RSVP=TRUE) after its ORGANIZER.
    static func adding(_ attendees: [MailDraft.Address], to event: Component) -> Component {
        var event = event
        event.properties.removeAll { $0.name == "ATTENDEE" }
        let lines = attendees.map { address in
            Property(name: "ATTENDEE", parameters: [
                Parameter(name: "CN", value: address.name), Parameter(name: "ROLE", value: "REQ-PARTICIPANT"),
                Parameter(name: "PARTSTAT", value: "NEEDS-ACTION"), Parameter(name: "RSVP", value: "TRUE"),
            ], value: "mailto:\(address.email)")
        }
        let position = (event.properties.firstIndex { $0.name == "ORGANIZER" }).map { $0 + 1 } ?? event.properties.count
        event.properties.insert(contentsOf: lines, at: position)
        return event
    }

    private static func facts(of meeting: Plan.Meeting, scenario: Scenario, calendars: PlanCalendar,
                              text: InvitationText) -> InvitationFacts {
        let topic = scenario.topic(meeting.topic)
        let venue = scenario.venue(meeting.venue)
        let start = meeting.start.secondsOfDay, end = meeting.end.secondsOfDay
        let (contact, sender) = contact(staff: meeting.staff, scenario: scenario)
        return InvitationFacts(
            number: meeting.number,
            topicPhrase: text.topicPhrase(group: topic.map { group(of: $0, in: scenario) } ?? "",
                                          topic: topic?.name ?? meeting.topic.rawValue),
            when: text.span(firstDay: meeting.firstDay, start: text.time(start / 3600, start % 3600 / 60),
                            lastDay: meeting.lastDay, end: text.time(end / 3600, end % 3600 / 60)),
            place: [venue?.name ?? meeting.venue.rawValue, venue?.address, scenario.city(meeting.city)?.name]
                .compactMap { $0 }.joined(separator: ", "),
            deadline: text.day(meeting.registrationDeadline), contact: contact, sender: sender, network: calendars.networkName)
    }

    /// Whom to ask ("Name, address") and who signs: the first staff member with an e-mail address.
    private static func contact(staff: [StaffMember.ID], scenario: Scenario) -> (contact: String, sender: String) {
        let members = staff.compactMap { scenario.staffMember($0) }
        guard let member = members.first(where: { $0.email != nil }), let email = member.email else {
            return (members.first?.name ?? scenario.name, members.first?.name ?? "")
        }
        return ("\(member.name), \(email)", member.name)
    }

    private static func group(of topic: Topic, in scenario: Scenario) -> String {
        PlanCalendar.groupName(ofFormat: scenario.format(topic.format)?.name ?? "")
    }

    private static func uid(of event: Component) -> String? {
        event.properties.first { $0.name == "UID" }.map { TextValue.unescape($0.value) }
    }

    /// `20180312T130000` (or `20180312`) as `2018-03-12`.
    private static func isoDate(_ value: String) -> String {
        let digits = Array(value.prefix(8))
        guard digits.count == 8 else { return "" }
        return String(digits[0..<4]) + "-" + String(digits[4..<6]) + "-" + String(digits[6..<8])
    }
}
