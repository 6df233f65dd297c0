import Foundation

/// Finds, for a scenario without a plan, a minimal set of rule groups that cannot hold
/// together, and the smallest relaxations that make it feasible, each verified by solving.
///
/// A rule group is dropped by editing the scenario so that the rule no longer binds (a topic
/// not planned, a staff member no longer attending, a venue shared by nobody, a network rule
/// off, a fixed meeting or a set of closed days removed). A deletion filter then drops groups
/// one at a time and keeps only those without which the scenario becomes feasible: what is left
/// conflicts, and dropping any one of its groups resolves it.
struct ConflictSearch {
    /// One group of rules, and how to drop it from a scenario.
    struct Group {
        var kind: Kind
        var drop: (inout Scenario) -> Void

        enum Kind: Equatable {
            case topic(Topic.ID), staff(StaffMember.ID), venue(Venue.ID), rule(String), fixed(Int), closedDays(String)
        }
    }

    /// A relaxation that makes the scenario feasible, and the total of its best plan.
    struct Relaxation {
        var text: Reason
        /// The relaxed scenario that has the plan.
        var scenario: Scenario
        var total: Double
        var optimal: Bool
    }

    struct Result {
        var conflict: [Group.Kind]
        /// False when the time limit stopped the deletion filter: the set conflicts but may not be minimal.
        var minimal: Bool
        var relaxations: [Relaxation]
        /// False when the time limit stopped before every relaxation was tried.
        var relaxationsComplete: Bool
    }

    let scenario: Scenario
    let planner: Planner
    let deadline: Date?

    init(scenario: Scenario, planner: Planner, deadline: Date?) {
        self.scenario = scenario
        var quiet = planner
        quiet.solveOptions.onProgress = nil
        quiet.solveOptions.onPhase = nil
        quiet.explainsInfeasibility = false
        self.planner = quiet
        self.deadline = deadline
    }

    private var timeLeft: Bool { deadline.map { $0.timeIntervalSinceNow > 0.05 } ?? true }

    /// The groups present in the scenario, cheapest to rule out first.
    func groups() -> [Group] {
        var groups: [Group] = []
        for (position, _) in scenario.fixed.enumerated() {
            groups.append(Group(kind: .fixed(position)) { $0.fixed[position].topic = "" })
        }
        let rules = scenario.rules
        if rules.maxMeetingsPerCity != nil { groups.append(Group(kind: .rule("max_meetings_per_city")) { $0.rules.maxMeetingsPerCity = nil }) }
        if rules.minDaysBetweenCityMeetings > 0 {
            groups.append(Group(kind: .rule("min_days_between_city_meetings")) { $0.rules.minDaysBetweenCityMeetings = 0 })
        }
        if rules.maxMeetingsPerWeek != nil { groups.append(Group(kind: .rule("max_meetings_per_week")) { $0.rules.maxMeetingsPerWeek = nil }) }
        if rules.distinctHostsPerTopic { groups.append(Group(kind: .rule("distinct_hosts_per_topic")) { $0.rules.distinctHostsPerTopic = false }) }
        if rules.staffRestDays > 0 { groups.append(Group(kind: .rule("staff_rest_days")) { $0.rules.staffRestDays = 0 }) }
        if !scenario.calendar.blackouts.isEmpty { groups.append(Group(kind: .closedDays("blackouts")) { $0.calendar.blackouts = .empty }) }
        for state in scenario.calendar.stateBlackouts.keys.sorted(by: { "\($0)" < "\($1)" }) {
            groups.append(Group(kind: .closedDays("state_blackouts \(state)")) { $0.calendar.stateBlackouts[state] = nil })
        }
        for venue in scenario.venues where venueIsShared(venue.id) {
            groups.append(Group(kind: .venue(venue.id)) { Self.unshare(venue.id, in: &$0) })
        }
        for member in scenario.staff where scenario.topics.contains(where: { $0.staff.contains(member.id) }) {
            groups.append(Group(kind: .staff(member.id)) { edited in
                for index in edited.topics.indices { edited.topics[index].staff.removeAll { $0 == member.id } }
            })
        }
        for topic in scenario.topics {
            groups.append(Group(kind: .topic(topic.id)) { edited in
                edited.topics.removeAll { $0.id == topic.id }
                // Marked, not removed, so that fixed groups keep their positions.
                for index in edited.fixed.indices where edited.fixed[index].topic == topic.id { edited.fixed[index].topic = "" }
            })
        }
        return groups
    }

    /// Whether more than one topic may meet at the venue.
    private func venueIsShared(_ id: Venue.ID) -> Bool {
        guard let venue = scenario.venue(id) else { return false }
        return scenario.topics.filter { $0.hosts.contains(venue.city) }.count > 1
    }

    /// Gives each topic its own copy of the venue, so that no two topics share its days.
    private static func unshare(_ id: Venue.ID, in scenario: inout Scenario) {
        guard let venue = scenario.venue(id) else { return }
        let topics = scenario.topics.filter { $0.hosts.contains(venue.city) }
        // The original serves the first topic; each further topic gets a copy in a city of its own.
        for topic in topics.dropFirst() {
            guard let city = scenario.city(venue.city) else { continue }
            var copyCity = city
            copyCity.id = City.ID("\(city.id)-\(venue.id)-\(topic.id)")
            var copy = venue
            copy.id = Venue.ID("\(venue.id)-\(topic.id)")
            copy.city = copyCity.id
            scenario.cities.append(copyCity)
            scenario.venues.append(copy)
            for index in scenario.topics.indices where scenario.topics[index].id == topic.id {
                scenario.topics[index].hosts.append(copyCity.id)
            }
        }
        for index in scenario.topics.indices where scenario.topics[index].id != topics.first?.id {
            scenario.topics[index].hosts.removeAll { $0 == venue.city }
        }
    }

    /// Whether the scenario has a plan: true, false, or nil when the time ran out first.
    private func feasible(_ edited: Scenario) -> Bool? {
        guard timeLeft else { return nil }
        var quick = planner
        quick.solveOptions.relativeGap = 1e9
        if let deadline { quick.solveOptions.timeLimit = max(0.05, deadline.timeIntervalSinceNow) }
        switch quick.plan(cleaned(edited)).outcome {
        case .planned: return true
        case .infeasible: return false
        case .noPlanFound, .solverFailed: return nil
        }
    }

    /// Drops fixed entries marked for removal.
    private func cleaned(_ edited: Scenario) -> Scenario {
        var result = edited
        result.fixed.removeAll { $0.topic.rawValue.isEmpty }
        return result
    }

    func run() -> Result {
        var kept = groups()
        var minimal = true
        var position = 0
        // Deletion filter: a group whose removal leaves the rest infeasible is not needed.
        while position < kept.count {
            var trial = kept
            trial.remove(at: position)
            var without = scenario
            for group in removedGroups(keeping: trial) { group.drop(&without) }
            switch feasible(without) {
            case false?: kept = trial
            case true?: position += 1
            case nil:
                minimal = false
                position = kept.count
            }
        }
        let (relaxations, complete) = relax(kept)
        return Result(conflict: kept.map(\.kind), minimal: minimal, relaxations: relaxations, relaxationsComplete: complete)
    }

    /// Every group not in `keeping`.
    private func removedGroups(keeping: [Group]) -> [Group] {
        groups().filter { group in !keeping.contains { $0.kind == group.kind } }
    }

    /// The smallest relaxation of each conflicting group that makes the whole scenario feasible.
    private func relax(_ conflict: [Group]) -> ([Relaxation], Bool) {
        var relaxations: [Relaxation] = []
        for group in conflict {
            for (text, edit) in candidates(for: group.kind) {
                guard timeLeft else { return (relaxations, false) }
                var edited = scenario
                edit(&edited)
                if let found = verified(cleaned(edited)) {
                    relaxations.append(Relaxation(text: text, scenario: cleaned(edited), total: found.total, optimal: found.optimal))
                    break
                }
            }
        }
        return (relaxations, true)
    }

    /// The best plan of a relaxed scenario, checked; nil when there is none (or no time).
    private func verified(_ edited: Scenario) -> (total: Double, optimal: Bool)? {
        var solving = planner
        if let deadline { solving.solveOptions.timeLimit = max(0.05, deadline.timeIntervalSinceNow) }
        guard let plan = solving.plan(edited).outcome.planned, PlanChecker.check(plan, against: edited).isValid else { return nil }
        return (plan.objective.total, plan.status == .optimal)
    }

    /// Relaxations of one group, smallest first.
    private func candidates(for kind: Group.Kind) -> [(Reason, (inout Scenario) -> Void)] {
        switch kind {
        case .topic(let id):
            guard let topic = scenario.topic(id), let format = scenario.format(topic.format) else { return [] }
            var list: [(Reason, (inout Scenario) -> Void)] = []
            for day in Weekday.allCases where !format.startWeekdays.contains(day) && day.rawValue <= 5 {
                list.append((Reason(.fixAllowStart, Reason.weekday(day), "\(id)"), { edited in
                    guard let formatIndex = edited.formats.firstIndex(where: { $0.id == topic.format }) else { return }
                    var own = edited.formats[formatIndex]
                    own.id = MeetingFormat.ID("\(own.id)-\(id)")
                    own.startWeekdays.insert(day)
                    for next in 0..<own.days { own.weekdays.insert(Weekday(rawValue: (day.rawValue - 1 + next) % 7 + 1)!) }
                    edited.formats.append(own)
                    for index in edited.topics.indices where edited.topics[index].id == id { edited.topics[index].format = own.id }
                }))
            }
            let fixedCount = scenario.fixed.filter { $0.topic == id }.count
            if topic.meetings > max(1, fixedCount) {
                list.append((Reason(.fixFewerMeetings, "\(topic.meetings - 1)", "\(id)", "\(topic.meetings)"), { edited in
                    for index in edited.topics.indices where edited.topics[index].id == id { edited.topics[index].meetings -= 1 }
                }))
            }
            return list
        case .staff(let id):
            var list: [(Reason, (inout Scenario) -> Void)] = []
            if let limit = scenario.staffMember(id)?.maxMeetingsPerMonth {
                list.append((Reason(.fixRaiseMonthly, "\(id)", "\(limit + 1)"), { edited in
                    for index in edited.staff.indices where edited.staff[index].id == id { edited.staff[index].maxMeetingsPerMonth = limit + 1 }
                }))
            }
            for topic in scenario.topics where topic.staff.contains(id) {
                list.append((Reason(.fixOtherStaff, "\(topic.id)", "\(id)"), { edited in
                    for index in edited.topics.indices where edited.topics[index].id == topic.id {
                        edited.topics[index].staff.removeAll { $0 == id }
                    }
                }))
            }
            return list
        case .rule(let name):
            let rules = scenario.rules
            switch name {
            case "max_meetings_per_city":
                let limit = (rules.maxMeetingsPerCity ?? 0) + 1
                return [(Reason(.fixSetRule, "\(name)", "\(limit)"), { $0.rules.maxMeetingsPerCity = limit })]
            case "max_meetings_per_week":
                let limit = (rules.maxMeetingsPerWeek ?? 0) + 1
                return [(Reason(.fixSetRule, "\(name)", "\(limit)"), { $0.rules.maxMeetingsPerWeek = limit })]
            case "min_days_between_city_meetings":
                let half = rules.minDaysBetweenCityMeetings / 2
                return [(Reason(.fixSetRule, "\(name)", "\(half)"), { $0.rules.minDaysBetweenCityMeetings = half }),
                        (Reason(.fixSetRule, "\(name)", "0"), { $0.rules.minDaysBetweenCityMeetings = 0 })]
            case "staff_rest_days":
                return (0..<rules.staffRestDays).reversed().map { days in
                    (Reason(.fixSetRule, "\(name)", "\(days)"), { $0.rules.staffRestDays = days })
                }
            default:
                return [(Reason(.fixSetRule, "\(name)", "false"), { $0.rules.distinctHostsPerTopic = false })]
            }
        case .fixed(let position):
            let fixed = scenario.fixed[position]
            return [(Reason(.fixDropFixed, "\(fixed.topic)", .day(fixed.start)), { $0.fixed[position].topic = "" })]
        case .venue(let id):
            return groups().filter { $0.kind == kind }.map { (Reason(.fixUnshareVenue, "\(id)"), $0.drop) }
        case .closedDays(let name):
            return groups().filter { $0.kind == kind }.map { (Reason(.fixOpenClosedDays, "\(name)"), $0.drop) }
        }
    }

    /// The group in a few words, for messages.
    static func name(_ kind: Group.Kind) -> String {
        switch kind {
        case .topic(let id): "topic '\(id)'"
        case .staff(let id): "staff member '\(id)'"
        case .venue(let id): "venue '\(id)'"
        case .rule(let name): "rule \(name)"
        case .fixed(let position): "fixed meeting \(position + 1)"
        case .closedDays(let name): name
        }
    }
}
