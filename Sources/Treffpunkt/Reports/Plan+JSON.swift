import Foundation

extension Plan {
    /// The plan as `treffpunkt-plan/1` JSON, keys in the documented order.
    public var json: JSONValue {
        var members: [(String, JSONValue)] = [("format", .string(format))]
        if let id { members.append(("id", .integer(Int(id)))) }
        members.append(("scenario", .object([
            ("name", .string(scenario.name)), ("file", .string(scenario.file)), ("sha256", .string(scenario.sha256)),
        ])))
        if let period {
            var fields: [(String, JSONValue)] = [("start", .string(period.start.description)), ("end", .string(period.end.description))]
            if period.yearsAfterScenario != 0 { fields.append(("years_after_scenario", .integer(period.yearsAfterScenario))) }
            members.append(("period", .object(fields)))
        }
        members += [
            ("status", .string(status.rawValue)),
            ("objective", .object([
                ("total", .number(objective.total)), ("bound", .number(objective.bound)), ("gap", .number(objective.gap)),
                ("terms", .object(objective.terms.named.map { ($0.name, .number($0.value)) })),
            ])),
            ("solver", .object([
                ("name", .string(solver.name)), ("version", .string(solver.version)),
                ("seconds", .number((solver.seconds * 1000).rounded() / 1000)), ("nodes", .integer(solver.nodes)),
            ])),
        ]
        if !history.isEmpty { members.append(("history", .array(history.map(\.json)))) }
        if !warnings.isEmpty { members.append(("warnings", .array(warnings.map { .string($0) }))) }
        members.append(("meetings", .array(meetings.map(\.json))))
        return .object(members)
    }

    /// The JSON text with a final newline, as written to `plan.json`.
    public var jsonData: Data {
        Data((json.text() + "\n").utf8)
    }
}

extension Plan.HistoryEntry {
    var json: JSONValue {
        var members: [(String, JSONValue)] = [("topic", .string(topic.rawValue)), ("city", .string(city.rawValue)), ("start", .string(start.description))]
        if let plan { members.append(("plan", .integer(Int(plan)))) }
        return .object(members)
    }
}

extension Plan.Meeting {
    var json: JSONValue {
        .object([
            ("topic", .string(topic.rawValue)), ("number", .integer(number)), ("city", .string(city.rawValue)), ("venue", .string(venue.rawValue)),
            ("start", .string(start.description)), ("end", .string(end.description)),
            ("dates", .array(dates.map { .string($0.description) })),
            ("registration_deadline", .string(registrationDeadline.description)), ("staff", .array(staff.map { .string($0.rawValue) })),
            ("fixed", .bool(fixed)),
        ])
    }
}
