import Foundation
import ICalendar

/// The iCalendar events of a plan: one VEVENT per meeting and an all-day VEVENT for its
/// registration deadline, in the planners' language and with UIDs that survive a re-plan.
///
/// A UID is built from the scenario's name, the period's first day, the topic and the meeting's
/// number, never from a meeting's dates or venue: a client that imports the calendar again
/// updates a moved meeting in place instead of showing it twice, and the calendars of two
/// periods (the years of `plan --years`) or two networks never share a UID.
///
/// The feeds are `METHOD:PUBLISH` (RFC 5546): every event names an ORGANIZER and none an
/// ATTENDEE; who runs a meeting is in its DESCRIPTION.
public struct PlanCalendar: Sendable {
    /// PRODID of every exported calendar.
    public static let productID = "-//Treffpunkt//Treffpunkt//DE"

    public let plan: Plan
    public let scenario: Scenario
    /// DTSTAMP of every event: when the export was made.
    public let exportedAt: Date
    /// The VTIMEZONE of the scenario's zone over every year a meeting, deadline or cancelled event falls in.
    public let timeZone: TimeZoneDefinition
    /// The earlier export this one updates, if any: it decides SEQUENCE and what is cancelled.
    public let previous: PreviousCalendar?
    /// The events of the earlier export whose UID the plan no longer has, now cancelled, by start.
    public let cancelledEvents: [Component]
    /// What every UID starts with: the scenario's slug and the period's first day
    /// (`grossstadtnetzwerk-2018-20180108`). An earlier export made before the period was part of
    /// UIDs keeps its prefix (the slug alone), so that it still updates in place.
    public let uidPrefix: String
    /// The language of SUMMARY and DESCRIPTION.
    public let messages: Messages

    public init(plan: Plan, scenario: Scenario, exportedAt: Date, previous: PreviousCalendar? = nil,
                messages: Messages = .german) throws(UnknownTimeZone) {
        self.plan = plan
        self.messages = messages
        self.scenario = scenario
        self.exportedAt = exportedAt
        self.previous = previous
        let slug = Self.slug(scenario.name)
        let (year, month, day) = (plan.period?.start ?? scenario.period.lowerBound).civil
        let periodPrefix = slug + String(format: "-%04d%02d%02d", year, month, day)
        let earlierUIDs = previous.map { Array($0.events.keys) } ?? []
        let isLegacy = !earlierUIDs.isEmpty && !earlierUIDs.contains { $0.hasPrefix(periodPrefix + "-") }
            && earlierUIDs.contains { uid in plan.meetings.contains { uid.hasPrefix("\(slug)-\($0.topic)-") } }
        let prefix = isLegacy ? slug : periodPrefix
        uidPrefix = prefix
        let current = Set(plan.meetings.flatMap { meeting in
            ["\(prefix)-\(meeting.topic)-\(meeting.number)@treffpunkt", "\(prefix)-\(meeting.topic)-\(meeting.number)-anmeldeschluss@treffpunkt"]
        })
        let gone = (previous?.events.values ?? [:].values).filter { !current.contains($0.uid) }
            .sorted { ($0.start ?? "", $0.uid) < ($1.start ?? "", $1.uid) }
        cancelledEvents = gone.map { Self.cancellation(of: $0, at: exportedAt) }
        let days = plan.meetings.flatMap { $0.dates + [$0.registrationDeadline] }
        let years = days.map(\.year) + gone.compactMap(\.startYear)
        let first = years.min() ?? scenario.period.lowerBound.year
        let last = years.max() ?? scenario.period.upperBound.year
        timeZone = try TimeZoneDefinition(identifier: scenario.timeZone, years: first...last)
    }

    /// A calendar named `<scenario> <years> – <subject>` (or without the subject) holding the
    /// events of these meetings, ordered by first day, after the VTIMEZONE they use, then the
    /// cancelled events given.
    public func calendar(subject: String?, meetings: [Plan.Meeting], cancelled: [Component] = []) -> ICalendar.Calendar {
        let ordered = meetings.sorted { ($0.firstDay, $0.topic, $0.number) < ($1.firstDay, $1.topic, $1.number) }
        let name = subject.map { "\(networkName) – \($0)" } ?? networkName
        return ICalendar.Calendar(productID: Self.productID, name: name,
                                  components: [timeZone.component] + ordered.flatMap(events) + cancelled)
    }

    /// The meeting's VEVENT followed by its registration deadline's all-day VEVENT.
    ///
    /// Against a previous export, both keep their SEQUENCE while the meeting's start, end and
    /// location stay the same, and both get the next one when any of them changed or the meeting
    /// comes back after a cancellation.
    public func events(for meeting: Plan.Meeting) -> [Component] {
        guard let event = meetingEvent(meeting) else { return [deadlineEvent(meeting)].compactMap { $0 } }
        let earlier = previous?.events[uid(of: meeting)]
        let changed = earlier.map { Self.hasChanged(event, since: $0) } ?? false
        let deadline = deadlineEvent(meeting).map { deadline in
            let earlierDeadline = previous?.events[deadlineUID(of: meeting)]
            let sequence = earlierDeadline.map { $0.sequence + (changed || $0.status == "CANCELLED" ? 1 : 0) } ?? 0
            return Self.replacing(["SEQUENCE": String(sequence)], in: deadline)
        }
        let sequence = earlier.map { $0.sequence + (changed ? 1 : 0) } ?? 0
        return [Self.replacing(["SEQUENCE": String(sequence)], in: event), deadline].compactMap { $0 }
    }

    /// The cancelled events of the earlier export that belonged to this topic.
    public func cancelledEvents(ofTopic topic: Topic.ID) -> [Component] {
        let prefix = "\(uidPrefix)-\(topic)-"
        return cancelledEvents.filter { event in
            guard let uid = event.properties.first(where: { $0.name == "UID" }).map({ TextValue.unescape($0.value) }),
                  uid.hasPrefix(prefix), uid.hasSuffix("@treffpunkt") else { return false }
            var rest = uid.dropFirst(prefix.count).dropLast("@treffpunkt".count)
            if rest.hasSuffix("-anmeldeschluss") { rest = rest.dropLast("-anmeldeschluss".count) }
            return !rest.isEmpty && rest.allSatisfy(\.isNumber)
        }
    }

    /// Whether a meeting's new event moved in time or place against its previous export, or was cancelled there.
    static func hasChanged(_ event: Component, since earlier: PreviousEvent) -> Bool {
        func property(_ name: String) -> Property? { event.properties.first { $0.name == name } }
        return property("DTSTART").map(PreviousEvent.moment) != earlier.start
            || property("DTEND").map(PreviousEvent.moment) != earlier.end
            || property("LOCATION").map { TextValue.unescape($0.value) } != earlier.location
            || earlier.status == "CANCELLED"
    }

    /// An earlier event the plan no longer has, kept in the feed as STATUS:CANCELLED with the next
    /// SEQUENCE, so clients remove it; one already cancelled stays as it was.
    static func cancellation(of earlier: PreviousEvent, at time: Date) -> Component {
        guard earlier.status != "CANCELLED" else { return earlier.event }
        return replacing(["STATUS": "CANCELLED", "SEQUENCE": String(earlier.sequence + 1),
                          "DTSTAMP": Property.utcDateTime("DTSTAMP", time).value], in: earlier.event)
    }

    /// The event with these properties set to these values, in place or appended.
    static func replacing(_ values: [String: String], in event: Component) -> Component {
        var event = event
        for (name, value) in values.sorted(by: { $0.key < $1.key }) {
            let replacement = Property(name: name, value: value)
            if let index = event.properties.firstIndex(where: { $0.name == name }) {
                event.properties[index] = replacement
            } else {
                event.properties.append(replacement)
            }
        }
        return event
    }

    /// `<scenario-slug>-<period start YYYYMMDD>-<topic>-<number>@treffpunkt`.
    public func uid(of meeting: Plan.Meeting) -> String {
        "\(uidPrefix)-\(meeting.topic)-\(meeting.number)@treffpunkt"
    }

    /// `<scenario-slug>-<period start YYYYMMDD>-<topic>-<number>-anmeldeschluss@treffpunkt`.
    public func deadlineUID(of meeting: Plan.Meeting) -> String {
        "\(uidPrefix)-\(meeting.topic)-\(meeting.number)-anmeldeschluss@treffpunkt"
    }

    /// The scenario's name with the period's years when the name does not say them already:
    /// "Großstadtnetzwerk 2018 (2019)" for the second year of a joint run.
    public var networkName: String {
        let period = plan.period.map(\.days) ?? scenario.period
        let (first, last) = (period.lowerBound.year, period.upperBound.year)
        if scenario.name.contains(String(last)) { return scenario.name }
        return "\(scenario.name) (\(first == last ? String(first) : "\(first)–\(last)"))"
    }

    /// ORGANIZER of every event: the first staff member of the topic with an e-mail address,
    /// else the network itself at an address that cannot receive mail (RFC 2606 `.invalid`),
    /// since a published event must name an organizer.
    private func organizer(of meeting: Plan.Meeting) -> Property {
        let staff = meeting.staff.compactMap { scenario.staffMember($0) }
        guard let member = staff.first(where: { $0.email != nil }), let email = member.email else {
            return Property(name: "ORGANIZER", parameters: [Parameter(name: "CN", value: scenario.name)],
                            value: "mailto:planung@treffpunkt.invalid")
        }
        return Property(name: "ORGANIZER", parameters: [Parameter(name: "CN", value: member.name)], value: "mailto:\(email)")
    }

    /// "Fachgruppe Monitoring – 2. Treffen": the format's name without a trailing "treffen",
    /// the topic's name, then the meeting's number.
    ///
    /// The format's name usually ends in "treffen" ("Fachgruppentreffen"), which would repeat the
    /// closing "Treffen"; what remains names the kind of group, without the compound's linking "n"
    /// ("Fachgruppen" becomes "Fachgruppe"). A format named only "Treffen" leaves nothing, and the
    /// summary starts with the topic. In English, "Monitoring – meeting 2" (the format's German
    /// name is left out).
    public func summary(of meeting: Plan.Meeting) -> String {
        let topic = scenario.topic(meeting.topic)
        let group = messages.language == .de
            ? Self.groupName(ofFormat: topic.flatMap { scenario.format($0.format) }?.name ?? "") : ""
        let topicName = topic?.name ?? meeting.topic.rawValue
        return messages(.calendarMeetingSummary, group.isEmpty ? "" : group + " ", topicName, String(meeting.number))
    }

    /// A format's name with a trailing "treffen" (any case) removed, with the spaces or hyphens
    /// before it, or with the linking "n" after an "e" when "treffen" was joined on.
    static func groupName(ofFormat name: String) -> String {
        var group = name.trimmingCharacters(in: .whitespaces)
        guard group.lowercased().hasSuffix("treffen") else { return group }
        group = String(group.dropLast("treffen".count))
        if group.lowercased().hasSuffix("en") {
            group.removeLast()
        }
        while let last = group.last, last == " " || last == "-" { group.removeLast() }
        return group
    }

    /// The scenario's name as a UID prefix: lowercase, umlauts and ß spelled out, every other run of
    /// characters outside `a-z0-9` one hyphen, none at either end.
    public static func slug(_ name: String) -> String {
        let spelledOut = name.lowercased()
            .replacingOccurrences(of: "ä", with: "ae").replacingOccurrences(of: "ö", with: "oe")
            .replacingOccurrences(of: "ü", with: "ue").replacingOccurrences(of: "ß", with: "ss")
        var slug = ""
        for scalar in spelledOut.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, slug.last != "-" {
                slug += "-"
            }
        }
        while slug.last == "-" { slug.removeLast() }
        return slug
    }

    private func meetingEvent(_ meeting: Plan.Meeting) -> Component? {
        let (start, end) = (meeting.start, meeting.end)
        let topic = scenario.topic(meeting.topic)
        let venue = scenario.venue(meeting.venue)
        let staff = meeting.staff.map { id in scenario.staffMember(id) ?? StaffMember(id: id, name: id.rawValue, office: "") }

        var properties: [Property] = [
            .text("UID", uid(of: meeting)),
            .utcDateTime("DTSTAMP", exportedAt),
            .dateTime("DTSTART", Self.localDateTime(start), timeZone: scenario.timeZone),
            .dateTime("DTEND", Self.localDateTime(end), timeZone: scenario.timeZone),
            .text("SUMMARY", summary(of: meeting)),
            .text("LOCATION", [venue?.name ?? meeting.venue.rawValue, venue?.address].compactMap { $0 }.joined(separator: ", ")),
        ]
        if let location = scenario.city(meeting.city)?.location {
            properties.append(Property(name: "GEO", value: "\(location.latitude);\(location.longitude)"))
        }
        var description = [messages(.calendarDeadline, messages.numericDate(meeting.registrationDeadline))]
        if !staff.isEmpty {
            description.append(messages(.calendarStaff, staff.map(\.name).joined(separator: ", ")))
        }
        properties.append(.text("DESCRIPTION", description.joined(separator: "\n")))
        let categories = [topic?.name ?? meeting.topic.rawValue, topic.flatMap { scenario.format($0.format) }?.name]
        properties.append(Property(name: "CATEGORIES",
                                   value: categories.compactMap { $0 }.map(TextValue.escape).joined(separator: ",")))
        properties.append(organizer(of: meeting))
        properties += trailer(meeting, transparency: "OPAQUE")
        return Component(name: "VEVENT", properties: properties)
    }

    private func deadlineEvent(_ meeting: Plan.Meeting) -> Component? {
        let deadline = meeting.registrationDeadline
        var properties: [Property] = [
            .text("UID", deadlineUID(of: meeting)),
            .utcDateTime("DTSTAMP", exportedAt),
            .date("DTSTART", Self.calendarDate(deadline)),
            .date("DTEND", Self.calendarDate(deadline.advanced(by: 1))),
            .text("SUMMARY", messages(.calendarDeadlineSummary, summary(of: meeting))),
            organizer(of: meeting),
        ]
        properties += trailer(meeting, transparency: "TRANSPARENT")
        return Component(name: "VEVENT", properties: properties)
    }

    /// STATUS, SEQUENCE and TRANSP, shared by a meeting and its deadline.
    private func trailer(_ meeting: Plan.Meeting, transparency: String) -> [Property] {
        [
            Property(name: "STATUS", value: meeting.fixed ? "CONFIRMED" : "TENTATIVE"),
            Property(name: "SEQUENCE", value: "0"),
            Property(name: "TRANSP", value: transparency),
        ]
    }

    private static func localDateTime(_ timestamp: LocalTimestamp) -> LocalDateTime {
        let seconds = timestamp.secondsOfDay
        return LocalDateTime(date: calendarDate(timestamp.day), hour: seconds / 3600, minute: seconds % 3600 / 60,
                             second: seconds % 60)
    }

    private static func calendarDate(_ day: Day) -> CalendarDate {
        let civil = day.civil
        return CalendarDate(year: civil.year, month: civil.month, day: civil.day)
    }
}
