import SafeYAML
import Yams

/// Reading what is decided or past: `fixed` and `history`.
extension ScenarioReader {
    /// Fixed meetings; an entry that breaks a rule on its own is an error there, one on a
    /// closed day a warning (what is decided stands).
    mutating func readFixed(_ node: Node, network: Network, period: ClosedRange<Day>?, calendar: CalendarRules) -> [FixedMeeting] {
        var fixed: [FixedMeeting] = []
        var countByTopic: [String: Int] = [:]
        /// Where each (topic, start, venue) was first given; ids hold no spaces, so the joined key is unique.
        var firstEntry: [String: SourceLocation] = [:]
        for item in items(node, "fixed") {
            guard let fields = reader.fields(item, in: "a fixed meeting", allowed: ["topic", "start", "venue"],
                                             required: ["topic", "start", "venue"]),
                  let topicNode = fields["topic"], let startNode = fields["start"], let venueNode = fields["venue"] else { continue }
            let topicID = reader.id(topicNode, "topic")
            let start = reader.date(startNode, "start")
            let venueID = reader.id(venueNode, "venue")
            if let topicID {
                checkReference(topicID, at: topicNode, kind: "topic")
            }
            if let venueID {
                checkReference(venueID, at: venueNode, kind: "venue")
            }
            guard let topicID, let start, let venueID else { continue }
            let key = "\(topicID) \(start) \(venueID)"
            if let first = firstEntry[key] {
                reader.report("fixed meeting of '\(topicID)' on \(start) at '\(venueID)' is given twice "
                    + "(first at line \(first.line))", at: item)
                continue
            }
            firstEntry[key] = item.sourceLocation
            let meeting = FixedMeeting(topic: Topic.ID(topicID), start: start, venue: Venue.ID(venueID), location: item.sourceLocation)
            fixed.append(meeting)
            guard let topic = network.topics.first(where: { $0.id.rawValue == topicID }),
                  let venue = network.venues.first(where: { $0.id.rawValue == venueID }),
                  let format = network.formats.first(where: { $0.id == topic.format }) else { continue }

            countByTopic[topicID, default: 0] += 1
            if countByTopic[topicID, default: 0] == topic.meetings + 1 {
                reader.report("topic '\(topicID)' has more fixed meetings than its \(topic.meetings) meeting(s)", at: item)
            }
            let days = (0..<format.days).map { start.advanced(by: $0) }
            let label = "fixed meeting of '\(topicID)' on \(start)"
            var breaksRule = false
            if let period, let last = days.last, start < period.lowerBound || last > period.upperBound {
                reader.report("\(label) lies outside the period \(period.lowerBound) to \(period.upperBound)", at: startNode)
                breaksRule = true
            }
            if !format.startWeekdays.contains(start.weekday) {
                let allowed = format.startWeekdays.sorted().map(\.abbreviation).joined(separator: ", ")
                reader.report("\(label) starts on a \(start.weekday.abbreviation); format '\(format.id)' starts on \(allowed)",
                              at: startNode)
                breaksRule = true
            }
            if let day = days.first(where: { !format.weekdays.contains($0.weekday) }) {
                reader.report("\(label) occupies \(day), a \(day.weekday.abbreviation), which is not among the weekdays of format '\(format.id)'",
                              at: startNode)
                breaksRule = true
            }
            if !topic.hosts.contains(venue.city) {
                reader.report("venue '\(venue.id)' is in '\(venue.city)', which is not among the hosts of topic '\(topicID)'",
                              at: venueNode)
                breaksRule = true
            }
            if venue.capacity < topic.attendees {
                reader.report("venue '\(venue.id)' holds \(venue.capacity) persons; topic '\(topicID)' needs \(topic.attendees)",
                              at: venueNode)
                breaksRule = true
            }
            if !breaksRule, let city = network.cities.first(where: { $0.id == venue.city }),
               let (day, reason) = firstClosedDay(days, host: city, calendar: calendar) {
                warnings.append(Diagnostic.Problem(item.sourceLocation,
                    "fixed meeting of '\(topicID)' on \(day) falls on a closed day (\(reason)); it stays as decided"))
            }
        }
        return fixed
    }

    /// The first of `days` on which rule H3 closes the host city, with the reason.
    private func firstClosedDay(_ days: [Day], host city: City, calendar: CalendarRules) -> (Day, String)? {
        let closedDays = ClosedDays(rules: calendar, cities: [city], period: days[0]...days[days.count - 1])
        return days.lazy.compactMap { day in closedDays.reason(day, hostedIn: city).map { (day, $0) } }.first
    }

    /// Meetings before the period, for rotation.
    mutating func readHistory(_ node: Node, network: Network, period: ClosedRange<Day>?) -> [PastMeeting] {
        var history: [PastMeeting] = []
        for item in items(node, "history") {
            guard let fields = reader.fields(item, in: "a history entry", allowed: ["topic", "city", "start"],
                                             required: ["topic", "city", "start"]),
                  let topicNode = fields["topic"], let cityNode = fields["city"], let startNode = fields["start"] else { continue }
            let topic = reader.id(topicNode, "topic")
            let city = reader.id(cityNode, "city")
            let start = reader.date(startNode, "start")
            if let topic {
                checkReference(topic, at: topicNode, kind: "topic")
            }
            if let city {
                checkReference(city, at: cityNode, kind: "city")
            }
            if let start, let period, start >= period.lowerBound {
                reader.report("history entry on \(start) is not before the period's start \(period.lowerBound)", at: startNode)
            }
            guard let topic, let city, let start else { continue }
            history.append(PastMeeting(topic: Topic.ID(topic), city: City.ID(city), start: start))
        }
        return history
    }
}
