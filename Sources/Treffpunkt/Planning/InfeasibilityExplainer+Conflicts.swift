import Foundation

/// Topics that conflict only together: the conflicting rule groups with names and counts,
/// then the relaxations that leave a plan (`ConflictSearch`).
extension InfeasibilityExplainer {
    func conflictReasons(deadline: Date?) -> [String] {
        let search = ConflictSearch(scenario: scenario, planner: planner, deadline: deadline)
        let result = search.run()
        var reasons = [ExplanationText.conflictHeader(minimal: result.minimal)]
        reasons += result.conflict.map(describe)
        reasons += result.relaxations.map { ExplanationText.relaxation($0.text, total: $0.total, optimal: $0.optimal) }
        if result.relaxations.isEmpty && result.relaxationsComplete { reasons.append(ExplanationText.noRelaxation) }
        if !result.relaxationsComplete { reasons.append(ExplanationText.relaxationsCut) }
        return reasons
    }

    /// A conflicting group with the counts that make it bind.
    private func describe(_ kind: ConflictSearch.Group.Kind) -> String {
        switch kind {
        case .topic(let id):
            guard let topicIndex = index.topic[id] else { return ConflictSearch.name(kind) }
            let topic = scenario.topics[topicIndex]
            let options = generated.options.filter { $0.topic == topicIndex }
            return ExplanationText.topicNeed(id, meetings: topic.meetings, days: index.format(of: topic).days,
                                             usable: usable(Set(options.map { $0.firstDay })), hosts: Set(options.map(\.city)).count)
        case .staff(let id):
            guard let member = scenario.staffMember(id) else { return ConflictSearch.name(kind) }
            let topics = scenario.topics.indices.filter { scenario.topics[$0].staff.contains(id) }
            let options = generated.options.filter { topics.contains($0.topic) }
            let needed = topics.map { scenario.topics[$0].meetings }.reduce(0, +)
            let days = topics.map { index.format(of: scenario.topics[$0]).days }.max() ?? 1
            let room = mostDisjoint(options, rest: scenario.rules.staffRestDays)
            let names = topics.map { "\(scenario.topics[$0].id) \(scenario.topics[$0].meetings)" }
            if room < needed || member.maxMeetingsPerMonth == nil {
                return ExplanationText.staffNeed(id, meetings: needed, days: days, topics: names, room: room,
                                                 usable: usable(Set(options.map { $0.firstDay })))
            }
            let months = Set(options.map { $0.firstDay.year * 12 + $0.firstDay.month }).count
            return ExplanationText.staffMonthly(id, limit: member.maxMeetingsPerMonth!, months: months, meetings: needed)
        case .venue(let id):
            guard let venueIndex = index.venue[id] else { return ConflictSearch.name(kind) }
            let options = generated.options.filter { $0.venue == venueIndex }
            let topics = Set(options.map { scenario.topics[$0.topic].id.rawValue }).sorted()
            return ExplanationText.venueShared(id, topics: topics, days: Set(options.flatMap(\.days)).count)
        case .rule(let name):
            let rules = scenario.rules
            let value = switch name {
            case "max_meetings_per_city": "\(rules.maxMeetingsPerCity ?? 0)"
            case "max_meetings_per_week": "\(rules.maxMeetingsPerWeek ?? 0)"
            case "min_days_between_city_meetings": "\(rules.minDaysBetweenCityMeetings)"
            case "staff_rest_days": "\(rules.staffRestDays)"
            default: "\(rules.distinctHostsPerTopic)"
            }
            return ExplanationText.ruleValue(name, value)
        case .fixed(let position):
            let fixed = scenario.fixed[position]
            return ExplanationText.fixedMeeting(topic: fixed.topic, start: fixed.start, venue: fixed.venue)
        case .closedDays(let name):
            return ExplanationText.closedDays(name)
        }
    }

    /// "5 usable Mondays" when every first day is one weekday, else "12 usable first days".
    private func usable(_ firstDays: Set<Day>) -> String {
        let weekdays = Set(firstDays.map(\.weekday))
        return ExplanationText.usableFirstDays(firstDays.count, weekday: weekdays.count == 1 ? weekdays.first : nil)
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
