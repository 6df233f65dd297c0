import Foundation

/// Topics that conflict only together: the conflicting rule groups with names and counts,
/// then the relaxations that leave a plan (`ConflictSearch`).
extension InfeasibilityExplainer {
    func conflictReasons(deadline: Date?) -> [Reason] {
        let search = ConflictSearch(scenario: scenario, planner: planner, deadline: deadline)
        let result = search.run()
        var reasons = [Reason(result.minimal ? .conflictHeaderMinimal : .conflictHeaderCut)]
        reasons += result.conflict.map(describe)
        reasons += result.relaxations.map {
            Reason($0.optimal ? .relaxationFound : .relaxationFoundNotOptimal, .phrase($0.text), .number($0.total))
        }
        if result.relaxations.isEmpty && result.relaxationsComplete { reasons.append(Reason(.noRelaxation)) }
        if !result.relaxationsComplete { reasons.append(Reason(.relaxationsCut)) }
        return reasons
    }

    /// A conflicting group with the counts that make it bind.
    private func describe(_ kind: ConflictSearch.Group.Kind) -> Reason {
        switch kind {
        case .topic(let id):
            guard let topicIndex = index.topic[id] else { return Reason(.conflictTopic, "\(id)") }
            let topic = scenario.topics[topicIndex]
            let options = generated.options.filter { $0.topic == topicIndex }
            let days = index.format(of: topic).days
            let hosts = Set(options.map(\.city)).count
            return Reason(.conflictTopicNeed, "\(id)", "\(topic.meetings)", "\(days)", Reason.count(days, .wordDay, .wordDays),
                          usable(Set(options.map { $0.firstDay })), "\(hosts)", Reason.count(hosts, .wordHostCity, .wordHostCities))
        case .staff(let id):
            guard let member = scenario.staffMember(id) else { return Reason(.conflictStaff, "\(id)") }
            let topics = scenario.topics.indices.filter { scenario.topics[$0].staff.contains(id) }
            let options = generated.options.filter { topics.contains($0.topic) }
            let needed = topics.map { scenario.topics[$0].meetings }.reduce(0, +)
            let days = topics.map { index.format(of: scenario.topics[$0]).days }.max() ?? 1
            let room = mostDisjoint(options, rest: scenario.rules.staffRestDays)
            let names = topics.map { "\(scenario.topics[$0].id) \(scenario.topics[$0].meetings)" }
            if room < needed || member.maxMeetingsPerMonth == nil {
                return Reason(.conflictStaffNeed, "\(id)", "\(needed)", "\(days)", Reason.count(days, .wordDay, .wordDays),
                              .text(names.joined(separator: ", ")), "\(room)", usable(Set(options.map { $0.firstDay })))
            }
            let months = Set(options.map { $0.firstDay.year * 12 + $0.firstDay.month }).count
            let limit = member.maxMeetingsPerMonth!
            return Reason(.conflictStaffMonthly, "\(id)", "\(limit)", "\(months)", Reason.count(months, .wordMonth, .wordMonths),
                          "\(limit * months)", "\(needed)")
        case .venue(let id):
            guard let venueIndex = index.venue[id] else { return Reason(.conflictVenue, "\(id)") }
            let options = generated.options.filter { $0.venue == venueIndex }
            let topics = Set(options.map { scenario.topics[$0.topic].id.rawValue }).sorted()
            return Reason(.conflictVenueShared, "\(id)", .text(topics.joined(separator: ", ")), "\(Set(options.flatMap(\.days)).count)")
        case .rule(let name):
            let rules = scenario.rules
            let value = switch name {
            case "max_meetings_per_city": "\(rules.maxMeetingsPerCity ?? 0)"
            case "max_meetings_per_week": "\(rules.maxMeetingsPerWeek ?? 0)"
            case "min_days_between_city_meetings": "\(rules.minDaysBetweenCityMeetings)"
            case "staff_rest_days": "\(rules.staffRestDays)"
            default: "\(rules.distinctHostsPerTopic)"
            }
            return Reason(.conflictRuleValue, "\(name)", "\(value)")
        case .fixed(let position):
            let fixed = scenario.fixed[position]
            return Reason(.conflictFixedMeeting, "\(fixed.topic)", .day(fixed.start), "\(fixed.venue)")
        case .closedDays(let name):
            return Reason(.conflictClosedDays, "\(name)")
        }
    }

    /// "5 usable Mondays" when every first day is one weekday, else "12 usable first days".
    private func usable(_ firstDays: Set<Day>) -> Reason.Argument {
        let weekdays = Set(firstDays.map(\.weekday))
        let usable = weekdays.count == 1
            ? Reason(.usableWeekdays, "\(firstDays.count)", Reason.weekday(weekdays.first!))
            : Reason(.usableFirstDays, "\(firstDays.count)")
        return .phrases([usable], separator: "")
    }

    /// The most options whose days plus `rest` free days do not overlap (earliest end first is optimal).
    private func mostDisjoint(_ options: [MeetingOption], rest: Int) -> Int {
        var count = 0
        var free: Day?
        for option in options.sorted(by: { $0.lastDay < $1.lastDay }) where free.map({ option.firstDay >= $0 }) ?? true {
            count += 1
            free = option.lastDay.advanced(by: rest + 1)
        }
        return count
    }
}
