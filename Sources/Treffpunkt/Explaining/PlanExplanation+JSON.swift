/// The explanation as JSON for scripts (`explain --json`), keys in a fixed order.
extension PlanExplanation {
    public var json: JSONValue {
        .object([
            ("total", .number(plan.objective.total)),
            ("terms", .array(terms.map { term in
                .object([("name", .string(term.name)), ("weighted", .number(term.weighted)), ("amount", .number(term.amount)),
                         ("unit", .string(ExplanationText.unit(term.name))), ("weight", .number(term.weight))])
            })),
            ("journeys", .array(journeys.map { journey in
                .object([("topic", .string(journey.topic.rawValue)), ("number", .integer(journey.number)), ("city", .string(journey.city.rawValue)),
                         ("person_km", .number(journey.personKilometres)),
                         ("farthest_city", journey.farthestCity.map { .string($0.rawValue) } ?? .null),
                         ("farthest_km", .number(journey.farthestKilometres))])
            })),
            ("rotation", .array(rotationPenalties.map(\.json))),
            ("repeated_hosts", .array(repeatedHosts.map { host in
                .object([("city", .string(host.city.rawValue)), ("meetings", .array(host.meetings.map { .string("\($0.topic)#\($0.number)") }))])
            })),
            ("offered_hostings", .array(offeredHostings.map { .string("\($0.topic)#\($0.number)") })),
        ])
    }

    public func json(_ share: MeetingShare) -> JSONValue {
        .object([
            ("topic", .string(share.topic.rawValue)), ("number", .integer(share.number)), ("city", .string(share.city.rawValue)),
            ("venue", .string(share.venue.rawValue)), ("first_day", .string(share.firstDay.description)),
            ("terms", .array(share.terms.map { term in
                .object([("name", .string(term.name)), ("weighted", .number(term.weighted)),
                         ("fraction", term.fraction.map { .number($0) } ?? .null)])
            })),
            ("rotation", share.rotation.map(\.json) ?? .null),
            ("same_city", .array(share.sameCity.map { .string("\($0.topic)#\($0.number)") })),
        ])
    }

    public func json(_ alternative: PlanAlternatives.Alternative) -> JSONValue {
        let requirement = alternative.requirement
        var members: [(String, JSONValue)] = [
            ("required", .object([("topic", .string(requirement.topic.rawValue)), ("city", requirement.city.map { .string($0.rawValue) } ?? .null),
                                  ("venue", requirement.venue.map { .string($0.rawValue) } ?? .null),
                                  ("first_day", requirement.firstDay.map { .string($0.description) } ?? .null)])),
        ]
        switch alternative.outcome {
        case .planned(let resolved):
            members += [("status", .string(resolved.status.rawValue)), ("total", .number(resolved.objective.total)),
                        ("extra_cost", .number(alternative.extraCost ?? 0))]
            if let meeting = alternative.meeting { members.append(("meeting", meeting.json)) }
            if let diff = alternative.changes { members.append(("changes", diff.json)) }
        case .infeasible(let reasons):
            members += [("status", .string("infeasible")), ("reasons", .array(reasons.map { .string($0.description) }))]
        case .noPlanFound(let reason):
            members += [("status", .string("no_plan_found")), ("reasons", .array([.string("\(reason)")]))]
        case .solverFailed(let reason):
            members += [("status", .string("solver_failed")), ("reasons", .array([.string(reason)]))]
        }
        return .object(members)
    }
}

extension PlanExplanation.RotationPenalty {
    var json: JSONValue {
        .object([("topic", .string(topic.rawValue)), ("number", .integer(number)), ("city", .string(city.rawValue)),
                 ("earlier_start", .string(earlierStart.description)), ("earlier_plan", earlierPlan.map { .integer(Int($0)) } ?? .null),
                 ("years_before", .integer(yearsBefore)), ("points", .number(points))])
    }
}
