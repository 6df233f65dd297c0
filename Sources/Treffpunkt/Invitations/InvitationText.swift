import Foundation

/// Every word of an invitation mail in German and English, in this one place so that the texts
/// can move into a message catalogue.
struct InvitationText {
    let language: Language

    /// What a meeting's mail says: first invitation, changed date or place, or cancellation.
    enum Occasion {
        case invitation, update, cancellation
    }

    func subject(_ occasion: Occasion, summary: String, dates: String, city: String) -> String {
        let prefix = switch (language, occasion) {
        case (.de, .invitation): "Einladung"
        case (.de, .update): "Geändert"
        case (.de, .cancellation): "Abgesagt"
        case (.en, .invitation): "Invitation"
        case (.en, .update): "Changed"
        case (.en, .cancellation): "Cancelled"
        }
        return "\(prefix): \(summary), \(dates)" + (city.isEmpty ? "" : ", \(city)")
    }

    /// The mail body: greeting, what happens, the facts, whom to ask, the sender.
    func body(_ occasion: Occasion, facts: InvitationFacts) -> String {
        var lines: [String] = []
        switch language {
        case .de:
            lines.append("Guten Tag,")
            lines.append("")
            switch occasion {
            case .invitation: lines.append("wir laden Sie herzlich ein zum \(facts.number). Treffen \(facts.topicPhrase).")
            case .update: lines.append("Termin oder Ort des \(facts.number). Treffens \(facts.topicPhrase) haben sich geändert. "
                + "Es gilt jetzt:")
            case .cancellation: lines.append("das \(facts.number). Treffen \(facts.topicPhrase) findet nicht statt.")
            }
            lines.append("")
            lines.append("Termin: \(facts.when)")
            lines.append("Ort: \(facts.place)")
            if let deadline = facts.deadline, occasion != .cancellation { lines.append("Anmeldeschluss: \(deadline)") }
            lines.append("")
            lines.append("Bei Fragen: \(facts.contact)")
            lines.append("")
            lines.append("Mit freundlichen Grüßen")
        case .en:
            lines.append("Dear colleagues,")
            lines.append("")
            switch occasion {
            case .invitation: lines.append("you are invited to meeting \(facts.number) \(facts.topicPhrase).")
            case .update: lines.append("The date or place of meeting \(facts.number) \(facts.topicPhrase) has changed. It is now:")
            case .cancellation: lines.append("meeting \(facts.number) \(facts.topicPhrase) is cancelled.")
            }
            lines.append("")
            lines.append("When: \(facts.when)")
            lines.append("Where: \(facts.place)")
            if let deadline = facts.deadline, occasion != .cancellation { lines.append("Registration closes: \(deadline)") }
            lines.append("")
            lines.append("Questions: \(facts.contact)")
            lines.append("")
            lines.append("Kind regards")
        }
        lines.append(facts.sender)
        lines.append(facts.network)
        return lines.joined(separator: "\n") + "\n"
    }

    /// "der Fachgruppe Monitoring" / "of the Fachgruppe Monitoring": the topic as the body names it.
    func topicPhrase(group: String, topic: String) -> String {
        let name = group.isEmpty ? topic : "\(group) \(topic)"
        return language == .de ? "der \(name)" : "of the \(name)"
    }

    /// A day with its weekday: "Montag, 12.03.2018" / "Monday, 12 March 2018".
    func day(_ day: Day) -> String {
        let (year, month, dayOfMonth) = day.civil
        let index = day.weekday.rawValue - 1
        switch language {
        case .de:
            let weekday = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"][index]
            return String(format: "\(weekday), %02d.%02d.%04d", dayOfMonth, month, year)
        case .en:
            let weekday = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][index]
            let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                          "November", "December"]
            return "\(weekday), \(dayOfMonth) \(months[month - 1]) \(year)"
        }
    }

    /// "13:00 Uhr" / "13:00".
    func time(_ hour: Int, _ minute: Int) -> String {
        String(format: "%02d:%02d", hour, minute) + (language == .de ? " Uhr" : "")
    }

    /// From the first day's start to the last day's end.
    func span(firstDay: Day, start: String, lastDay: Day, end: String) -> String {
        if firstDay == lastDay {
            return "\(day(firstDay)), \(start) – \(end)"
        }
        return "\(day(firstDay)), \(start) " + (language == .de ? "bis" : "to") + " \(day(lastDay)), \(end)"
    }

    /// The dates in a subject: "12.03.2018" or "12.–13.03.2018" / "2018-03-12" or "2018-03-12 to 2018-03-13".
    func shortDates(_ first: Day, _ last: Day) -> String {
        let (year, month, day) = first.civil
        let (lastYear, lastMonth, lastDay) = last.civil
        switch language {
        case .de:
            if first == last { return String(format: "%02d.%02d.%04d", day, month, year) }
            if year == lastYear, month == lastMonth { return String(format: "%02d.–%02d.%02d.%04d", day, lastDay, month, year) }
            return String(format: "%02d.%02d.%04d–%02d.%02d.%04d", day, month, year, lastDay, lastMonth, lastYear)
        case .en:
            return first == last ? first.description : "\(first) to \(last)"
        }
    }
}

/// The facts an invitation mail states, already written in its language.
struct InvitationFacts {
    var number: Int
    var topicPhrase: String
    var when: String
    var place: String
    var deadline: String?
    var contact: String
    var sender: String
    var network: String
}
