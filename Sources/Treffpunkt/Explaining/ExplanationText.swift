/// Every sentence `explain` says, one function per message, so that a catalogue for another
/// language can replace this one in one place. The account of the objective (`explain PLAN`)
/// and a meeting's share and alternatives follow `messages`; errors are English for now.
public enum ExplanationText {
    /// The unit a term counts in; in German the report's words for it.
    public static func unit(_ term: String, _ messages: Messages = .english) -> String {
        if messages.language == .de {
            let keys: [String: MessageKey] = ["travel": .travelUnit, "venue_cost": .venueCostUnit, "rotation": .rotationAmount,
                                              "balance": .balanceAmount, "offers": .offersAmount]
            return messages[keys[term] ?? .changesUnit]
        }
        return switch term {
        case "travel": "person-km"
        case "venue_cost": "€"
        case "rotation": "rotation points"
        case "balance": "extra hostings"
        case "offers": "offered hostings"
        default: "points"
        }
    }

    /// What a term counts, in one sentence; in German the report's sentence.
    public static func meaning(_ term: String, _ messages: Messages = .english) -> String {
        if messages.language == .de, let explanation = messages.term(term)?.explanation { return explanation }
        return switch term {
        case "travel": "great-circle km from each member city to the host times its delegates, plus the staff's km from their offices"
        case "venue_cost": "each venue's cost per day times the meeting's days"
        case "rotation": "per meeting whose host hosted the topic before: 1 / years since its latest such hosting (at least 1 year)"
        case "balance": "per city, its hostings in the period beyond the first"
        case "offers": "minus one per meeting at a city that offered to host its topic"
        default: "the cost of moving or dropping the reference plan's meetings"
        }
    }

    /// `travel      74223.76 = 74223.76 person-km × 1`; without `inUnit` the weighted value alone.
    public static func termLine(name: String, weighted: Double, inUnit: (amount: Double, weight: Double)?,
                                _ messages: Messages = .english) -> String {
        name.padding(toLength: 12, withPad: " ", startingAt: 0) + PlanTable.figure(weighted, messages)
            + (inUnit.map {
                " = \(PlanTable.figure($0.amount, messages)) \(unit(name, messages)) × \(PlanTable.figure($0.weight, messages))"
            } ?? "")
    }

    public static func header(_ description: String, scenario: String, total: Double, _ messages: Messages = .english) -> String {
        messages(.explainHeader, description, scenario, PlanTable.figure(total, messages))
    }

    public static func journey(_ meeting: String, city: String, personKm: Double, farthest: String?, km: Double,
                               _ messages: Messages = .english) -> String {
        messages(.explainJourney, meeting, city, PlanTable.figure(personKm.rounded(), messages))
            + (farthest.map { messages(.explainFarthest, $0, PlanTable.figure(km.rounded(), messages)) } ?? "")
    }

    public static func rotation(_ meeting: String, city: String, earlier: Day, plan: Int64?, years: Int, points: Double,
                                _ messages: Messages = .english) -> String {
        let source = plan.map { messages(.explainAdoptedPlan, String($0)) } ?? messages[.explainHistory]
        let counted = messages(points == 1 ? .explainPoint : .explainPoints, PlanTable.figure(points, messages))
        let before = years == 1 ? messages(.explainYearBefore, counted) : messages(.explainYearsBefore, String(years), counted)
        let day = messages.language == .en ? earlier.description : messages.numericDate(earlier)
        return messages(.explainRotation, meeting, city, day, source, before)
    }

    public static func repeatedHost(_ city: String, meetings: [String], _ messages: Messages = .english) -> String {
        messages(.explainRepeatedHost, city, String(meetings.count), meetings.joined(separator: ", "))
    }

    public static func offered(_ count: Int, _ messages: Messages = .english) -> String {
        count == 1 ? messages[.explainOfferedOne] : messages(.explainOfferedMany, String(count))
    }

    public static func meetingHeader(_ meeting: String, day: Day, city: String, venue: String, _ messages: Messages = .english) -> String {
        messages(.explainMeetingHeader, meeting, messages.numericDate(day), city, venue)
    }

    public static func shareLine(name: String, weighted: Double, fraction: Double?, _ messages: Messages = .english) -> String {
        name.padding(toLength: 12, withPad: " ", startingAt: 0) + PlanTable.figure(weighted, messages)
            + (fraction.map { messages(.explainShareOf, PlanTable.figure($0 * 100, messages), name) } ?? "")
    }

    public static func sameCity(_ city: String, others: [String], _ messages: Messages = .english) -> String {
        messages(.explainSameCity, city, others.joined(separator: ", "))
    }

    public static func instead(_ requirement: String, _ messages: Messages = .english) -> String {
        messages(.explainInstead, requirement)
    }

    public static func alternativeLine(_ place: String, total: Double, extra: Double, optimal: Bool,
                                       _ messages: Messages = .english) -> String {
        messages(optimal ? .explainAlternative : .explainAlternativeAtMost, place, PlanTable.figure(total, messages),
                 (extra >= 0 ? "+" : "") + PlanTable.figure(extra, messages))
    }

    public static func noAlternative(_ place: String, reasons: [String], _ messages: Messages = .english) -> String {
        messages(.explainNoAlternative, place, reasons.joined(separator: "; "))
    }

    public static func noPlaceChanges(_ messages: Messages = .english) -> String { messages[.explainNoPlaceChanges] }

    public static func dateOnlyMoves(_ count: Int, _ messages: Messages = .english) -> String {
        count == 1 ? messages[.explainDateOnlyOne] : messages(.explainDateOnlyMany, "\(count)")
    }

    public static func cheapestHeader(candidates: Int, resolved: Int, _ messages: Messages = .english) -> String {
        messages(.explainCheapestHeader, "\(resolved)", "\(candidates)")
    }

    public static func noCandidates(_ messages: Messages = .english) -> String { messages[.explainNoCandidates] }

    public static func baseline(_ value: Double, _ messages: Messages = .english) -> String {
        messages(.explainBaseline, PlanTable.figure(value, messages))
    }

    public static func error(_ error: ExplainError) -> String {
        switch error {
        case .unknownMeeting(let meeting, let available):
            "the plan has no meeting '\(meeting)'; it has \(available.joined(separator: ", "))"
        case .unknownTopic(let topic): "the scenario has no topic '\(topic)'"
        case .unknownTarget(let target, let hint):
            "'\(target)' is no date (YYYY-MM-DD), venue or city of the scenario\(hint)"
        case .sameAsNow(let target): "the meeting is at '\(target)' already"
        case .notAHost(let city, let topic): "'\(city)' is not among the hosts of topic '\(topic)'"
        case .hostsAlready(let city, let topic, let number):
            "'\(city)' hosts \(topic)#\(number) already and distinct_hosts_per_topic holds; explain \(topic)#\(number) instead"
        case .noBaseline: "the scenario has no plan now, so there is nothing to compare alternatives with"
        }
    }
}
