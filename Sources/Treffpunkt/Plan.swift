import MIP

/// A plan of a period: its meetings with their days, local times and ids, its objective and
/// how it was found.
///
/// Dates and times are typed; `Plan+JSON` writes the `treffpunkt-plan/1` file, `PlanFileDecoder`
/// reads it, and the plan store keeps it in rows.
public struct Plan: Sendable, Equatable {
    public static let formatIdentifier = "treffpunkt-plan/1"

    public var format: String
    /// The plan's id in the plan store; nil for a plan that was not stored.
    public var id: Int64?
    public var scenario: ScenarioReference
    /// The planned period; nil in plan files written before it was recorded.
    public var period: Period?
    public var status: Status
    public var objective: Objective
    public var solver: SolverReport
    /// Earlier meetings the plan was made with besides the scenario's own `history[]`: those of
    /// adopted plans in the store (or of earlier years of a multi-year run). The checker adds them
    /// to the scenario's history, so the plan file alone reproduces its rotation.
    public var history: [HistoryEntry]
    /// What the planner should know about the plan's data, e.g. a later year of `plan --years`
    /// in which dates written for the first year close no day.
    public var warnings: [String] = []
    public var meetings: [Meeting]

    public init(id: Int64? = nil, scenario: ScenarioReference, period: Period? = nil, status: Status, objective: Objective,
                solver: SolverReport, history: [HistoryEntry] = [], meetings: [Meeting]) {
        self.format = Plan.formatIdentifier
        self.id = id
        self.scenario = scenario
        self.period = period
        self.status = status
        self.objective = objective
        self.solver = solver
        self.history = history
        self.meetings = meetings
    }

    /// The planned period, and how many calendar years after the scenario file's own period it
    /// lies: a later year of `plan --years`, or a re-plan of one.
    public struct Period: Sendable, Equatable {
        public var start: Day
        public var end: Day
        /// 0 for the scenario's own period.
        public var yearsAfterScenario: Int

        public init(start: Day, end: Day, yearsAfterScenario: Int = 0) {
            self.start = start
            self.end = end
            self.yearsAfterScenario = yearsAfterScenario
        }

        /// A scenario's period as a plan records it.
        public init(_ period: ClosedRange<Day>, yearsAfterScenario: Int = 0) {
            self.init(start: period.lowerBound, end: period.upperBound, yearsAfterScenario: yearsAfterScenario)
        }

        public var days: ClosedRange<Day> { start...end }
    }

    /// A meeting before the period that counted as history, and the stored plan it came from.
    public struct HistoryEntry: Sendable, Equatable {
        public var topic: Topic.ID
        public var city: City.ID
        public var start: Day
        /// The stored plan the meeting belongs to, if any.
        public var plan: Int64?

        public init(topic: Topic.ID, city: City.ID, start: Day, plan: Int64?) {
            self.topic = topic
            self.city = city
            self.start = start
            self.plan = plan
        }
    }

    public enum Status: String, Sendable {
        /// Gap 0 proven.
        case optimal
        /// A plan whose optimality is not proven (time limit, requested gap, interruption).
        case feasible
    }

    public struct ScenarioReference: Sendable, Equatable {
        public var name: String
        public var file: String
        public var sha256: String

        public init(name: String, file: String, sha256: String) {
            self.name = name
            self.file = file
            self.sha256 = sha256
        }
    }

    public struct Objective: Sendable, Equatable {
        public var total: Double
        /// Proven lower bound on `total`.
        public var bound: Double
        /// |total − bound| / max(1, |total|).
        public var gap: Double
        public var terms: ObjectiveTerms

        public init(total: Double, bound: Double, gap: Double, terms: ObjectiveTerms) {
            self.total = total
            self.bound = bound
            self.gap = gap
            self.terms = terms
        }

        /// Builds the objective from weighted terms and a proven bound, deriving total and gap.
        public init(terms: ObjectiveTerms, bound: Double) {
            let total = terms.total
            self.init(total: total, bound: bound, gap: relativeGap(of: total, bound: bound), terms: terms)
        }
    }

    public struct SolverReport: Sendable, Equatable {
        public var name: String
        public var version: String
        /// Wall-clock seconds of the solve.
        public var seconds: Double
        /// Branch-and-bound nodes.
        public var nodes: Int

        public init(name: String, version: String, seconds: Double, nodes: Int) {
            self.name = name
            self.version = version
            self.seconds = seconds
            self.nodes = nodes
        }
    }

    public struct Meeting: Sendable, Equatable {
        public var topic: Topic.ID
        /// Position among the topic's meetings by first day (ties by venue id), from 1.
        public var number: Int
        public var city: City.ID
        public var venue: Venue.ID
        /// Local start with the UTC offset in force, e.g. `2016-11-30T13:00:00+01:00`.
        public var start: LocalTimestamp
        public var end: LocalTimestamp
        /// Every occupied day, in order; never empty.
        public var dates: [Day]
        public var registrationDeadline: Day
        public var staff: [StaffMember.ID]
        public var fixed: Bool

        public init(topic: Topic.ID, number: Int, city: City.ID, venue: Venue.ID, start: LocalTimestamp, end: LocalTimestamp,
                    dates: [Day], registrationDeadline: Day, staff: [StaffMember.ID], fixed: Bool) {
            self.topic = topic
            self.number = number
            self.city = city
            self.venue = venue
            self.start = start
            self.end = end
            self.dates = dates
            self.registrationDeadline = registrationDeadline
            self.staff = staff
            self.fixed = fixed
        }

        /// The day the meeting starts.
        public var firstDay: Day { dates[0] }
        /// The day the meeting ends.
        public var lastDay: Day { dates[dates.count - 1] }
    }
}

/// The weighted contributions of the objective's terms; `total` is their sum.
public struct ObjectiveTerms: Sendable, Equatable {
    public var travel: Double
    public var venueCost: Double
    public var rotation: Double
    public var balance: Double
    public var offers: Double
    /// Re-planning only: what moving or dropping the reference plan's meetings costs.
    public var changes: Double?

    public init(travel: Double = 0, venueCost: Double = 0, rotation: Double = 0, balance: Double = 0, offers: Double = 0,
                changes: Double? = nil) {
        self.travel = travel
        self.venueCost = venueCost
        self.rotation = rotation
        self.balance = balance
        self.offers = offers
        self.changes = changes
    }

    public var total: Double { travel + venueCost + rotation + balance + offers + (changes ?? 0) }

    /// The terms by their JSON names, in the documented order; `changes` only when present.
    public var named: [(name: String, value: Double)] {
        [("travel", travel), ("venue_cost", venueCost), ("rotation", rotation), ("balance", balance), ("offers", offers)]
            + (changes.map { [("changes", $0)] } ?? [])
    }
}
