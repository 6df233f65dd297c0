/// The diff as lines for planners, e.g. "Monitoring #2 moved from 2016-03-07 Köln, Rathaus to
/// 2016-03-14 Köln, Rathaus (date +7 days)", in `messages`' language.
extension PlanDiff {
    /// One line per moved, added and dropped meeting, then a summary line. With a scenario,
    /// topics, cities and venues appear by name; ids it does not know stay ids.
    public func render(names scenario: Scenario? = nil, messages: Messages = .english) -> String {
        func topic(_ meeting: Meeting) -> String {
            "\(scenario?.topic(meeting.topic)?.name ?? meeting.topic.rawValue) #\(meeting.number)"
        }
        func place(_ meeting: Meeting) -> String {
            let city = scenario?.city(meeting.city)?.name ?? meeting.city.rawValue
            let venue = scenario?.venue(meeting.venue)?.name ?? meeting.venue.rawValue
            return "\(messages.numericDate(meeting.firstDay)) \(city), \(venue)"
        }
        var lines: [String] = []
        for move in moved {
            lines.append(messages(.diffMoved, topic(move.before), place(move.before), place(move.after),
                                  move.whatChanged(messages).joined(separator: ", ")))
        }
        for meeting in added { lines.append(messages(.diffAdded, topic(meeting), place(meeting))) }
        for meeting in dropped { lines.append(messages(.diffDropped, topic(meeting), place(meeting))) }
        let unchangedText = unchanged == 1 ? messages[.diffUnchangedOne] : messages(.diffUnchangedMany, String(unchanged))
        if isEmpty {
            lines.append(messages(.diffNoChanges, unchangedText))
        } else {
            lines.append(messages(.diffSummary, String(moved.count), String(added.count), String(dropped.count), unchangedText))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension PlanDiff.Move {
    /// "date +7 days", "other venue", "other city", in that order, as far as they apply.
    func whatChanged(_ messages: Messages) -> [String] {
        var parts: [String] = []
        switch days {
        case 0: break
        case 1: parts.append(messages[.diffLaterOne])
        case -1: parts.append(messages[.diffEarlierOne])
        case 2...: parts.append(messages(.diffLaterMany, String(days)))
        default: parts.append(messages(.diffEarlierMany, String(-days)))
        }
        if cityChanged {
            parts.append(messages[.diffOtherCity])
        } else if venueChanged {
            parts.append(messages[.diffOtherVenue])
        }
        return parts
    }
}
