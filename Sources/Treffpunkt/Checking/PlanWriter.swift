import Foundation

/// Writes a plan as `treffpunkt-plan/1` JSON with its keys in the documented order.
public enum PlanWriter {
    /// The plan file's bytes: UTF-8, pretty-printed, ending in a newline.
    public static func encode(_ plan: Plan) -> Data {
        Data((json(plan).text() + "\n").utf8)
    }

    static func json(_ plan: Plan) -> OrderedJSON {
        .object([
            ("format", .string(plan.format)),
            ("scenario", .object([
                ("name", .string(plan.scenario.name)),
                ("file", .string(plan.scenario.file)),
                ("sha256", .string(plan.scenario.sha256)),
            ])),
            ("status", .string(plan.status.rawValue)),
            ("objective", .object([
                ("total", .number(plan.objective.total)),
                ("bound", .number(plan.objective.bound)),
                ("gap", .number(plan.objective.gap)),
                ("terms", .object(plan.objective.terms.named.map { ($0.name, .number($0.value)) })),
            ])),
            ("solver", .object([
                ("name", .string(plan.solver.name)),
                ("version", .string(plan.solver.version)),
                ("seconds", .number(plan.solver.seconds)),
                ("nodes", .integer(plan.solver.nodes)),
            ])),
            ("meetings", .array(plan.meetings.map(json))),
        ])
    }

    private static func json(_ meeting: Plan.Meeting) -> OrderedJSON {
        .object([
            ("topic", .string(meeting.topic)),
            ("number", .integer(meeting.number)),
            ("city", .string(meeting.city)),
            ("venue", .string(meeting.venue)),
            ("start", .string(meeting.start)),
            ("end", .string(meeting.end)),
            ("dates", .array(meeting.dates.map(OrderedJSON.string))),
            ("registration_deadline", .string(meeting.registrationDeadline)),
            ("staff", .array(meeting.staff.map(OrderedJSON.string))),
            ("fixed", .bool(meeting.fixed)),
        ])
    }
}
