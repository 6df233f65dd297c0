/// The diff as lines for planners, e.g. "Monitoring #2 moved from 2016-03-07 Köln, Rathaus to
/// 2016-03-14 Köln, Rathaus (date +7 days)".
extension PlanDiff {
    /// One line per moved, added and dropped meeting, then a summary line. With a scenario,
    /// topics, cities and venues appear by name; ids it does not know stay ids.
    public func render(names scenario: Scenario? = nil) -> String {
        func topic(_ meeting: Meeting) -> String {
            "\(scenario?.topic(meeting.topic)?.name ?? meeting.topic.rawValue) #\(meeting.number)"
        }
        func place(_ meeting: Meeting) -> String {
            let city = scenario?.city(meeting.city)?.name ?? meeting.city.rawValue
            let venue = scenario?.venue(meeting.venue)?.name ?? meeting.venue.rawValue
            return "\(meeting.firstDay) \(city), \(venue)"
        }
        var lines: [String] = []
        for move in moved {
            lines.append("\(topic(move.before)) moved from \(place(move.before)) to \(place(move.after)) "
                + "(\(move.whatChanged.joined(separator: ", ")))")
        }
        for meeting in added { lines.append("\(topic(meeting)) added: \(place(meeting))") }
        for meeting in dropped { lines.append("\(topic(meeting)) dropped: \(place(meeting))") }
        let unchangedText = "\(unchanged) \(unchanged == 1 ? "meeting" : "meetings") unchanged"
        if isEmpty {
            lines.append("No changes: \(unchangedText).")
        } else {
            lines.append("\(moved.count) moved, \(added.count) added, \(dropped.count) dropped, \(unchangedText).")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension PlanDiff.Move {
    /// "date +7 days", "other venue", "other city", in that order, as far as they apply.
    var whatChanged: [String] {
        var parts: [String] = []
        if days != 0 {
            parts.append("date \(days > 0 ? "+" : "-")\(abs(days)) \(abs(days) == 1 ? "day" : "days")")
        }
        if cityChanged {
            parts.append("other city")
        } else if venueChanged {
            parts.append("other venue")
        }
        return parts
    }
}
