/// Why a plan costs what it costs: each objective term in its unit with what drives it, and
/// what one meeting contributes to each.
///
/// Computed from the plan's meetings and the scenario's rules (with the plan's history), the
/// way the scenario format defines the terms; nothing here solves.
public struct PlanExplanation: Sendable {
    /// One weighted objective term, its value in its own unit and the weight between them.
    public struct Term: Sendable {
        /// The JSON name: `travel`, `venue_cost`, `rotation`, `balance`, `offers`, `changes`.
        public var name: String
        public var weighted: Double
        /// The term in its unit (person-km, €, rotation points, extra hostings, offered hostings).
        public var amount: Double
        public var weight: Double
    }

    /// A meeting's own travel: the person-km of all its travellers and the member city that
    /// travels farthest.
    public struct Journey: Sendable {
        public var topic: Topic.ID
        public var number: Int
        public var city: City.ID
        public var personKilometres: Double
        public var farthestCity: City.ID?
        public var farthestKilometres: Double
    }

    /// A meeting whose host hosted its topic before the period, and the hosting that costs.
    public struct RotationPenalty: Sendable {
        public var topic: Topic.ID
        public var number: Int
        public var city: City.ID
        /// The latest earlier hosting of the topic by the city.
        public var earlierStart: Day
        /// The adopted plan that hosting comes from; nil for the scenario's `history[]`.
        public var earlierPlan: Int64?
        public var yearsBefore: Int
        /// 1 / max(1, years before): the unweighted rotation points.
        public var points: Double
    }

    /// A city that hosts more than one meeting, and which.
    public struct RepeatedHost: Sendable {
        public var city: City.ID
        public var meetings: [(topic: Topic.ID, number: Int)]
    }

    /// What one meeting contributes to each weighted term.
    public struct MeetingShare: Sendable {
        public var topic: Topic.ID
        public var number: Int
        public var city: City.ID
        public var venue: Venue.ID
        public var firstDay: Day
        /// Per term: the meeting's weighted contribution and its fraction of the term (nil when the term is 0).
        public var terms: [(name: String, weighted: Double, fraction: Double?)]
        public var rotation: RotationPenalty?
        /// Other meetings of the period in the same city; balance counts each beyond the first.
        public var sameCity: [(topic: Topic.ID, number: Int)]
    }

    public var terms: [Term]
    /// Meetings by their travel, longest first.
    public var journeys: [Journey]
    public var rotationPenalties: [RotationPenalty]
    public var repeatedHosts: [RepeatedHost]
    /// Meetings hosted by a city that offered their topic.
    public var offeredHostings: [(topic: Topic.ID, number: Int, city: City.ID)]
    /// Whether the terms recomputed from the meetings equal the plan's own.
    public var matchesPlan: Bool

    let scenario: Scenario
    let plan: Plan

    /// Explains `plan`, made for `scenario` (moved to the plan's period; its history is added here).
    public init(plan: Plan, scenario file: Scenario) {
        var scenario = file
        scenario.history += plan.history.map { PastMeeting(topic: $0.topic, city: $0.city, start: $0.start) }
        self.scenario = scenario
        self.plan = plan
        let weights = scenario.rules.weights
        journeys = plan.meetings.map { PlanExplanation.journey(of: $0, scenario) }
            .sorted { ($0.personKilometres, $1.topic, $1.number) > ($1.personKilometres, $0.topic, $0.number) }
        rotationPenalties = plan.meetings.compactMap { PlanExplanation.rotation(of: $0, plan: plan, scenario) }
        let byCity = Dictionary(grouping: plan.meetings, by: \.city)
        repeatedHosts = byCity.filter { $0.value.count > 1 }.sorted { $0.key < $1.key }.map { city, meetings in
            RepeatedHost(city: city, meetings: meetings.map { ($0.topic, $0.number) })
        }
        offeredHostings = plan.meetings.filter { scenario.city($0.city)?.offers.contains($0.topic) == true }
            .map { ($0.topic, $0.number, $0.city) }
        let travel = journeys.reduce(0) { $0 + $1.personKilometres }
        let venueCost = plan.meetings.reduce(0) { $0 + MeetingFigures($1, scenario: scenario).venueCost }
        let rotation = rotationPenalties.reduce(0) { $0 + $1.points }
        let balance = Double(repeatedHosts.reduce(0) { $0 + $1.meetings.count - 1 })
        let offers = -Double(offeredHostings.count)
        terms = [
            Term(name: "travel", weighted: weights.travel * travel, amount: travel, weight: weights.travel),
            Term(name: "venue_cost", weighted: weights.venueCost * venueCost, amount: venueCost, weight: weights.venueCost),
            Term(name: "rotation", weighted: weights.rotation * rotation, amount: rotation, weight: weights.rotation),
            Term(name: "balance", weighted: weights.balance * balance, amount: balance, weight: weights.balance),
            Term(name: "offers", weighted: weights.offers * offers, amount: offers, weight: weights.offers),
        ]
        if let changes = plan.objective.terms.changes {
            terms.append(Term(name: "changes", weighted: changes, amount: changes, weight: 1))
        }
        let computed = ObjectiveTerms(travel: terms[0].weighted, venueCost: terms[1].weighted, rotation: terms[2].weighted,
                                      balance: terms[3].weighted, offers: terms[4].weighted, changes: plan.objective.terms.changes)
        matchesPlan = zip(computed.named, plan.objective.terms.named).allSatisfy { abs($0.value - $1.value) <= 1e-6 * max(1, abs($1.value)) }
    }

    /// The meeting `topic` #`number`, if the plan has it.
    public func meeting(_ topic: Topic.ID, _ number: Int) -> Plan.Meeting? {
        plan.meetings.first { $0.topic == topic && $0.number == number }
    }

    /// What `meeting` contributes to each term.
    public func share(of meeting: Plan.Meeting) -> MeetingShare {
        let weights = scenario.rules.weights
        let figures = MeetingFigures(meeting, scenario: scenario)
        let rotation = rotationPenalties.first { $0.topic == meeting.topic && $0.number == meeting.number }
        let sameCity = plan.meetings.filter { $0.city == meeting.city && !($0.topic == meeting.topic && $0.number == meeting.number) }
        let offered = scenario.city(meeting.city)?.offers.contains(meeting.topic) == true
        // A city's surplus is shared equally by the meetings it hosts.
        let balance = sameCity.isEmpty ? 0 : weights.balance * Double(sameCity.count) / Double(sameCity.count + 1)
        let own: [(String, Double)] = [
            ("travel", weights.travel * figures.travelKilometres), ("venue_cost", weights.venueCost * figures.venueCost),
            ("rotation", weights.rotation * (rotation?.points ?? 0)), ("balance", balance),
            ("offers", offered ? -weights.offers : 0),
        ]
        return MeetingShare(
            topic: meeting.topic, number: meeting.number, city: meeting.city, venue: meeting.venue, firstDay: meeting.firstDay,
            terms: own.map { name, value in
                let total = terms.first { $0.name == name }?.weighted ?? 0
                return (name, value, total == 0 ? nil : value / total)
            },
            rotation: rotation, sameCity: sameCity.map { ($0.topic, $0.number) })
    }

    private static func journey(of meeting: Plan.Meeting, _ scenario: Scenario) -> Journey {
        var farthest: (city: City.ID, km: Double)?
        if let host = scenario.city(meeting.city), let topic = scenario.topic(meeting.topic) {
            for member in topic.members where member != host.id {
                guard let city = scenario.city(member) else { continue }
                let km = city.location.distance(to: host.location)
                if km > farthest?.km ?? -1 { farthest = (member, km) }
            }
        }
        return Journey(topic: meeting.topic, number: meeting.number, city: meeting.city,
                       personKilometres: MeetingFigures(meeting, scenario: scenario).travelKilometres,
                       farthestCity: farthest?.city, farthestKilometres: farthest?.km ?? 0)
    }

    static func rotation(of meeting: Plan.Meeting, plan: Plan, _ scenario: Scenario) -> RotationPenalty? {
        let start = scenario.period.lowerBound
        guard let latest = scenario.history.filter({ $0.topic == meeting.topic && $0.city == meeting.city && $0.start < start })
            .max(by: { $0.start < $1.start }) else { return nil }
        let years = start.year - latest.start.year
        let source = plan.history.first { ($0.topic, $0.city, $0.start) == (latest.topic, latest.city, latest.start) }?.plan
        return RotationPenalty(topic: meeting.topic, number: meeting.number, city: meeting.city, earlierStart: latest.start,
                               earlierPlan: source, yearsBefore: years, points: 1 / Double(max(1, years)))
    }
}
