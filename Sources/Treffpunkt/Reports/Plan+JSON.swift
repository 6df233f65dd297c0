import Foundation

extension Plan {
    /// The plan as `treffpunkt-plan/1` JSON, keys in the documented order.
    public var json: JSONValue {
        .object([
            ("format", .string(format)),
            ("scenario", .object([
                ("name", .string(scenario.name)), ("file", .string(scenario.file)), ("sha256", .string(scenario.sha256)),
            ])),
            ("status", .string(status.rawValue)),
            ("objective", .object([
                ("total", .number(objective.total)), ("bound", .number(objective.bound)), ("gap", .number(objective.gap)),
                ("terms", .object(objective.terms.named.map { ($0.name, .number($0.value)) })),
            ])),
            ("solver", .object([
                ("name", .string(solver.name)), ("version", .string(solver.version)),
                ("seconds", .number((solver.seconds * 1000).rounded() / 1000)), ("nodes", .integer(solver.nodes)),
            ])),
            ("meetings", .array(meetings.map(\.json))),
        ])
    }

    /// The JSON text with a final newline, as written to `plan.json`.
    public var jsonData: Data {
        Data((json.text() + "\n").utf8)
    }
}

extension Plan.Meeting {
    var json: JSONValue {
        .object([
            ("topic", .string(topic)), ("number", .integer(number)), ("city", .string(city)), ("venue", .string(venue)),
            ("start", .string(start)), ("end", .string(end)), ("dates", .array(dates.map { .string($0) })),
            ("registration_deadline", .string(registrationDeadline)), ("staff", .array(staff.map { .string($0) })),
            ("fixed", .bool(fixed)),
        ])
    }
}
