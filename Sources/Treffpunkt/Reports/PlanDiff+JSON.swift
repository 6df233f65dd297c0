/// The diff as JSON for scripts: counts, then the moved, added and dropped meetings by id.
extension PlanDiff {
    public var json: JSONValue {
        .object([
            ("unchanged", .integer(unchanged)),
            ("moved", .array(moved.map { move in
                .object([
                    ("from", move.before.json), ("to", move.after.json), ("days", .integer(move.days)),
                    ("changed", .array(move.changedFields.map { .string($0) })),
                ])
            })),
            ("added", .array(added.map(\.json))),
            ("dropped", .array(dropped.map(\.json))),
        ])
    }
}

extension PlanDiff.Move {
    /// `date`, `venue` and `city`, as far as they changed.
    var changedFields: [String] {
        (days != 0 ? ["date"] : []) + (venueChanged ? ["venue"] : []) + (cityChanged ? ["city"] : [])
    }
}

extension PlanDiff.Meeting {
    var json: JSONValue {
        .object([
            ("topic", .string(topic.rawValue)), ("number", .integer(number)), ("date", .string(firstDay.description)),
            ("city", .string(city.rawValue)), ("venue", .string(venue.rawValue)),
        ])
    }
}
