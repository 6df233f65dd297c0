/// The plan as a table for people, in `messages`' language: one row per meeting, then status and
/// objective terms.
public enum PlanTable {
    public static func render(_ plan: Plan, scenario: Scenario, messages: Messages = .english) -> String {
        let header = [messages[.topic], "#", messages[.dates], messages[.tableDays], messages[.city], messages[.venue],
                      messages[.staff]]
        let rows = plan.meetings.map { meeting -> [String] in
            let days = meeting.dates.map(messages.numericDate)
            let dates = days.count > 1 ? "\(days[0]) – \(days[days.count - 1])" : days.first ?? ""
            let weekdays = meeting.dates.map(messages.weekday)
            return [
                scenario.topic(meeting.topic)?.name ?? meeting.topic.rawValue,
                String(meeting.number) + (meeting.fixed ? "*" : ""),
                dates,
                weekdays.count > 1 ? "\(weekdays[0])–\(weekdays[weekdays.count - 1])" : weekdays.first ?? "",
                scenario.city(meeting.city)?.name ?? meeting.city.rawValue,
                scenario.venue(meeting.venue)?.name ?? meeting.venue.rawValue,
                meeting.staff.map { scenario.staffMember($0)?.name ?? $0.rawValue }.joined(separator: ", "),
            ]
        }
        var lines = table([header] + rows)
        if plan.meetings.contains(where: \.fixed) { lines.append(messages[.fixedFootnote]) }
        lines.append("")
        lines.append(summary(plan, weights: scenario.rules.weights, messages: messages))
        return lines.joined(separator: "\n")
    }

    /// Status, total, bound, gap and solver figures, then each weighted term; with the
    /// scenario's weights also in its unit (`travel 74223.76 = 74223.76 person-km × 1`).
    /// English keeps the terms' JSON names; German names them in words, with German numbers.
    public static func summary(_ plan: Plan, weights: ObjectiveWeights? = nil, messages: Messages = .english) -> String {
        let objective = plan.objective
        let status = plan.status == .optimal ? messages[.statusOptimal] : messages[.statusFeasible]
        var lines = [
            messages(.summaryLine, status, figure(objective.total, messages), figure(objective.bound, messages),
                     percent(objective.gap, messages), plan.solver.name, plan.solver.version,
                     figure(plan.solver.seconds, messages), String(plan.solver.nodes)),
        ]
        for term in objective.terms.named {
            let weight = weights.flatMap { $0.weight(of: term.name) }.flatMap { $0 == 0 ? nil : $0 }
            let inUnit = weight.map { (amount: term.value / $0, weight: $0) }
            guard messages.language == .de else {
                lines.append("  " + ExplanationText.termLine(name: term.name, weighted: term.value, inUnit: inUnit))
                continue
            }
            let entry = messages.term(term.name)
            let amountKeys: [String: MessageKey] = ["rotation": .rotationAmount, "balance": .balanceAmount,
                                                    "offers": .offersAmount]
            let unit = amountKeys[term.name].map { messages[$0] } ?? entry?.unit ?? ""
            let name = (entry?.name ?? term.name).padding(toLength: 16, withPad: " ", startingAt: 0)
            lines.append("  " + name + figure(term.value, messages) + (inUnit.map {
                " = \(figure($0.amount, messages)) \(unit) × \(figure($0.weight, messages))"
            } ?? ""))
        }
        return lines.joined(separator: "\n")
    }

    /// A number in text: German separators in German (`90.530,85`); plain in English, as
    /// `format` writes it, so English output stays what scripts have read so far.
    public static func figure(_ value: Double, _ messages: Messages) -> String {
        messages.language == .de ? messages.number(value) : format(value)
    }

    /// Columns padded to their widest cell, by characters (umlauts count once); line
    /// breaks inside a cell become spaces so that every row stays on one line.
    public static func table(_ rows: [[String]]) -> [String] {
        let rows = rows.map { $0.map { $0.split(whereSeparator: \.isNewline).joined(separator: " ") } }
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
            }.joined(separator: "  ")
        }
    }

    /// At most two decimals, none for whole numbers; safe for any Double.
    /// A gap as a percentage, e.g. `0.58%`; a gap above 0 never shows as `0%`.
    public static func percent(_ fraction: Double) -> String {
        fraction > 0 && fraction < 0.00005 ? "< 0.01%" : format(fraction * 100) + "%"
    }

    /// `percent` in `messages`' language: `0,58 %` and `< 0,01 %` in German.
    public static func percent(_ fraction: Double, _ messages: Messages) -> String {
        guard messages.language == .de else { return percent(fraction) }
        return fraction > 0 && fraction < 0.00005 ? "< 0,01 %" : figure(fraction * 100, messages) + " %"
    }

    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
        guard abs(value) < 1e15 else { return "\(value)" }
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int64(rounded)) : String(rounded)
    }
}
