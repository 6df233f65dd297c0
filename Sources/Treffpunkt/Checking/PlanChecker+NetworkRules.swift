/// Rule H8: the network-wide rules on hosting (`rules` in the scenario).
extension PlanChecker {
    static func networkRuleViolations(_ meetings: [CheckedMeeting], _ scenario: Scenario) -> [CheckReport.Violation] {
        let rules = scenario.rules
        var violations: [CheckReport.Violation] = []
        let byCity = Dictionary(grouping: meetings) { $0.host.id }.sorted { $0.key < $1.key }

        // distinct_hosts_per_topic: a topic's meetings go to different cities.
        if rules.distinctHostsPerTopic {
            for topic in scenario.topics {
                let byHost = Dictionary(grouping: meetings.filter { $0.topic.id == topic.id }) { $0.host.id }
                for (city, hosted) in byHost.sorted(by: { $0.key < $1.key }) where hosted.count > 1 {
                    let ordered = hosted.sorted(by: CheckedMeeting.byFirstDay)
                    violations.append(violation("H8", .checkDistinctHosts, "\(city)", "\(topic.id)", "\(hosted.count)",
                                                    "\(ordered.map(\.longLabel).joined(separator: ", "))"))
                }
            }
        }

        // max_meetings_per_city: meetings hosted by one city, all topics.
        if let limit = rules.maxMeetingsPerCity {
            for (city, hosted) in byCity where hosted.count > limit {
                violations.append(violation("H8", .checkCityLimit, "\(city)", "\(hosted.count)", "\(limit)"))
            }
        }

        // min_days_between_city_meetings: first days of meetings in one city. Consecutive first
        // days suffice: when two meetings start too close, so do two consecutive ones between them.
        if rules.minDaysBetweenCityMeetings > 0 {
            for (city, hosted) in byCity {
                let ordered = hosted.sorted { ($0.firstDay, $0.index) < ($1.firstDay, $1.index) }
                for (earlier, later) in zip(ordered, ordered.dropFirst()) {
                    let gap = earlier.firstDay.distance(to: later.firstDay)
                    if gap < rules.minDaysBetweenCityMeetings {
                        violations.append(violation("H8", .checkCityGap, "\(city)", "\(earlier.longLabel)", "\(later.longLabel)",
                                                        "\(gap)", "\(rules.minDaysBetweenCityMeetings)"))
                    }
                }
            }
        }

        // max_meetings_per_week: first days in one ISO week, network-wide.
        if let limit = rules.maxMeetingsPerWeek {
            let byWeek = Dictionary(grouping: meetings) { $0.firstDay.isoWeek.year * 100 + $0.firstDay.isoWeek.week }
            for (key, starting) in byWeek.sorted(by: { $0.key < $1.key }) where starting.count > limit {
                let week = "\(key / 100)-W\(key % 100 < 10 ? "0" : "")\(key % 100)"
                let ordered = starting.sorted { ($0.firstDay, $0.index) < ($1.firstDay, $1.index) }
                violations.append(violation("H8", .checkWeekLimit, "\(starting.count)", "\(week)",
                                            "\(ordered.map(\.longLabel).joined(separator: ", "))", "\(limit)"))
            }
        }

        // no_repeat_host_years N ≥ 1: no host that hosted the topic in calendar years Y−N … Y before
        // the period; 0 turns the rule off.
        guard rules.noRepeatHostYears > 0 else { return violations }
        let year = scenario.period.lowerBound.year
        let window = (year - rules.noRepeatHostYears)...year
        for meeting in meetings {
            let recent = scenario.history.filter { past in
                past.topic == meeting.topic.id && past.city == meeting.host.id
                    && past.start < scenario.period.lowerBound && window.contains(past.start.year)
            }
            if let latest = recent.map(\.start).max() {
                violations.append(violation("H8", .checkRepeatHost, "\(meeting.longLabel)", "\(meeting.host.id)", "\(meeting.topic.id)",
                                            .day(latest), "\(rules.noRepeatHostYears)", "\(window.lowerBound)",
                                            "\(window.upperBound)"))
            }
        }
        return violations
    }
}
