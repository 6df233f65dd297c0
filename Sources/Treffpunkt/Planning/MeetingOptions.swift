/// Every usable (venue, first day) of every topic, after the rules that concern a single
/// meeting alone (H2, H3, H4, H6 availability, H8 no-repeat), with counts of what each
/// rule removed so that an empty result can be explained.
struct MeetingOptions {
    /// Why options of a topic were removed, counted at the first rule that removes each.
    struct Removals {
        var hostsOutsideTopic = 0
        var venuesTooSmall = 0
        var recentHosts = 0
        var disallowedWeekdays = 0
        var closedDays = 0
        var venueUnavailable = 0
        var staffUnavailable: [StaffMember.ID: Int] = [:]
        /// (venue, first day) pairs considered before any rule.
        var considered = 0
    }

    var options: [MeetingOption] = []
    var removals: [Removals]

    init(_ index: ScenarioIndex, closedDays: ClosedDays) {
        let scenario = index.scenario
        removals = Array(repeating: Removals(), count: scenario.topics.count)
        let blockedHosts = Set(scenario.barringHostings.map { TopicCity(topic: $0.topic, city: $0.city) })
        for (topicIndex, topic) in scenario.topics.enumerated() {
            let format = index.format(of: topic)
            let hosts = Set(topic.hosts)
            let staff = topic.staff.compactMap { index.staffMember[$0] }.map { scenario.staff[$0] }
            let lastFirstDay = scenario.period.upperBound.advanced(by: 1 - format.days)
            let firstDays = lastFirstDay < scenario.period.lowerBound ? [] : Array(scenario.period.lowerBound...lastFirstDay)
            for (venueIndex, venue) in scenario.venues.enumerated() {
                guard let cityIndex = index.city[venue.city] else { continue }
                let city = scenario.cities[cityIndex]
                removals[topicIndex].considered += firstDays.count
                if !hosts.contains(city.id) {
                    removals[topicIndex].hostsOutsideTopic += firstDays.count
                    continue
                }
                if venue.capacity < topic.attendees {
                    removals[topicIndex].venuesTooSmall += firstDays.count
                    continue
                }
                if blockedHosts.contains(TopicCity(topic: topic.id, city: city.id)) {
                    removals[topicIndex].recentHosts += firstDays.count
                    continue
                }
                for firstDay in firstDays {
                    let days = format.occupiedDays(from: firstDay)
                    if !format.startWeekdays.contains(firstDay.weekday) || days.contains(where: { !format.weekdays.contains($0.weekday) }) {
                        removals[topicIndex].disallowedWeekdays += 1
                    } else if days.contains(where: { closedDays.isClosed($0, hostedIn: city) }) {
                        removals[topicIndex].closedDays += 1
                    } else if !days.allSatisfy(venue.isBookable) {
                        removals[topicIndex].venueUnavailable += 1
                    } else if let absent = staff.first(where: { member in !days.allSatisfy(member.canWork) }) {
                        removals[topicIndex].staffUnavailable[absent.id, default: 0] += 1
                    } else {
                        options.append(MeetingOption(topic: topicIndex, venue: venueIndex, city: cityIndex,
                                                     firstDay: firstDay, days: days, isFixed: false))
                    }
                }
            }
        }
        addFixedMeetings(index)
    }

    /// Fixed meetings stand as decided: they are options even on closed days (H3 exemption).
    private mutating func addFixedMeetings(_ index: ScenarioIndex) {
        let scenario = index.scenario
        for fixed in scenario.fixed {
            guard let topicIndex = index.topic[fixed.topic], let venueIndex = index.venue[fixed.venue],
                  let cityIndex = index.city[scenario.venues[venueIndex].city] else { continue }
            let format = index.format(of: scenario.topics[topicIndex])
            let days = format.occupiedDays(from: fixed.start)
            if let existing = options.firstIndex(where: {
                $0.topic == topicIndex && $0.venue == venueIndex && $0.firstDay == fixed.start && !$0.isFixed
            }) {
                options[existing].isFixed = true
            } else {
                options.append(MeetingOption(topic: topicIndex, venue: venueIndex, city: cityIndex, firstDay: fixed.start,
                                             days: days, isFixed: true))
            }
        }
    }
}
