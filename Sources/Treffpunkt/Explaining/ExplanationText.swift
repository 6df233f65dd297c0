/// Every sentence `explain` says, one function per message, so that a catalogue for another
/// language can replace this one in one place. The account of the objective (`explain PLAN`)
/// follows `messages`; the rest is English for now.
public enum ExplanationText {
    public static func number(_ value: Double) -> String { PlanTable.format(value) }

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

    public static func meetingHeader(_ meeting: String, day: Day, city: String, venue: String) -> String {
        "\(meeting): \(day) in \(city) at \(venue)"
    }

    public static func shareLine(name: String, weighted: Double, fraction: Double?) -> String {
        name.padding(toLength: 12, withPad: " ", startingAt: 0) + number(weighted)
            + (fraction.map { " (\(number($0 * 100))% of \(name))" } ?? "")
    }

    public static func sameCity(_ city: String, others: [String]) -> String {
        "\(city) also hosts \(others.joined(separator: ", ")); balance shares its extra hostings among them"
    }

    public static func instead(_ requirement: String) -> String { "Instead: \(requirement), the whole plan re-solved" }

    public static func alternativeLine(_ place: String, total: Double, extra: Double, optimal: Bool) -> String {
        "\(place): total \(number(total)), \(extra >= 0 ? "+" : "")\(number(extra))"
            + (optimal ? "" : " (not proven optimal: at most this)")
    }

    public static func noAlternative(_ place: String, reasons: [String]) -> String {
        "\(place): no plan: " + reasons.joined(separator: "; ")
    }

    public static let noPlaceChanges = "no meeting changes city or venue"
    public static func dateOnlyMoves(_ count: Int) -> String {
        "\(count) \(count == 1 ? "meeting moves" : "meetings move") to another date only (dates do not enter the objective)"
    }

    public static func cheapestHeader(candidates: Int, resolved: Int) -> String {
        "Cheapest other host cities (\(resolved) of \(candidates) possible re-solved, those whose own cost for the meeting is lowest):"
    }

    public static let noCandidates = "no other host city can take this meeting"

    public static func baseline(_ value: Double) -> String {
        "extra costs are measured from \(number(value)), the optimum re-solved now (the plan is not a proven optimum)"
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
