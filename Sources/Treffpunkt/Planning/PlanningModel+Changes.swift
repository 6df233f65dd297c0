import MIP

/// The `changes` term of a re-plan: what moving or dropping the reference plan's meetings costs.
///
/// Formulation: `match[m,o]` in [0, 1] says that reference meeting m lives on as option o (same
/// topic, same city, on or after the freeze day, cheaper than a city move). Each reference
/// meeting matches at most one option and each taken option at most one reference meeting, so
/// changes = Σ_m change_city − Σ match[m,o] · (change_city − cost(m, o)). For whole-number
/// `host` values the match rows form a transportation problem, whose relaxation has whole-number
/// corners: the minimum over continuous `match` is the cheapest one-to-one matching, so `match`
/// need not be binary.
extension PlanningModel {
    /// Adds the match variables and rows for `options` and the changes term (already weighted)
    /// to the objective.
    ///
    /// Among plans whose changes cost the same (one meeting moved two weeks, or two moved one
    /// week each), the model prefers the one that keeps more meetings exactly as they were: each
    /// exact keep earns `keepReward`, which is not part of the reported term. It is far below any
    /// weight a planner would set, so it only breaks ties (up to `keepReward` × reference
    /// meetings, which is the most a plan can be off the optimum of the reported total).
    static func addChanges(_ reference: ReplanReference, options: [MeetingOption], host: [Variable],
                           index: ScenarioIndex, to model: inout Model) {
        let targets = zip(options, host).map { (place(of: $0, index), LinearExpression($1)) }
        let (term, exactKeeps) = changes(reference, targets: targets, model: &model)
        model.minimise(term)
        model.minimise(LinearExpression.sum(exactKeeps), weight: -keepReward)
    }

    /// What keeping a reference meeting exactly is worth beyond its changes cost, for ties.
    static let keepReward = 0.001

    /// The changes term of a finished plan: the same matching with the taken options fixed,
    /// solved as a linear program (whole-number by the argument above).
    static func changesTerm(_ reference: ReplanReference, taken: [MeetingOption], index: ScenarioIndex) -> Double? {
        var model = Model()
        let targets = taken.map { (place(of: $0, index), LinearExpression(terms: [], constant: 1)) }
        let term = changes(reference, targets: targets, model: &model).term
        if term.isEmpty { return term.constant }
        model.minimise(term)
        let result = GLPKSolver().solve(model)
        guard result.status == .optimal, let value = result.objectiveValue else { return nil }
        return value
    }

    static func place(of option: MeetingOption, _ index: ScenarioIndex) -> ReplanReference.Place {
        let scenario = index.scenario
        return ReplanReference.Place(topic: scenario.topics[option.topic].id, venue: scenario.venues[option.venue].id,
                                     city: scenario.cities[option.city].id, firstDay: option.firstDay)
    }

    /// Adds `match` for every reference meeting and target that may pair up; a target's
    /// `capacity` is how many reference meetings it can take (its `host` variable, or 1).
    /// Returns the term and the matches that keep a meeting exactly.
    private static func changes(_ reference: ReplanReference, targets: [(ReplanReference.Place, LinearExpression)],
                                model: inout Model) -> (term: LinearExpression, exactKeeps: [Variable]) {
        let byTopicAndCity = Dictionary(grouping: targets.indices) { TopicCity(topic: targets[$0].0.topic, city: targets[$0].0.city) }
        var changes = LinearExpression(terms: [], constant: reference.unmatchedCost)
        var matchesOfTarget: [Int: [Variable]] = [:]
        var exactKeeps: [Variable] = []
        for (position, meeting) in reference.movable.enumerated() {
            var matches: [Variable] = []
            for target in byTopicAndCity[TopicCity(topic: meeting.topic, city: meeting.city)] ?? [] {
                let place = targets[target].0
                guard let cost = reference.cost(meeting, matchedWith: place) else { continue }
                let match = model.addVariable(.continuous, name: "match[\(meeting.topic)@\(meeting.venue)@\(meeting.firstDay)"
                                                  + ",\(place.venue)@\(place.firstDay)]", upperBound: 1)
                matches.append(match)
                matchesOfTarget[target, default: []].append(match)
                if place == meeting { exactKeeps.append(match) }
                changes += LinearExpression(terms: [(match, cost - reference.weights.changeCity)])
            }
            // Rule: a reference meeting lives on as at most one new meeting.
            if matches.count > 1 {
                model.addConstraint(LinearExpression.sum(matches) <= 1,
                                    name: "changes: reference \(position) \(meeting.topic) matched once")
            }
        }
        // Rule: a new meeting carries on at most one reference meeting, and only if it is taken.
        for (target, matches) in matchesOfTarget.sorted(by: { $0.key < $1.key }) {
            let place = targets[target].0
            model.addConstraint(LinearExpression.sum(matches) <= targets[target].1,
                                name: "changes: \(place.topic) at \(place.venue) on \(place.firstDay) matched once")
        }
        return (changes, exactKeeps)
    }
}
