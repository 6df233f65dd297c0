import MIP

/// The hosting relaxation of a planning model: how many meetings of each topic each venue
/// hosts in each year, without their days.
///
/// Every objective term depends on where and in which year (for rotation across years, in which
/// calendar year) a meeting is hosted, never on its day. So one representative option per
/// (topic, venue, year, calendar year) with a whole-number count stands for all its first days.
/// The model keeps the rules on counts (H1, fixed meetings, one meeting of a topic per city,
/// meetings per city, the coupling of years and fair rotation) and replaces the rules between
/// days (H5–H7, city spacing, weekly limits) by bounds they imply: a venue holds at most as many
/// meetings as it has disjoint options, a city at most as many as fit its spacing. Every plan is
/// a solution of the same value, so the optimum is a lower bound of the plan's optimum.
struct HostingModel {
    /// The days model's option indices each representative stands for.
    let groups: [[Int]]
    /// The model over one representative option per group.
    let planning: PlanningModel
    /// Whether every count is 0 or 1, so that a set of groups is a whole assignment and
    /// excluding it (`excluded`) removes exactly that assignment.
    let isBinary: Bool

    /// A group of options: one topic at one venue in one year and calendar year.
    private struct GroupKey: Hashable, Comparable {
        var topic: Int
        var venue: Int
        var year: Int
        var calendarYear: Int

        static func < (lhs: GroupKey, rhs: GroupKey) -> Bool {
            (lhs.topic, lhs.venue, lhs.year, lhs.calendarYear) < (rhs.topic, rhs.venue, rhs.year, rhs.calendarYear)
        }
    }

    /// `excluded`: assignments (sets of groups, each holding one meeting) the model must not
    /// choose again; only meaningful when `isBinary`.
    init(_ index: ScenarioIndex, options: [MeetingOption], years: PlanningYears?, requirements: [MeetingRequirement],
         excluded: [[Int]]) {
        let scenario = index.scenario
        let rules = scenario.rules
        let byKey = Dictionary(grouping: options.indices) { position in
            let option = options[position]
            return GroupKey(topic: option.topic, venue: option.venue, year: option.year, calendarYear: option.firstDay.year)
        }.sorted { $0.key < $1.key }
        let groups = byKey.map(\.value)
        self.groups = groups

        var representatives: [MeetingOption] = []
        var counts = PlanningModel.HostCounts(fixed: [], most: [], limits: [])
        for group in groups {
            var representative = options[group[0]]
            representative.isFixed = false
            representative.isHeld = false
            representatives.append(representative)
            let topic = scenario.topics[representative.topic]
            let perPeriod = rules.distinctHostsPerTopic ? 1 : min(topic.meetings, rules.maxMeetingsPerCity ?? topic.meetings)
            let spaced = Self.mostSpaced(group.map { options[$0].firstDay }, apart: topic.minGapDays)
            counts.fixed.append(group.filter { options[$0].isFixed || options[$0].isHeld }.count)
            counts.most.append(min(perPeriod, spaced))
        }
        isBinary = counts.most.allSatisfy { $0 <= 1 }

        // Rule H5 across all topics and years: a venue's meetings are disjoint.
        let groupsByVenue = Dictionary(grouping: groups.indices) { representatives[$0].venue }
        for (venue, members) in groupsByVenue.sorted(by: { $0.key < $1.key }) {
            let most = Self.mostDisjoint(members.flatMap { groups[$0] }.map { options[$0] })
            if most < members.map({ counts.most[$0] }).reduce(0, +) {
                counts.limits.append((members, most, "H5 disjoint meetings at \(scenario.venues[venue].id)"))
            }
        }
        // Rule H8 min_days_between_city_meetings: a city's first days are spaced.
        if rules.minDaysBetweenCityMeetings >= 1 {
            let groupsByCity = Dictionary(grouping: groups.indices) { representatives[$0].city }
            for (city, members) in groupsByCity.sorted(by: { $0.key < $1.key }) {
                let firstDays = members.flatMap { groups[$0] }.map { options[$0].firstDay }
                let most = Self.mostSpaced(firstDays, apart: rules.minDaysBetweenCityMeetings)
                if most < members.map({ counts.most[$0] }).reduce(0, +) {
                    counts.limits.append((members, most, "H8 spaced meetings in \(scenario.cities[city].id)"))
                }
            }
        }
        for (position, assignment) in excluded.enumerated() {
            counts.limits.append((assignment, assignment.count - 1, "excluded assignment \(position + 1)"))
        }
        planning = PlanningModel(index, options: representatives, years: years, requirements: requirements,
                                 detail: .hosts(counts))
    }

    /// The groups a solution uses, with their counts, in group order.
    func assignment(_ result: SolveResult) -> [(group: Int, count: Int)] {
        groups.indices.compactMap { group in
            let count = Int(result.value(of: planning.host[group]).rounded())
            return count > 0 ? (group, count) : nil
        }
    }

    /// The most of `days` that can be chosen with any two at least `apart` days apart (all of
    /// them when `apart` is 0): the greedy choice of the earliest day that fits is optimal.
    private static func mostSpaced(_ days: [Day], apart: Int) -> Int {
        guard apart >= 1 else { return days.count }
        var chosen = 0
        var last: Day?
        for day in days.sorted() where last.map({ $0.distance(to: day) >= apart }) ?? true {
            chosen += 1
            last = day
        }
        return chosen
    }

    /// The most options with pairwise disjoint days: the greedy choice by earliest last day is
    /// optimal for intervals.
    private static func mostDisjoint(_ options: [MeetingOption]) -> Int {
        var chosen = 0
        var lastEnd: Day?
        for option in options.sorted(by: { $0.lastDay < $1.lastDay }) where lastEnd.map({ option.firstDay > $0 }) ?? true {
            chosen += 1
            lastEnd = option.lastDay
        }
        return chosen
    }
}
