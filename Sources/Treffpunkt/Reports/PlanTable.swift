/// The plan as a table for people: one row per meeting, then status and objective terms.
public enum PlanTable {
    public static func render(_ plan: Plan, scenario: Scenario) -> String {
        let header = ["Topic", "#", "Dates", "Days", "City", "Venue", "Staff"]
        let rows = plan.meetings.map { meeting -> [String] in
            let days = meeting.dates
            let dates = days.count > 1 ? "\(days[0]) – \(days[days.count - 1])" : days.first?.description ?? ""
            let weekdays = days.map(\.weekday.germanAbbreviation)
            return [
                scenario.topic(meeting.topic)?.name ?? meeting.topic.rawValue,
                String(meeting.number) + (meeting.fixed ? "*" : ""),
                dates,
                weekdays.count > 1 ? "\(weekdays[0])–\(weekdays[weekdays.count - 1])" : weekdays.first ?? "",
                scenario.city(meeting.city)?.name ?? meeting.city.rawValue,
                scenario.venue(meeting.venue)?.name ?? meeting.venue.rawValue,
                meeting.staff.map(\.rawValue).joined(separator: ", "),
            ]
        }
        var lines = table([header] + rows)
        if plan.meetings.contains(where: \.fixed) { lines.append("* fixed in the scenario") }
        lines.append("")
        lines.append(summary(plan, weights: scenario.rules.weights))
        return lines.joined(separator: "\n")
    }

    /// Status, total, bound, gap and solver figures, then each weighted term; with the
    /// scenario's weights also in its unit (`travel 74223.76 = 74223.76 person-km × 1`).
    public static func summary(_ plan: Plan, weights: ObjectiveWeights? = nil) -> String {
        let objective = plan.objective
        var lines = [
            "\(plan.status.rawValue): total \(format(objective.total)), bound \(format(objective.bound)), "
                + "gap \(percent(objective.gap)) (\(plan.solver.name) \(plan.solver.version), "
                + "\(format(plan.solver.seconds)) s, \(plan.solver.nodes) nodes)",
        ]
        for term in objective.terms.named {
            let weight = weights.flatMap { $0.weight(of: term.name) }.flatMap { $0 == 0 ? nil : $0 }
            lines.append("  " + ExplanationText.termLine(name: term.name, weighted: term.value,
                                                         inUnit: weight.map { (term.value / $0, $0) }))
        }
        return lines.joined(separator: "\n")
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

    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
        guard abs(value) < 1e15 else { return "\(value)" }
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int64(rounded)) : String(rounded)
    }
}
