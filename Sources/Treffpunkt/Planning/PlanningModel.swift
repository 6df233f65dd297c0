import MIP

/// The mixed-integer program of a scenario: one binary per usable meeting option, the
/// hard rules as rows, the objective's terms as named, weighted parts.
///
/// Formulation: `host[o]` = 1 when option o (topic, venue, first day) is taken. Meetings of
/// a topic are interchangeable, so there is no meeting index and no symmetry between
/// meetings; rules about single meetings are applied when options are generated, so the
/// model has variables only for (venue, day) pairs that are allowed at all. Rules between
/// meetings become "at most one option in this window" rows, which are strong in the
/// relaxation and let realistic years solve at the root.
///
/// Several consecutive years share one model: each option carries its year; rules about a
/// period (meeting counts, gaps, hosts per period, balance) hold per year, rules about days
/// hold across all of them, and `YearCoupling` adds what links the years.
struct PlanningModel {
    let index: ScenarioIndex
    let options: [MeetingOption]
    let costs: [MeetingCosts]
    private(set) var model = Model()
    /// `host[o]`: option o is a meeting of the plan.
    private(set) var host: [Variable] = []

    /// The (topic, year) meeting counts the model requires; every topic in every year by default.
    /// The infeasibility explainer builds models of single topics, a topic-by-topic plan adds
    /// one unit at a time.
    let counted: Set<TopicYear>

    /// The years of a multi-year model; nil for one period.
    let years: PlanningYears?

    /// How rows of the form "at most one first day in any window of days" are written.
    let windowRows: WindowRowForm

    /// Topics whose `max_gap_days` rows are in the model; nil for every topic that has one.
    let maxGapTopics: Set<Int>?

    /// What the model decides: each option's day, or only how many meetings each venue hosts.
    let detail: Detail

    /// What a `PlanningModel` decides for each of its options.
    enum Detail {
        /// Whether the option is taken: a meeting at its venue from its first day.
        case days
        /// How many meetings the option's group holds: each option stands for every first day at
        /// its venue in one year and calendar year (`HostingModel`). Rules between days are left
        /// out; `limits` bound counts instead.
        case hosts(HostCounts)
    }

    /// The counts of a `.hosts` model: per option the fixed (or held) meetings it must hold and
    /// the most it can hold, and rows "Σ host[members] ≤ most".
    struct HostCounts {
        var fixed: [Int]
        var most: [Int]
        var limits: [(members: [Int], most: Int, name: String)]
    }

    private var decidesDays: Bool {
        if case .days = detail { return true }
        return false
    }

    /// A topic's meetings in one period, the key of its running count.
    private struct CountKey: Hashable {
        var topic: Int
        var year: Int
    }

    /// Whether building stopped early at a stop request or the time limit: the model lacks rows.
    private(set) var isIncomplete = false

    /// `started[t,d]` of a topic and period, shared by the rules that count its meetings in windows.
    private var runningCounts: [CountKey: [Variable]] = [:]

    init(_ index: ScenarioIndex, options: [MeetingOption], counted: Set<TopicYear>? = nil,
         replan: ReplanReference? = nil, years: PlanningYears? = nil, windowRows: WindowRowForm = .automatic,
         maxGapTopics: Set<Int>? = nil, requirements: [MeetingRequirement] = [], detail: Detail = .days,
         stop: () -> Bool = { false }, onRuleFamily: (String) -> Void = { _ in }) {
        self.index = index
        self.windowRows = windowRows
        self.maxGapTopics = maxGapTopics
        self.detail = detail
        self.counted = counted ?? TopicYear.all(index.scenario.topics.indices, years: years?.count ?? 1)
        self.options = options
        self.years = years
        costs = options.map { MeetingCosts($0, years?.indexes[$0.year] ?? index) }
        let scenario = index.scenario
        host = options.enumerated().map { position, option in
            let topic = scenario.topics[option.topic].id
            let venue = scenario.venues[option.venue].id
            guard case .hosts(let counts) = detail else {
                return model.addVariable(.binary, name: "host[\(topic),\(venue),\(option.firstDay)]")
            }
            let most = counts.most[position]
            return model.addVariable(most > 1 ? .integer : .binary, name: "hosts[\(topic),\(venue),\(option.year),\(option.firstDay.year)]",
                                     upperBound: Double(most))
        }
        // Rule families in turn; a stop request or the time limit ends building between them.
        var families: [(name: String, add: (inout PlanningModel) -> Void)] = [
            ("H1 meeting counts", { $0.addMeetingCounts() }), ("H8 city and network limits", { $0.addCityAndNetworkLimits() }),
        ]
        switch detail {
        case .days:
            families += [("H5 venue occupancy", { $0.addVenueOccupancy() }), ("H6 staff", { $0.addStaffRules() }),
                         ("H7 min_gap_days", { $0.addTopicGaps() }), ("H7 max_gap_days", { $0.addMaximumGaps() })]
        case .hosts(let counts):
            families.append(("limits on counts", { $0.addLimits(counts.limits) }))
        }
        for family in families {
            if stop() {
                isIncomplete = true
                return
            }
            onRuleFamily(family.name)
            family.add(&self)
        }
        addRequirements(requirements)
        onRuleFamily("the objective")
        let coupling = years.map { YearCoupling(options: options, years: $0, rules: index.scenario.rules, counted: self.counted) }
        addObjective(rotationCarriedBy: coupling)
        coupling?.addRules(to: &model, host: host)
        if let replan { Self.addChanges(replan, options: options, host: host, index: index, to: &model) }
    }

    /// " in YEAR" after a row name when the model covers several years, else nothing.
    private func inYear(_ year: Int) -> String {
        guard let years, years.count > 1 else { return "" }
        return " in \(years.calendarYear(year))"
    }

    /// Option indices grouped by a key, in key order, so the model is the same on every run.
    private func grouped<Key: Comparable & Hashable>(_ subset: [Int]? = nil, by key: (MeetingOption) -> Key) -> [(Key, [Int])] {
        Dictionary(grouping: subset ?? Array(options.indices)) { key(options[$0]) }.sorted { $0.key < $1.key }
    }

    // Rule H1: each topic gets exactly `meetings` meetings (in each year); fixed meetings
    // appear as given.
    private mutating func addMeetingCounts() {
        let byTopic = Dictionary(grouping: options.indices) { options[$0].topic }
        for topicIndex in Set(counted.map(\.topic)).sorted() {
            let topic = index.scenario.topics[topicIndex]
            let byYear = Dictionary(grouping: byTopic[topicIndex] ?? []) { options[$0].year }
            for year in 0..<(years?.count ?? 1) where counted.contains(TopicYear(topic: topicIndex, year: year)) {
                let taken = LinearExpression.sum((byYear[year] ?? []).map { host[$0] })
                model.addConstraint(taken == Double(topic.meetings), name: "H1 meetings of \(topic.id)\(inYear(year))")
            }
        }
        switch detail {
        case .days:
            for (optionIndex, option) in options.enumerated() where option.isFixed || option.isHeld {
                model.setBounds(of: host[optionIndex], lower: 1, upper: 1)
            }
        case .hosts(let counts):
            for (optionIndex, fixed) in counts.fixed.enumerated() where fixed > 0 {
                model.setBounds(of: host[optionIndex], lower: Double(fixed), upper: Double(max(fixed, counts.most[optionIndex])))
            }
        }
    }

    // Rows "at most `most` of these", given by the caller (a `.hosts` model's limits).
    private mutating func addLimits(_ limits: [(members: [Int], most: Int, name: String)]) {
        for limit in limits {
            model.addConstraint(LinearExpression.sum(limit.members.map { host[$0] }) <= Double(limit.most), name: limit.name)
        }
    }

    // What if: each requirement holds for at least one taken option (of a topic in the model).
    // The planner refuses a requirement without a matching option before building.
    private mutating func addRequirements(_ requirements: [MeetingRequirement]) {
        for requirement in requirements {
            let matching = options.indices.filter { requirement.matches(options[$0], index.scenario)
                && counted.contains(TopicYear(topic: options[$0].topic, year: options[$0].year)) }
            guard !matching.isEmpty else { continue }
            model.addConstraint(LinearExpression.sum(matching.map { host[$0] }) >= 1, name: "required \(requirement.description)")
        }
    }

    // Rules H2, H3, H4 and H6 (availability) and H8 (no_repeat_host_years) concern single
    // meetings; `MeetingOptions` generated only options that satisfy them.

    // Rule H5: a venue hosts at most one meeting on any day.
    private mutating func addVenueOccupancy() {
        var occupying: [Int: [Day: [Int]]] = [:]
        for (optionIndex, option) in options.enumerated() {
            for day in option.days { occupying[option.venue, default: [:]][day, default: []].append(optionIndex) }
        }
        for (venue, byDay) in occupying.sorted(by: { $0.key < $1.key }) {
            addAtMostOne(byDay, name: "H5 venue \(index.scenario.venues[venue].id)")
        }
    }

    // Rule H6: a staff member's meetings do not overlap and leave `staff_rest_days` free days
    // between them, i.e. the days from each first day to last day + rest days are disjoint;
    // at most `max_meetings_per_month` of them start in one month.
    private mutating func addStaffRules() {
        let scenario = index.scenario
        let rest = scenario.rules.staffRestDays
        for member in scenario.staff {
            let topics = Set(scenario.topics.indices.filter { scenario.topics[$0].staff.contains(member.id) })
            let attended = options.indices.filter { topics.contains(options[$0].topic) }
            var blocking: [Day: [Int]] = [:]
            var byMonth: [Int: [Int]] = [:]
            for optionIndex in attended {
                let option = options[optionIndex]
                for day in option.firstDay...option.lastDay.advanced(by: rest) { blocking[day, default: []].append(optionIndex) }
                byMonth[option.firstDay.year * 12 + option.firstDay.month, default: []].append(optionIndex)
            }
            addAtMostOne(blocking, name: "H6 staff \(member.id)")
            if let limit = member.maxMeetingsPerMonth {
                for (month, group) in byMonth.sorted(by: { $0.key < $1.key }) where group.count > limit {
                    model.addConstraint(LinearExpression.sum(group.map { host[$0] }) <= Double(limit),
                                        name: "H6 staff \(member.id) month \(month / 12)-\(month % 12)")
                }
            }
        }
    }

    // Rule H7, minimum: consecutive meetings of a topic in a period are at least
    // `min_gap_days` apart (by first day): any `min_gap_days` consecutive days hold at most
    // one first day.
    private mutating func addTopicGaps() {
        let scenario = index.scenario
        for (topicIndex, topicGroup) in grouped(by: \.topic) {
            let topic = scenario.topics[topicIndex]
            guard topic.minGapDays >= 1 else { continue }
            for (year, group) in grouped(topicGroup, by: \.year) {
                addAtMostOneStarting(group, withinDays: topic.minGapDays, count: CountKey(topic: topicIndex, year: year),
                                     label: "\(topic.id)\(inYear(year))", upperBound: Double(topic.meetings),
                                     name: "H7 min gap \(topic.id)\(inYear(year))")
            }
        }
    }

    // Rule H7, maximum: if a meeting of a topic starts on or before day d and another after
    // d + `max_gap_days`, one starts in between. Stated for every start day d of the period,
    // in a form whose size grows with the options, not with options × window length:
    // - `started[t,d]`: meetings of the topic starting on or before d, a running count;
    //   the meetings in (d, d + gap] are then started[d + gap] − started[d];
    // - `begun[t,d]` ≥ begun on the previous start day and ≥ a meeting starting on d: in
    //   [0, 1], at least every option taken on or before d (a monotone chain);
    // - `pending[t,d]`: the same from the end of the period, for options on or after d.
    // Row: meetings in (d, d + gap] ≥ begun[d] + pending[first start day after d + gap] − 1.
    // For whole-number choices begun and pending can be 0 exactly when no such start exists,
    // so the rows hold for a plan exactly when its gaps are kept. (Using "a meeting on d"
    // instead of begun[d] saves the chain but made a tight-gap benchmark year 9 and a 6 × 8
    // staff year 4 times slower.)
    private mutating func addMaximumGaps() {
        let scenario = index.scenario
        for (topicIndex, topicGroup) in grouped(by: \.topic) {
            let topic = scenario.topics[topicIndex]
            guard let maxGap = topic.maxGapDays, maxGapTopics?.contains(topicIndex) ?? true else { continue }
            for (year, group) in grouped(topicGroup, by: \.year) {
                let byDay = grouped(group, by: \.firstDay)
                let days = byDay.map(\.0)
                guard let last = days.last, days[0].distance(to: last) > maxGap else { continue }
                let label = "\(topic.id)\(inYear(year))"
                // On one day at most one meeting of a topic starts when its minimum gap is at
                // least 1 (rule H7's rows), so a day's options can share one row.
                let oneADay = topic.minGapDays >= 1
                let started = runningCount(byDay, key: CountKey(topic: topicIndex, year: year), label: label,
                                           upperBound: Double(topic.meetings))
                var begun: [Variable] = [], pending: [Variable] = []
                for (position, (day, options)) in byDay.enumerated() {
                    let flag = model.addVariable(.continuous, name: "begun[\(label),\(day)]", upperBound: 1)
                    if position > 0 {
                        model.addConstraint(LinearExpression(flag) - begun[position - 1] >= 0,
                                            name: "H7 max gap \(label) begun by \(day)")
                    }
                    addAtLeast(flag, options, oneADay: oneADay, name: "H7 max gap \(label) begun on \(day)")
                    begun.append(flag)
                }
                for (day, options) in byDay.reversed() {
                    let flag = model.addVariable(.continuous, name: "pending[\(label),\(day)]", upperBound: 1)
                    if let later = pending.last {
                        model.addConstraint(LinearExpression(flag) - later >= 0, name: "H7 max gap \(label) pending from \(day)")
                    }
                    addAtLeast(flag, options, oneADay: oneADay, name: "H7 max gap \(label) pending on \(day)")
                    pending.append(flag)
                }
                pending.reverse()
                // The window after each start day d: the last start day within it and the first after.
                var after = 0
                for (position, day) in days.enumerated() {
                    let windowEnd = day.advanced(by: maxGap)
                    while after < days.count && days[after] <= windowEnd { after += 1 }
                    guard after < days.count else { break }
                    let inside = LinearExpression(started[after - 1]) - started[position]
                    model.addConstraint(inside - begun[position] - LinearExpression(pending[after]) >= -1,
                                        name: "H7 max gap \(label) after \(day)")
                }
            }
        }
    }

    /// `started[label,d]` for each first day d of `byDay` (in day order): the options taken
    /// on or before d, a running count; reused for `key` once made.
    private mutating func runningCount(_ byDay: [(Day, [Int])], key: CountKey?, label: String,
                                       upperBound: Double?) -> [Variable] {
        if let key, let made = runningCounts[key] { return made }
        // (Reused by the maximum gap of the same topic and period.)
        var started: [Variable] = []
        for (position, (day, options)) in byDay.enumerated() {
            let count = model.addVariable(.continuous, name: "started[\(label),\(day)]", upperBound: upperBound)
            let previous = position > 0 ? LinearExpression(started[position - 1]) : LinearExpression()
            model.addConstraint(LinearExpression(count) == previous + LinearExpression.sum(options.map { host[$0] }),
                                name: "count \(label) to \(day)")
            started.append(count)
        }
        if let key { runningCounts[key] = started }
        return started
    }

    /// At most one of `group` has its first day in any `length` consecutive days.
    ///
    /// One row per window that ends on a first day and is not inside the next one, in one of
    /// two exact forms of the same inequality: the window's options listed (a clique row), or
    /// the difference of two running counts of first days (`started`). The relaxation is the
    /// same; the listed form grows with options × window length (5 GB for a 1000-day gap over
    /// ten years), the counted form with the options. The listed rows solve faster where they
    /// are not much larger (tight-gap benchmark year: root relaxation 0.25 s listed, 0.93 s
    /// counted), so `.automatic` counts only when listing takes 20 times the non-zeros.
    private mutating func addAtMostOneStarting(_ group: [Int], withinDays length: Int, count key: CountKey?,
                                               label: String, upperBound: Double?, name: String) {
        let byDay = grouped(group, by: \.firstDay)
        let days = byDay.map(\.0)
        var cumulative = [0]
        for (_, options) in byDay { cumulative.append(cumulative[cumulative.count - 1] + options.count) }
        // Windows (first, last) of start-day positions: the days in (days[last] − length, days[last]].
        var windows: [(first: Int, last: Int)] = []
        var first = 0
        for last in days.indices {
            while days[first].distance(to: days[last]) >= length { first += 1 }
            windows.append((first, last))
        }
        windows = windows.enumerated().filter { position, window in
            let dominated = position + 1 < windows.count && windows[position + 1].first == window.first
            return !dominated && cumulative[window.last + 1] - cumulative[window.first] > 1
        }.map(\.element)
        let listed = windows.map { cumulative[$0.last + 1] - cumulative[$0.first] }.reduce(0, +)
        let counted = (key.flatMap { runningCounts[$0] } == nil ? group.count + 2 * days.count : 0) + 2 * windows.count
        let useCounts = switch windowRows {
        case .cliques: false
        case .runningCounts: true
        case .automatic: listed > 20 * counted
        }
        if useCounts {
            let started = runningCount(byDay, key: key, label: label, upperBound: upperBound)
            for window in windows {
                let before = window.first > 0 ? LinearExpression(started[window.first - 1]) : LinearExpression()
                model.addConstraint(LinearExpression(started[window.last]) - before <= 1, name: "\(name) on \(days[window.last])")
            }
        } else {
            for window in windows {
                let members = byDay[window.first...window.last].flatMap(\.1)
                model.addConstraint(LinearExpression.sum(members.map { host[$0] }) <= 1, name: "\(name) on \(days[window.last])")
            }
        }
    }

    /// `flag` ≥ each of `options` (or their sum, when at most one of them can be taken).
    private mutating func addAtLeast(_ flag: Variable, _ options: [Int], oneADay: Bool, name: String) {
        if oneADay {
            model.addConstraint(LinearExpression(flag) - LinearExpression.sum(options.map { host[$0] }) >= 0, name: name)
        } else {
            for option in options {
                model.addConstraint(LinearExpression(flag) - host[option] >= 0, name: name)
            }
        }
    }

    // Rule H8: distinct host cities per topic and `max_meetings_per_city` (in each period),
    // `min_days_between_city_meetings`, `max_meetings_per_week`.
    private mutating func addCityAndNetworkLimits() {
        let scenario = index.scenario
        let rules = scenario.rules
        for (city, group) in grouped(by: \.city) {
            let cityID = scenario.cities[city].id
            for (year, yearGroup) in grouped(group, by: \.year) {
                if rules.distinctHostsPerTopic {
                    for (topic, topicGroup) in grouped(yearGroup, by: \.topic) where topicGroup.count > 1 {
                        let hosted = LinearExpression.sum(topicGroup.map { host[$0] })
                        model.addConstraint(hosted <= 1, name: "H8 \(cityID) hosts \(scenario.topics[topic].id) once\(inYear(year))")
                    }
                }
                if let limit = rules.maxMeetingsPerCity {
                    model.addConstraint(LinearExpression.sum(yearGroup.map { host[$0] }) <= Double(limit),
                                        name: "H8 meetings in \(cityID)\(inYear(year))")
                }
            }
            if rules.minDaysBetweenCityMeetings >= 1, decidesDays {
                addAtMostOneStarting(group, withinDays: rules.minDaysBetweenCityMeetings, count: nil,
                                     label: cityID.rawValue, upperBound: nil, name: "H8 spacing in \(cityID)")
            }
        }
        if let limit = rules.maxMeetingsPerWeek, decidesDays {
            for (week, group) in grouped(by: { $0.firstDay.isoWeek.year * 100 + $0.firstDay.isoWeek.week }) where group.count > limit {
                model.addConstraint(LinearExpression.sum(group.map { host[$0] }) <= Double(limit), name: "H8 week \(week)")
            }
        }
    }

    // Objective: weighted travel, venue cost, rotation, balance (per period) and offers.
    // The rotation of a meeting whose host may have hosted the topic in an earlier planned
    // year is carried by `coupling` instead of a fixed coefficient.
    private mutating func addObjective(rotationCarriedBy coupling: YearCoupling?) {
        let weights = index.scenario.rules.weights
        func term(_ value: (MeetingCosts) -> Double) -> LinearExpression {
            LinearExpression(terms: zip(host, costs).map { ($0, value($1)) }.filter { $0.1 != 0 })
        }
        let carried = coupling?.carriedRotation ?? []
        model.minimise(term(\.travel), weight: weights.travel)
        model.minimise(term(\.venueCost), weight: weights.venueCost)
        model.minimise(LinearExpression(terms: options.indices.filter { !carried.contains($0) && costs[$0].rotation != 0 }
                                            .map { (host[$0], costs[$0].rotation) }),
                       weight: weights.rotation)
        model.minimise(term(\.offers), weight: weights.offers)
        // Balance: surplus = hostings − 1 + empty, where the binary `empty` is 1 exactly when the
        // city hosts nothing. Exact for any sign of the weight; for a positive weight its
        // relaxation equals max(0, hostings − 1).
        for (city, cityGroup) in grouped(by: \.city) {
            for (year, group) in grouped(cityGroup, by: \.year) {
                let cityID = index.scenario.cities[city].id.rawValue + ((years?.count ?? 1) > 1 ? ",\(years!.calendarYear(year))" : "")
                let hostings = LinearExpression.sum(group.map { host[$0] })
                let most = Double(maxHostings(group))
                let empty = model.addVariable(.binary, name: "empty[\(cityID)]")
                let surplus = model.addVariable(.continuous, name: "surplus[\(cityID)]")
                model.addConstraint(LinearExpression(surplus) == hostings + LinearExpression(terms: [(empty, 1)], constant: -1),
                                    name: "balance \(cityID)")
                model.addConstraint(hostings + empty >= 1, name: "empty \(cityID) when nothing hosted")
                model.addConstraint(hostings + most * empty <= most, name: "empty \(cityID) only when nothing hosted")
                model.minimise(LinearExpression(surplus), weight: weights.balance)
            }
        }
    }

    /// An upper bound on the meetings a city can host among `group` (options of one period).
    private func maxHostings(_ group: [Int]) -> Int {
        let scenario = index.scenario
        let topics = Set(group.map { options[$0].topic })
        let perTopic = topics.map { scenario.rules.distinctHostsPerTopic ? 1 : scenario.topics[$0].meetings }.reduce(0, +)
        return min(perTopic, scenario.rules.maxMeetingsPerCity ?? perTopic)
    }

    /// Adds "at most one of these options" for each group of two or more, skipping a group
    /// that is contained in the group of the next or previous key (it adds nothing).
    private mutating func addAtMostOne(_ groups: [Day: [Int]], name: String) {
        let keys = groups.keys.sorted()
        for (position, key) in keys.enumerated() {
            let members = groups[key]!
            guard members.count > 1 else { continue }
            let memberSet = Set(members)
            let neighbours = [position - 1, position + 1].filter { keys.indices.contains($0) }.map { groups[keys[$0]]! }
            if neighbours.contains(where: { $0.count > members.count && memberSet.isSubset(of: $0) })
                || (position + 1 < keys.count && groups[keys[position + 1]]!.count == members.count
                    && memberSet == Set(groups[keys[position + 1]]!)) {
                continue
            }
            model.addConstraint(LinearExpression.sum(members.map { host[$0] }) <= 1, name: "\(name) on \(key)")
        }
    }
}

extension PlanningModel {
    /// The first days after which the taken options break `max_gap_days`: a topic's
    /// consecutive first days further apart than its maximum gap (a sanity check of a solution).
    func brokenMaxGaps(taken: [Int]) -> [(topic: Int, day: Day)] {
        var broken: [(topic: Int, day: Day)] = []
        for (topicIndex, topicGroup) in Dictionary(grouping: taken, by: { options[$0].topic }).sorted(by: { $0.key < $1.key }) {
            guard let maxGap = index.scenario.topics[topicIndex].maxGapDays else { continue }
            for (_, group) in Dictionary(grouping: topicGroup, by: { options[$0].year }).sorted(by: { $0.key < $1.key }) {
                let days = group.map { options[$0].firstDay }.sorted()
                for (earlier, later) in zip(days, days.dropFirst()) where earlier.distance(to: later) > maxGap {
                    broken.append((topicIndex, earlier))
                }
            }
        }
        return broken
    }
}
