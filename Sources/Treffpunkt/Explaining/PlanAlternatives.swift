import MIP

/// What another host, venue or date for one meeting would cost: each alternative re-solves the
/// whole plan with that meeting required there (`MeetingRequirement`), so every other meeting
/// may move too, and the re-solved plan passes `PlanChecker` like every planned one.
public struct PlanAlternatives: Sendable {
    /// One re-solved alternative.
    public struct Alternative: Sendable {
        public var requirement: MeetingRequirement
        public var outcome: PlanningOutcome<Plan>
        /// The re-solved plan's total minus the baseline's; nil without a plan.
        public var extraCost: Double?
        /// The meeting itself in the re-solved plan.
        public var meeting: Plan.Meeting?
        /// What the re-solve changed, compared with the explained plan: the meeting itself (or the
        /// meeting of its topic that gave way) and every other meeting that moved.
        public var changes: PlanDiff?
    }

    public let plan: Plan
    /// The scenario file's rules in the plan's period, with the plan's history added.
    public let scenario: Scenario
    public var solveOptions: SolveOptions
    /// The optimum the extra costs are measured from: the plan's own total when it is a proven
    /// optimum of this scenario, else the total of an unrestricted re-solve.
    public private(set) var baseline: Double
    /// Whether `baseline` came from a re-solve rather than the plan (the plan was not proven optimal).
    public private(set) var baselineResolved = false

    /// Prepares alternatives for `plan`, made for `scenario` (moved to the plan's period).
    /// An unproven plan (or a re-plan) is re-solved once first, for a baseline.
    public init(plan: Plan, scenario file: Scenario, solveOptions: SolveOptions) throws {
        self.plan = plan
        var scenario = file
        scenario.history += plan.history.map { PastMeeting(topic: $0.topic, city: $0.city, start: $0.start) }
        self.scenario = scenario
        self.solveOptions = solveOptions
        baseline = plan.objective.total
        if plan.status != .optimal || plan.objective.terms.changes != nil {
            guard let resolved = try Self.solve(scenario, requirements: [], solveOptions).planned else {
                throw ExplainError.noBaseline
            }
            baseline = resolved.objective.total
            baselineResolved = true
        }
    }

    /// The requirement for `meeting` to be at `target`: a date (in the meeting's city), a venue
    /// id or a city id. Refuses a target that names where the meeting is, a city that may not
    /// host the topic, or one that hosts another of its meetings already.
    public func requirement(for meeting: Plan.Meeting, instead target: String) throws(ExplainError) -> MeetingRequirement {
        guard let topic = scenario.topic(meeting.topic) else { throw .unknownTopic(meeting.topic) }
        var requirement = MeetingRequirement(topic: topic.id)
        if let day = Day(iso: target) {
            guard day != meeting.firstDay else { throw .sameAsNow(target) }
            requirement.city = meeting.city
            requirement.firstDay = day
            return requirement
        }
        if let venue = scenario.venue(Venue.ID(target)) {
            guard venue.id != meeting.venue else { throw .sameAsNow(target) }
            requirement.venue = venue.id
            requirement.city = venue.city
        } else if let city = scenario.city(City.ID(target)) {
            guard city.id != meeting.city else { throw .sameAsNow(target) }
            requirement.city = city.id
        } else {
            throw .unknownTarget(target, hint: Suggestion.hint(for: target, among: scenario.cities.map(\.id.rawValue) + scenario.venues.map(\.id.rawValue)))
        }
        let city = requirement.city!
        guard topic.hosts.contains(city) else { throw .notAHost(city: city, topic: topic.id) }
        if city != meeting.city, scenario.rules.distinctHostsPerTopic,
           let other = plan.meetings.first(where: { $0.topic == topic.id && $0.city == city }) {
            throw .hostsAlready(city: city, topic: topic.id, number: other.number)
        }
        return requirement
    }

    /// Re-solves the whole plan with the requirement.
    public func alternative(_ requirement: MeetingRequirement) throws -> Alternative {
        let outcome = try Self.solve(scenario, requirements: [requirement], solveOptions)
        guard let resolved = outcome.planned else {
            return Alternative(requirement: requirement, outcome: outcome, extraCost: nil, meeting: nil, changes: nil)
        }
        let moved = resolved.meetings.first { meeting in
            meeting.topic == requirement.topic && requirement.city.map { meeting.city == $0 } ?? true
                && requirement.venue.map { meeting.venue == $0 } ?? true && requirement.firstDay.map { meeting.firstDay == $0 } ?? true
        }
        let diff = PlanDiff(before: plan, after: resolved)
        return Alternative(requirement: requirement, outcome: outcome, extraCost: resolved.objective.total - baseline,
                           meeting: moved, changes: diff)
    }

    /// The `count` cheapest other host cities for `meeting`, each re-solved. The candidates are
    /// the topic's hosts that could take it; the `shortlist` of them whose own cost for the
    /// meeting (travel, cheapest venue, rotation, offers) is lowest are re-solved.
    public func cheapest(for meeting: Plan.Meeting, count: Int = 3, shortlist: Int = 5) throws
        -> (alternatives: [Alternative], candidates: Int, resolved: Int) {
        let candidates = (scenario.topic(meeting.topic)?.hosts ?? []).compactMap { city -> (MeetingRequirement, Double)? in
            guard let requirement = try? requirement(for: meeting, instead: city.rawValue) else { return nil }
            return ownCost(of: meeting, in: city).map { (requirement, $0) }
        }.sorted { ($0.1, $0.0.city?.rawValue ?? "") < ($1.1, $1.0.city?.rawValue ?? "") }
        let tried = try candidates.prefix(shortlist).map { try alternative($0.0) }
        let feasible = tried.filter { $0.extraCost != nil }.sorted { $0.extraCost! < $1.extraCost! }
        return (Array(feasible.prefix(count)), candidates.count, tried.count)
    }

    /// The meeting's own weighted cost if held in `city` at its cheapest venue that holds the
    /// topic; nil when no venue there does.
    private func ownCost(of meeting: Plan.Meeting, in city: City.ID) -> Double? {
        guard let topic = scenario.topic(meeting.topic),
              let venue = scenario.venues.filter({ $0.city == city && $0.capacity >= topic.attendees })
                  .min(by: { $0.costPerDay < $1.costPerDay }) else { return nil }
        var probe = meeting
        probe.city = city
        probe.venue = venue.id
        let weights = scenario.rules.weights
        let figures = MeetingFigures(probe, scenario: scenario)
        let rotation = PlanExplanation.rotation(of: probe, plan: plan, scenario)?.points ?? 0
        let offered = scenario.city(city)?.offers.contains(topic.id) == true
        return weights.travel * figures.travelKilometres + weights.venueCost * figures.venueCost
            + weights.rotation * rotation - (offered ? weights.offers : 0)
    }

    private static func solve(_ scenario: Scenario, requirements: [MeetingRequirement], _ options: SolveOptions) throws
        -> PlanningOutcome<Plan> {
        var run = PlanningRun(scenario: scenario, historySource: nil, solveOptions: options)
        run.requirements = requirements
        return try run.run(.plan(years: 1)).outcome.map { $0.plans[0] }
    }
}
