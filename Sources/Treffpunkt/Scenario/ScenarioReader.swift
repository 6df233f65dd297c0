import Foundation
import ICalendar
import Yams

/// Turns a composed `treffpunkt/1` document into a `Scenario`: every field typed by the
/// schema, every default applied, every reference resolved, every problem collected.
struct ScenarioReader {
    static let formatName = "treffpunkt/1"

    static let topLevelKeys = ["format", "name", "timezone", "period", "calendar", "cities", "venues", "staff",
                               "formats", "topics", "fixed", "history", "rules"]

    /// The most days a period, a meeting or any day count may span: ten years and a few days.
    static let maximumDays = 3660
    /// The most meetings, persons, seats or years any count in a scenario may give.
    static let maximumCount = 100_000
    /// The largest cost per day or objective weight, so that sums over a plan stay finite.
    static let maximumMagnitude = 1e9

    let catalog: CityCatalog
    var reader = FieldReader()
    var warnings: [Diagnostic.Problem] = []
    /// The ids each list declares (`city`, `venue`, `staff`, `format`, `topic`), for references.
    private var declaredIDs: [String: [String]] = [:]

    init(catalog: CityCatalog) {
        self.catalog = catalog
    }

    var problems: [Diagnostic.Problem] { reader.problems }

    /// The scenario, or nil if any problem was found (then `problems` says which).
    mutating func read(_ root: Node, source: ScenarioSource) -> Scenario? {
        guard let top = reader.fields(root, in: "the scenario", allowed: ScenarioReader.topLevelKeys,
                                      required: ["format", "name", "period", "cities", "venues", "formats", "topics"]) else {
            return nil
        }
        if let node = top["format"], let format = reader.text(node, "format"), format != ScenarioReader.formatName {
            reader.report("unsupported format '\(format)'; this tool reads '\(ScenarioReader.formatName)'", at: node)
        }
        let name = top["name"].flatMap { reader.text($0, "name") }
        let timeZone = top["timezone"].map { readTimeZone($0) } ?? "Europe/Berlin"
        let period = top["period"].flatMap { readPeriod($0) }
        reader.calendarZone = TimeZone(identifier: timeZone) ?? TimeZone(identifier: "UTC")!
        let someDay = Day(year: 2000, month: 1, day: 1)!
        reader.calendarExpander = CalendarExpander(horizon: period ?? someDay...someDay)
        let calendar = top["calendar"].map { readCalendar($0) } ?? CalendarRules()
        if let period, let node = top["period"], calendar.publicHolidays,
           !PublicHolidays.years.contains(period.lowerBound.year) || !PublicHolidays.years.contains(period.upperBound.year) {
            let years = PublicHolidays.years
            reader.report("public holidays are known for \(years.lowerBound) to \(years.upperBound) only; "
                + "set calendar.public_holidays: false to plan outside those years", at: node)
        }

        let cities = top["cities"].map { readCities($0) } ?? []
        let venues = top["venues"].map { readVenues($0) } ?? []
        let staff = top["staff"].map { readStaff($0) } ?? []
        let formats = top["formats"].map { readFormats($0) } ?? []
        let topics = top["topics"].map { readTopics($0, cities: cities.map(\.city)) } ?? []
        for city in cities {
            for offer in city.offers {
                checkReference(offer.id, at: offer.node, kind: "topic")
            }
        }
        let network = Network(cities: cities.map(\.city), venues: venues, staff: staff, formats: formats, topics: topics)
        let fixed = top["fixed"].map { readFixed($0, network: network, period: period, calendar: calendar) } ?? []
        let history = top["history"].map { readHistory($0, network: network, period: period) } ?? []
        let rules = top["rules"].map { readRules($0) } ?? Rules()

        guard reader.problems.isEmpty, let name, let period else { return nil }
        return Scenario(name: name, timeZone: timeZone, period: period, calendar: calendar, cities: cities.map(\.city),
                        venues: venues, staff: staff, formats: formats, topics: topics, fixed: fixed, history: history,
                        rules: rules, source: source)
    }

    /// The parts of a scenario that later sections refer to.
    struct Network {
        var cities: [City]
        var venues: [Venue]
        var staff: [StaffMember]
        var formats: [MeetingFormat]
        var topics: [Topic]
    }

    // MARK: Top level

    private mutating func readTimeZone(_ node: Node) -> String {
        guard let identifier = reader.text(node, "timezone") else { return "Europe/Berlin" }
        if !ScenarioReader.isKnownTimeZone(identifier) {
            let hint = Suggestion.hint(for: identifier, among: TimeZone.knownTimeZoneIdentifiers)
            reader.report("unknown time zone '\(identifier)'\(hint); \(IANATimeZone.hint)", at: node)
        }
        return identifier
    }

    /// The same ids as an .ics TZID: the tz database's (see `IANATimeZone`).
    static func isKnownTimeZone(_ identifier: String) -> Bool {
        IANATimeZone.isKnown(identifier)
    }

    private mutating func readPeriod(_ node: Node) -> ClosedRange<Day>? {
        guard let fields = reader.fields(node, in: "'period'", allowed: ["start", "end"], required: ["start", "end"]),
              let startNode = fields["start"], let endNode = fields["end"] else { return nil }
        let start = reader.date(startNode, "start")
        let end = reader.date(endNode, "end")
        guard let start, let end else { return nil }
        guard end >= start else {
            reader.report("the period ends (\(end)) before it starts (\(start))", at: endNode)
            return nil
        }
        let length = start.distance(to: end) + 1
        guard length <= ScenarioReader.maximumDays else {
            reader.report("the period spans \(length) days; at most \(ScenarioReader.maximumDays) (10 years) are allowed", at: node)
            return nil
        }
        return start...end
    }

    private mutating func readCalendar(_ node: Node) -> CalendarRules {
        var calendar = CalendarRules()
        guard let fields = reader.fields(node, in: "'calendar'", allowed: ["public_holidays", "blackouts", "state_blackouts"],
                                         required: []) else { return calendar }
        if let value = fields["public_holidays"].flatMap({ reader.bool($0, "public_holidays") }) {
            calendar.publicHolidays = value
        }
        if let value = fields["blackouts"].flatMap({ reader.dateSet($0, "blackouts") }) {
            calendar.blackouts = value
        }
        if let node = fields["state_blackouts"] {
            guard case let .mapping(mapping) = node else {
                reader.report("expected a mapping from state to dates for 'state_blackouts', found \(node.shapeDescription)", at: node)
                return calendar
            }
            for (key, value) in mapping {
                guard let name = reader.text(key, "state_blackouts") else { continue }
                guard let state = GermanState(rawValue: name) else {
                    reportUnknownState(name, at: key)
                    continue
                }
                if let dates = reader.dateSet(value, "state_blackouts: \(name)") {
                    calendar.stateBlackouts[state] = dates
                }
            }
        }
        return calendar
    }

    private mutating func readRules(_ node: Node) -> Rules {
        var rules = Rules()
        guard let fields = reader.fields(node, in: "'rules'", allowed: [
            "distinct_hosts_per_topic", "max_meetings_per_city", "min_days_between_city_meetings",
            "max_meetings_per_week", "staff_rest_days", "no_repeat_host_years", "weights",
        ], required: []) else { return rules }
        if let value = fields["distinct_hosts_per_topic"].flatMap({ reader.bool($0, "distinct_hosts_per_topic") }) {
            rules.distinctHostsPerTopic = value
        }
        rules.maxMeetingsPerCity = fields["max_meetings_per_city"].flatMap { reader.integer($0, "max_meetings_per_city", minimum: 0, maximum: ScenarioReader.maximumCount) }
        rules.maxMeetingsPerWeek = fields["max_meetings_per_week"].flatMap { reader.integer($0, "max_meetings_per_week", minimum: 0, maximum: ScenarioReader.maximumCount) }
        if let value = fields["min_days_between_city_meetings"].flatMap({ reader.integer($0, "min_days_between_city_meetings", minimum: 0, maximum: ScenarioReader.maximumDays) }) {
            rules.minDaysBetweenCityMeetings = value
        }
        if let value = fields["staff_rest_days"].flatMap({ reader.integer($0, "staff_rest_days", minimum: 0, maximum: ScenarioReader.maximumDays) }) {
            rules.staffRestDays = value
        }
        if let value = fields["no_repeat_host_years"].flatMap({ reader.integer($0, "no_repeat_host_years", minimum: 0, maximum: ScenarioReader.maximumCount) }) {
            rules.noRepeatHostYears = value
        }
        if let node = fields["weights"],
           let weights = reader.fields(node, in: "'weights'", allowed: [
               "travel", "venue_cost", "rotation", "balance", "offers", "change_city", "change_venue", "change_day",
           ], required: []) {
            func weight(_ key: String, _ keyPath: WritableKeyPath<ObjectiveWeights, Double>) {
                if let value = weights[key].flatMap({ reader.number($0, key, minimum: -ScenarioReader.maximumMagnitude, maximum: ScenarioReader.maximumMagnitude) }) {
                    rules.weights[keyPath: keyPath] = value
                }
            }
            weight("travel", \.travel)
            weight("venue_cost", \.venueCost)
            weight("rotation", \.rotation)
            weight("balance", \.balance)
            weight("offers", \.offers)
            weight("change_city", \.changeCity)
            weight("change_venue", \.changeVenue)
            weight("change_day", \.changeDay)
        }
        return rules
    }

    // MARK: Shared checks

    /// Reports an id that its list does not declare, with the closest declared id as a hint.
    mutating func checkReference(_ id: String, at node: Node, kind: String) {
        let known = declaredIDs[kind] ?? []
        guard !known.contains(id) else { return }
        let noun = kind == "staff" ? "staff member" : kind
        reader.report("unknown \(noun) '\(id)'\(Suggestion.hint(for: id, among: known))", at: node)
    }

    /// Records the ids a list declares and reports the second and later occurrences of one.
    mutating func checkUnique(_ ids: [(id: String, node: Node)], kind: String) {
        declaredIDs[kind] = ids.map(\.id)
        var seen = Set<String>()
        for (id, node) in ids where !seen.insert(id).inserted {
            reader.report("duplicate \(kind) id '\(id)'", at: node)
        }
    }

    mutating func reportUnknownState(_ name: String, at node: Node) {
        let states = GermanState.allCases.map(\.rawValue)
        let closest = GermanState(rawValue: name.uppercased())?.rawValue ?? Suggestion.closest(to: name.uppercased(), among: states)
        let hint = closest.map { " (did you mean '\($0)'?)" }
            ?? " (one of \(states.joined(separator: " ")))"
        reader.report("unknown German state '\(name)'\(hint)", at: node)
    }

    /// The items of a section's list, or none if it is not a list.
    mutating func items(_ node: Node, _ what: String) -> [Node] {
        reader.list(node, what) ?? []
    }
}
