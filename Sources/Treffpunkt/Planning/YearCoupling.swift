import MIP

/// The rows that link the years of a multi-year model, so that each year is planned as if
/// the earlier years' meetings were in its `history[]`: the rotation term,
/// `no_repeat_host_years`, and optionally fair rotation over the cycle.
///
/// Formulation: for a topic t, a city c, a planned year j and a calendar year y, the binary
/// `hosted[t,c,j,y]` is at least 1 when c hosts a meeting of t that starts in y and
/// belongs to year j (count ≤ M·hosted, M the most meetings of t that c can host in one
/// period). Then for a later year k with the count n = meetings of t in c in year k:
/// - rotation: `recent[t,c,k]` ≥ f(h)·n for the latest history year h, and
///   ≥ f(y)·(n − M·(1 − hosted[t,c,j,y])) for every earlier (j, y), where
///   f(y) = 1/max(1, Y_k − y) grows with y, so the largest active row is the latest hosting.
///   With a rotation weight of 0 or more the minimum puts `recent` exactly there.
/// - no_repeat_host_years: n ≤ M·(1 − hosted[t,c,j,y]) for every y in Y_k − N … Y_k.
/// - fair rotation: by the end of year k every city with a usable option for t hosts it
///   ⌊M_k/H⌋ to ⌈M_k/H⌉ times, with M_k the meetings of t in years up to k and H the
///   number of such cities. Only the count per year is constrained, not the order inside it.
///
/// With one meeting of a topic per city and period (`distinct_hosts_per_topic`, the default),
/// rotation and `no_repeat_host_years` are a path through the city's hostings instead of the
/// `hosted` and `recent` rows (`addHostingPath`), whose relaxation is far tighter.
struct YearCoupling {
    private let options: [MeetingOption]
    private let years: PlanningYears
    private let rules: Rules
    /// Option indices by topic, city and year.
    private let byPair: [TopicCity<Int, Int>: [Int: [Int]]]

    /// Options whose rotation term depends on earlier planned years: those of a (topic, city)
    /// that has options in an earlier year (with one meeting per city and period, those of every
    /// (topic, city) with options in several years). Their rotation is in the coupling's rows,
    /// not a fixed coefficient.
    let carriedRotation: Set<Int>

    /// The (topic, year) units whose meetings the model plans (`PlanningModel.counted`).
    private let counted: Set<TopicYear>

    init(options: [MeetingOption], years: PlanningYears, rules: Rules, counted: Set<TopicYear>) {
        self.options = options
        self.years = years
        self.rules = rules
        self.counted = counted
        var byPair: [TopicCity<Int, Int>: [Int: [Int]]] = [:]
        for (optionIndex, option) in options.enumerated() {
            byPair[TopicCity(topic: option.topic, city: option.city), default: [:]][option.year, default: []].append(optionIndex)
        }
        self.byPair = byPair
        // The hosting path (`addHostingPath`) prices every hosting of a pair it covers, the first
        // year's too; the big-M rows only the years after the first.
        var carried: Set<Int> = []
        for byYear in byPair.values where byYear.count > 1 {
            let first = byYear.keys.min()!
            for (year, group) in byYear where year > first || rules.distinctHostsPerTopic { carried.formUnion(group) }
        }
        carriedRotation = carried
    }

    /// Adds the rows between years, and fair rotation when `years.fairRotation`.
    func addRules(to model: inout Model, host: [Variable]) {
        for pair in byPair.keys.sorted() {
            if rules.distinctHostsPerTopic {
                addHostingPath(pair, to: &model, host: host)
            } else {
                addRotationAndRepeats(pair, to: &model, host: host)
            }
        }
        if years.fairRotation { addFairRotation(to: &model, host: host) }
    }

    /// The most meetings of a topic one city can host in one period.
    private func mostPerPeriod(_ topic: Int) -> Double {
        let meetings = years.indexes[0].scenario.topics[topic].meetings
        let most = rules.distinctHostsPerTopic ? 1 : meetings
        return Double(min(most, rules.maxMeetingsPerCity ?? most))
    }

    /// The rotation term and `no_repeat_host_years` of a (topic, city) as a path through its
    /// hostings, when a city hosts a topic at most once a period.
    ///
    /// Nodes: the history (the source), each (planned year, calendar year) in which the city can
    /// host the topic, and an end. A unit of flow leaves the source, passes through exactly the
    /// nodes where the city hosts (in = out = the node's hostings, 0 or 1) and ends at the end;
    /// arcs go forward in time, so for whole-number hostings the flow is the path of consecutive
    /// hostings, and an arc into year k from a hosting in calendar year y costs the rotation
    /// factor f(y) of year k. Arcs that `no_repeat_host_years` forbids are left out. Unlike
    /// the big-M rows of `addRotationAndRepeats`, whose relaxation lets five planned years take
    /// minutes, this is a network flow: its relaxation prices rotation exactly for any hostings.
    private func addHostingPath(_ pair: TopicCity<Int, Int>, to model: inout Model, host: [Variable]) {
        let byYear = byPair[pair]!
        guard byYear.count > 1 else { return }
        let scenario = years.indexes[0].scenario
        let topic = scenario.topics[pair.topic]
        let cityID = scenario.cities[pair.city].id
        let label = "\(topic.id) in \(cityID)"
        let latestHistory = scenario.latestHostingYear(of: topic.id, in: cityID)
        struct Node {
            var year: Int
            var calendarYear: Int
            var hostings: LinearExpression
            var incoming: [Variable] = []
            var outgoing: [Variable] = []
        }
        var nodes: [Node] = []
        for year in byYear.keys.sorted() {
            let byCalendarYear = Dictionary(grouping: byYear[year]!) { options[$0].firstDay.year }
            for (calendarYear, group) in byCalendarYear.sorted(by: { $0.key < $1.key }) {
                nodes.append(Node(year: year, calendarYear: calendarYear, hostings: LinearExpression.sum(group.map { host[$0] })))
            }
        }
        var fromSource: [Variable] = []
        var rotation = LinearExpression()
        func barred(after calendarYear: Int, in year: Int) -> Bool {
            rules.noRepeatHostYears >= 1 && calendarYear >= years.calendarYear(year) - rules.noRepeatHostYears
        }
        for target in nodes.indices {
            let planYear = years.calendarYear(nodes[target].year)
            if !(latestHistory.map { barred(after: $0, in: nodes[target].year) } ?? false) {
                let arc = model.addVariable(.continuous, name: "first[\(label),\(planYear),\(nodes[target].calendarYear)]",
                                            upperBound: 1)
                fromSource.append(arc)
                nodes[target].incoming.append(arc)
                if let latestHistory { rotation += Self.rotationFactor(planYear, latestHistory) * LinearExpression(arc) }
            }
            for source in nodes.indices where nodes[source].year < nodes[target].year {
                guard !barred(after: nodes[source].calendarYear, in: nodes[target].year) else { continue }
                let arc = model.addVariable(.continuous, name: "next[\(label),\(nodes[source].calendarYear),\(planYear)]",
                                            upperBound: 1)
                nodes[source].outgoing.append(arc)
                nodes[target].incoming.append(arc)
                rotation += Self.rotationFactor(planYear, nodes[source].calendarYear) * LinearExpression(arc)
            }
        }
        let direct = model.addVariable(.continuous, name: "never[\(label)]", upperBound: 1)
        model.addConstraint(LinearExpression.sum(fromSource + [direct]) == 1, name: "hosting path \(label) starts")
        for node in nodes {
            let name = "hosting path \(label) through \(years.calendarYear(node.year)),\(node.calendarYear)"
            model.addConstraint(LinearExpression.sum(node.incoming) - node.hostings == 0, name: name + " in")
            // The rest of a node's flow goes to the end, so only "at most" leaves it.
            model.addConstraint(LinearExpression.sum(node.outgoing) - node.hostings <= 0, name: name + " out")
        }
        model.minimise(rotation, weight: rules.weights.rotation)
    }

    private func addRotationAndRepeats(_ pair: TopicCity<Int, Int>, to model: inout Model, host: [Variable]) {
        let byYear = byPair[pair]!
        let plannedYears = byYear.keys.sorted()
        guard plannedYears.count > 1 else { return }
        let scenario = years.indexes[0].scenario
        let topic = scenario.topics[pair.topic]
        let cityID = scenario.cities[pair.city].id
        let most = mostPerPeriod(pair.topic)
        let latestHistory = scenario.latestHostingYear(of: topic.id, in: cityID)

        // hosted[t,c,j,y] for every year j that a later year follows.
        var hosted: [(year: Int, calendarYear: Int, variable: Variable)] = []
        for year in plannedYears.dropLast() {
            let byCalendarYear = Dictionary(grouping: byYear[year]!) { options[$0].firstDay.year }
            for (calendarYear, group) in byCalendarYear.sorted(by: { $0.key < $1.key }) {
                let variable = model.addVariable(.binary, name: "hosted[\(topic.id),\(cityID),\(years.calendarYear(year)),\(calendarYear)]")
                model.addConstraint(LinearExpression.sum(group.map { host[$0] }) - most * LinearExpression(variable) <= 0,
                                    name: "hosted \(topic.id) in \(cityID) in \(calendarYear)")
                hosted.append((year, calendarYear, variable))
            }
        }

        for year in plannedYears.dropFirst() {
            let planYear = years.calendarYear(year)
            let count = LinearExpression.sum(byYear[year]!.map { host[$0] })
            let earlier = hosted.filter { $0.year < year }
            // Rule H8 no_repeat_host_years against the earlier planned years.
            for past in earlier where past.calendarYear >= planYear - rules.noRepeatHostYears {
                model.addConstraint(count + most * LinearExpression(past.variable) <= most,
                                    name: "H8 no repeat \(topic.id) in \(cityID) in \(planYear) after \(past.calendarYear)")
            }
            // Rotation: recent ≥ f(latest hosting) × meetings hosted in year k.
            let recent = model.addVariable(.continuous, name: "recent[\(topic.id),\(cityID),\(planYear)]")
            if let latestHistory {
                let factor = Self.rotationFactor(planYear, latestHistory)
                model.addConstraint(LinearExpression(recent) - factor * count >= 0,
                                    name: "rotation \(topic.id) in \(cityID) in \(planYear) after history")
            }
            for past in earlier {
                let factor = Self.rotationFactor(planYear, past.calendarYear)
                model.addConstraint(LinearExpression(recent) - factor * count - (factor * most) * LinearExpression(past.variable)
                                        >= -factor * most,
                                    name: "rotation \(topic.id) in \(cityID) in \(planYear) after \(past.calendarYear)")
            }
            model.minimise(LinearExpression(recent), weight: rules.weights.rotation)
        }
    }

    /// 1 / max(1, Y − year), the rotation term's weight of a hosting in `year` for a plan of Y.
    static func rotationFactor(_ planYear: Int, _ year: Int) -> Double {
        1 / Double(max(1, planYear - year))
    }

    // Fair rotation: by the end of each year every city that can host a topic has hosted it
    // ⌊M/H⌋ or ⌈M/H⌉ times, M the topic's meetings so far and H the number of such cities.
    private func addFairRotation(to model: inout Model, host: [Variable]) {
        let scenario = years.indexes[0].scenario
        for (topicIndex, topic) in scenario.topics.enumerated() {
            let cities = byPair.keys.filter { $0.topic == topicIndex }.sorted()
            guard !cities.isEmpty else { continue }
            // Only up to the years whose meetings the model plans.
            for year in 0..<years.count where (0...year).allSatisfy({ counted.contains(TopicYear(topic: topicIndex, year: $0)) }) {
                let meetings = topic.meetings * (year + 1)
                let least = meetings / cities.count
                let most = (meetings + cities.count - 1) / cities.count
                for pair in cities {
                    let upToYear = byPair[pair]!.filter { $0.key <= year }.values.flatMap { $0 }.sorted()
                    let hosted = LinearExpression.sum(upToYear.map { host[$0] })
                    let label = "fair rotation \(topic.id) in \(scenario.cities[pair.city].id) by \(years.calendarYear(year))"
                    model.addConstraint(hosted <= Double(most), name: label + " at most")
                    if least > 0 { model.addConstraint(hosted >= Double(least), name: label + " at least") }
                }
            }
        }
    }
}
