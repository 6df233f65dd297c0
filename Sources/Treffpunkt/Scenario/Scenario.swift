import SafeYAML

/// One planning period of a network: the input of planning and checking, as loaded from a
/// `treffpunkt/1` file with every default applied and every reference resolved.
public struct Scenario: Sendable {
    public var name: String
    /// IANA time-zone identifier of all local times.
    public var timeZone: String
    public var period: ClosedRange<Day>
    public var calendar: CalendarRules
    public var cities: [City]
    public var venues: [Venue]
    public var staff: [StaffMember]
    public var formats: [MeetingFormat]
    public var topics: [Topic]
    public var fixed: [FixedMeeting]
    public var history: [PastMeeting]
    public var rules: Rules
    /// Where the scenario came from, for plan files and reports.
    public var source: ScenarioSource

    public init(
        name: String, timeZone: String = "Europe/Berlin", period: ClosedRange<Day>,
        calendar: CalendarRules = CalendarRules(), cities: [City], venues: [Venue],
        staff: [StaffMember] = [], formats: [MeetingFormat], topics: [Topic],
        fixed: [FixedMeeting] = [], history: [PastMeeting] = [], rules: Rules = Rules(),
        source: ScenarioSource = ScenarioSource(file: "scenario.yaml", sha256: "")
    ) {
        self.name = name
        self.timeZone = timeZone
        self.period = period
        self.calendar = calendar
        self.cities = cities
        self.venues = venues
        self.staff = staff
        self.formats = formats
        self.topics = topics
        self.fixed = fixed
        self.history = history
        self.rules = rules
        self.source = source
    }

    public func city(_ id: City.ID) -> City? { cities.first { $0.id == id } }
    public func venue(_ id: Venue.ID) -> Venue? { venues.first { $0.id == id } }
    public func staffMember(_ id: StaffMember.ID) -> StaffMember? { staff.first { $0.id == id } }
    public func format(_ id: MeetingFormat.ID) -> MeetingFormat? { formats.first { $0.id == id } }
    public func topic(_ id: Topic.ID) -> Topic? { topics.first { $0.id == id } }
}

/// The file a scenario was read from.
public struct ScenarioSource: Sendable, Equatable {
    /// File name without folders.
    public var file: String
    /// SHA-256 of the file's bytes, lowercase hex.
    public var sha256: String

    public init(file: String, sha256: String) {
        self.file = file
        self.sha256 = sha256
    }
}

/// Days on which no meeting may take place (`calendar` in the scenario).
public struct CalendarRules: Sendable {
    /// Statewide public holidays of the host city's state close the day.
    public var publicHolidays: Bool
    /// Network-wide closed days.
    public var blackouts: DateSet
    /// Closed days for hosts in a state, such as school holidays.
    public var stateBlackouts: [GermanState: DateSet]

    public init(publicHolidays: Bool = true, blackouts: DateSet = .empty, stateBlackouts: [GermanState: DateSet] = [:]) {
        self.publicHolidays = publicHolidays
        self.blackouts = blackouts
        self.stateBlackouts = stateBlackouts
    }
}

public struct City: Sendable, Identifiable {
    public var id: ID
    public var name: String
    public var state: GermanState
    public var location: Location
    /// People the city sends to each meeting of a topic it is a member of.
    public var delegates: Int
    /// Topics the city has offered to host.
    public var offers: [Topic.ID]
    /// Local holidays: closed days when this city hosts.
    public var extraHolidays: DateSet
    /// Whom invitations to the city go to (`contact`).
    public var contacts: [Contact]

    public init(id: ID, name: String, state: GermanState, location: Location, delegates: Int = 2,
                offers: [Topic.ID] = [], extraHolidays: DateSet = .empty, contacts: [Contact] = []) {
        self.id = id
        self.name = name
        self.state = state
        self.location = location
        self.delegates = delegates
        self.offers = offers
        self.extraHolidays = extraHolidays
        self.contacts = contacts
    }
}

public struct Venue: Sendable, Identifiable {
    public var id: ID
    public var name: String
    /// Id of the city the venue is in.
    public var city: City.ID
    public var address: String?
    public var capacity: Int
    public var costPerDay: Double
    /// The only days the venue can be booked (`available`); nil: every day not `unavailable`.
    public var available: DateSet?
    public var unavailable: DateSet

    public init(id: ID, name: String, city: City.ID, address: String? = nil, capacity: Int,
                costPerDay: Double = 0, available: DateSet? = nil, unavailable: DateSet = .empty) {
        self.id = id
        self.name = name
        self.city = city
        self.address = address
        self.capacity = capacity
        self.costPerDay = costPerDay
        self.available = available
        self.unavailable = unavailable
    }
}

public struct StaffMember: Sendable, Identifiable {
    public var id: ID
    public var name: String
    public var email: String?
    /// Id of the city the person travels from.
    public var office: City.ID
    /// The weekdays the person works (`weekdays`); nil: every weekday.
    public var weekdays: Set<Weekday>?
    public var unavailable: DateSet
    /// Meetings whose first day lies in one calendar month, at most; nil is unlimited.
    public var maxMeetingsPerMonth: Int?

    public init(id: ID, name: String, email: String? = nil, office: City.ID, weekdays: Set<Weekday>? = nil,
                unavailable: DateSet = .empty, maxMeetingsPerMonth: Int? = nil) {
        self.id = id
        self.name = name
        self.email = email
        self.office = office
        self.weekdays = weekdays
        self.unavailable = unavailable
        self.maxMeetingsPerMonth = maxMeetingsPerMonth
    }
}

/// A kind of meeting and its time pattern, e.g. the two-day Fachgruppentreffen.
public struct MeetingFormat: Sendable, Identifiable {
    public var id: ID
    public var name: String
    /// Consecutive calendar days a meeting occupies.
    public var days: Int
    public var startTime: TimeOfDay
    public var endTime: TimeOfDay
    public var startWeekdays: Set<Weekday>
    public var weekdays: Set<Weekday>
    /// Registration closes this many days before the first day.
    public var registrationDays: Int

    public static let workingDays: Set<Weekday> = [.mon, .tue, .wed, .thu, .fri]

    /// The days a meeting of this format occupies when it starts on `first`.
    public func occupiedDays(from first: Day) -> [Day] {
        (0..<days).map { first.advanced(by: $0) }
    }

    public init(id: ID, name: String, days: Int, startTime: TimeOfDay, endTime: TimeOfDay,
                startWeekdays: Set<Weekday> = workingDays, weekdays: Set<Weekday> = workingDays,
                registrationDays: Int = 14) {
        self.id = id
        self.name = name
        self.days = days
        self.startTime = startTime
        self.endTime = endTime
        self.startWeekdays = startWeekdays
        self.weekdays = weekdays
        self.registrationDays = registrationDays
    }
}

/// A topic group (Fachgruppe) and how often it meets in the period.
public struct Topic: Sendable, Identifiable {
    public var id: ID
    public var name: String
    /// Id of the meeting format.
    public var format: MeetingFormat.ID
    public var meetings: Int
    /// City ids that take part.
    public var members: [City.ID]
    /// City ids allowed to host.
    public var hosts: [City.ID]
    /// Staff ids; each attends every meeting of the topic.
    public var staff: [StaffMember.ID]
    /// Persons who attend; must fit the venue.
    public var attendees: Int
    public var minGapDays: Int
    public var maxGapDays: Int?

    public init(id: ID, name: String, format: MeetingFormat.ID, meetings: Int, members: [City.ID], hosts: [City.ID]? = nil,
                staff: [StaffMember.ID] = [], attendees: Int, minGapDays: Int = 0, maxGapDays: Int? = nil) {
        self.id = id
        self.name = name
        self.format = format
        self.meetings = meetings
        self.members = members
        self.hosts = hosts ?? members
        self.staff = staff
        self.attendees = attendees
        self.minGapDays = minGapDays
        self.maxGapDays = maxGapDays
    }
}

/// A meeting decided already (`fixed[]`).
public struct FixedMeeting: Sendable {
    public var topic: Topic.ID
    public var start: Day
    public var venue: Venue.ID
    /// Where the entry stands in the scenario file, for warnings.
    public var location: SourceLocation

    public init(topic: Topic.ID, start: Day, venue: Venue.ID, location: SourceLocation = .start) {
        self.topic = topic
        self.start = start
        self.venue = venue
        self.location = location
    }
}

/// A meeting before the period (`history[]`), for rotation.
public struct PastMeeting: Sendable {
    public var topic: Topic.ID
    public var city: City.ID
    public var start: Day

    public init(topic: Topic.ID, city: City.ID, start: Day) {
        self.topic = topic
        self.city = city
        self.start = start
    }
}

/// Network-wide rules (`rules`).
public struct Rules: Sendable {
    public var distinctHostsPerTopic: Bool
    public var maxMeetingsPerCity: Int?
    public var minDaysBetweenCityMeetings: Int
    public var maxMeetingsPerWeek: Int?
    public var staffRestDays: Int
    public var noRepeatHostYears: Int
    public var weights: ObjectiveWeights

    public init(distinctHostsPerTopic: Bool = true, maxMeetingsPerCity: Int? = nil, minDaysBetweenCityMeetings: Int = 0,
                maxMeetingsPerWeek: Int? = nil, staffRestDays: Int = 0, noRepeatHostYears: Int = 0,
                weights: ObjectiveWeights = ObjectiveWeights()) {
        self.distinctHostsPerTopic = distinctHostsPerTopic
        self.maxMeetingsPerCity = maxMeetingsPerCity
        self.minDaysBetweenCityMeetings = minDaysBetweenCityMeetings
        self.maxMeetingsPerWeek = maxMeetingsPerWeek
        self.staffRestDays = staffRestDays
        self.noRepeatHostYears = noRepeatHostYears
        self.weights = weights
    }
}

/// Weights of the objective terms (`rules.weights`).
public struct ObjectiveWeights: Sendable, Equatable {
    public var travel: Double
    public var venueCost: Double
    public var rotation: Double
    public var balance: Double
    public var offers: Double
    /// Re-planning: a reference meeting moved to another city or dropped.
    public var changeCity: Double
    /// Re-planning: a reference meeting moved to another venue in its city.
    public var changeVenue: Double
    /// Re-planning: per day a reference meeting's first day moves.
    public var changeDay: Double

    public init(travel: Double = 1.0, venueCost: Double = 0.1, rotation: Double = 500, balance: Double = 200,
                offers: Double = 300, changeCity: Double = 10000, changeVenue: Double = 3000, changeDay: Double = 100) {
        self.travel = travel
        self.venueCost = venueCost
        self.rotation = rotation
        self.balance = balance
        self.offers = offers
        self.changeCity = changeCity
        self.changeVenue = changeVenue
        self.changeDay = changeDay
    }
}

extension ObjectiveWeights {
    /// The weight of a term by its JSON name; nil for `changes`, which has several.
    public func weight(of term: String) -> Double? {
        switch term {
        case "travel": travel
        case "venue_cost": venueCost
        case "rotation": rotation
        case "balance": balance
        case "offers": offers
        default: nil
        }
    }
}
