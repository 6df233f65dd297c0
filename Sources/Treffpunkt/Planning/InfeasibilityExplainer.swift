import Foundation


/// Finds why a scenario has no plan and says it in planners' words.
///
/// Before solving it looks for what a single topic or fixed meeting shows by itself: no
/// usable (venue, first day) at all and which rules removed them, too few host cities,
/// gaps that do not fit the usable dates. After an infeasible solve it solves each topic
/// alone to tell a topic that cannot be planned from topics that only conflict together, and
/// for those finds the conflicting rules and the relaxations that resolve them (`ConflictSearch`).
struct InfeasibilityExplainer {
    let index: ScenarioIndex
    let generated: MeetingOptions
    let planner: Planner

    var scenario: Scenario { index.scenario }

    func reasonsBeforeSolving() -> [String] {
        fixedMeetingConflicts() + fixedMeetingClashes() + scenario.topics.indices.flatMap(topicReasons)
    }

    /// Solves each topic alone, within what is left of the run's time until `deadline`.
    func reasonsAfterSolving(deadline: Date?) -> [String] {
        var reasons: [String] = []
        var undecided: [Topic.ID] = []
        var quiet = planner
        quiet.solveOptions.onProgress = nil
        quiet.solveOptions.onPhase = nil
        for (topicIndex, topic) in scenario.topics.enumerated() {
            if let deadline {
                quiet.solveOptions.timeLimit = deadline.timeIntervalSinceNow
                guard deadline.timeIntervalSinceNow > 0.01 else {
                    undecided.append(topic.id)
                    continue
                }
            }
            let alone = quiet.solve(index, options: generated.options.filter { $0.topic == topicIndex }, topics: [topicIndex])
            switch alone.result.status {
            case .infeasible:
                reasons.append("topic '\(topic.id)' cannot be planned even on its own: its \(topic.meetings) meetings, "
                    + "gaps (min \(topic.minGapDays), max \(topic.maxGapDays.map(String.init) ?? "none") days), staff "
                    + "limits and host-city rules leave no combination of usable dates")
            case .optimal, .feasible:
                break
            case .unbounded, .noSolution, .failed:
                undecided.append(topic.id)
            }
        }
        if !undecided.isEmpty {
            reasons.append("within the time limit it could not be decided whether these topics can be planned on "
                + "their own: \(undecided.map { "'\($0)'" }.joined(separator: ", "))")
        } else if reasons.isEmpty {
            reasons += conflictReasons(deadline: deadline)
        }
        return reasons
    }

    /// A decided meeting that breaks a rule the loader cannot see alone: an unavailable venue
    /// or staff member, or a host excluded by `no_repeat_host_years`.
    private func fixedMeetingConflicts() -> [String] {
        var reasons: [String] = []
        for fixed in scenario.fixed {
            guard let topic = index.topic[fixed.topic].map({ scenario.topics[$0] }),
                  let venue = index.venue[fixed.venue].map({ scenario.venues[$0] }) else { continue }
            let days = index.format(of: topic).occupiedDays(from: fixed.start)
            let what = "the fixed meeting of '\(topic.id)' on \(fixed.start) at '\(venue.id)'"
            if let day = days.first(where: { !venue.isBookable(on: $0) }) {
                reasons.append("\(what) needs the venue, but it is unavailable on \(day)")
            }
            for id in topic.staff {
                guard let member = index.staffMember[id].map({ scenario.staff[$0] }),
                      let day = days.first(where: { !member.canWork(on: $0) }) else { continue }
                reasons.append("\(what) needs staff member '\(member.id)', who is unavailable on \(day)")
            }
            let barring = scenario.barringHostings.filter { $0.topic == topic.id && $0.city == venue.city }
            if let last = barring.map(\.start).max() {
                reasons.append("\(what) is in '\(venue.city)', which hosted the topic on \(last); "
                    + "no_repeat_host_years \(scenario.rules.noRepeatHostYears) forbids hosting it again")
            }
        }
        return reasons
    }

    /// Two decided meetings that cannot both stand: one venue on one day, one staff member
    /// without rest between them, one topic too close together or twice in one city.
    private func fixedMeetingClashes() -> [String] {
        struct Decided {
            var topic: Topic
            var venue: Venue
            var days: [Day]
            var label: String
        }
        let decided: [Decided] = scenario.fixed.compactMap { fixed in
            guard let topic = index.topic[fixed.topic].map({ scenario.topics[$0] }),
                  let venue = index.venue[fixed.venue].map({ scenario.venues[$0] }) else { return nil }
            let days = index.format(of: topic).occupiedDays(from: fixed.start)
            return Decided(topic: topic, venue: venue, days: days, label: "'\(topic.id)' on \(fixed.start) at '\(venue.id)'")
        }
        let rest = scenario.rules.staffRestDays
        var reasons: [String] = []
        for (position, first) in decided.enumerated() {
            for second in decided[(position + 1)...] {
                let both = "the fixed meetings \(first.label) and \(second.label)"
                if first.venue.id == second.venue.id, !Set(first.days).isDisjoint(with: second.days) {
                    reasons.append("\(both) need the same venue on the same day")
                }
                let (earlier, later) = first.days[0] <= second.days[0] ? (first, second) : (second, first)
                let freeDays = earlier.days[earlier.days.count - 1].distance(to: later.days[0]) - 1
                if let member = first.topic.staff.first(where: second.topic.staff.contains), freeDays < rest {
                    reasons.append("\(both) leave staff member '\(member)' \(max(0, freeDays)) free days; staff_rest_days asks for \(rest)")
                }
                guard first.topic.id == second.topic.id else { continue }
                let apart = earlier.days[0].distance(to: later.days[0])
                if apart < first.topic.minGapDays {
                    reasons.append("\(both) are \(apart) days apart; the topic's min_gap_days is \(first.topic.minGapDays)")
                }
                if scenario.rules.distinctHostsPerTopic && first.venue.city == second.venue.city {
                    reasons.append("\(both) are both in '\(first.venue.city)'; distinct_hosts_per_topic asks for different cities")
                }
            }
        }
        return reasons
    }

    private func topicReasons(_ topicIndex: Int) -> [String] {
        let topic = scenario.topics[topicIndex]
        let options = generated.options.filter { $0.topic == topicIndex }
        let fixedCount = options.filter(\.isFixed).count
        let free = options.filter { !$0.isFixed }
        if topic.meetings > fixedCount && free.isEmpty {
            return [noOptionsReason(topicIndex)]
        }
        var reasons: [String] = []
        let cities = Set(options.map(\.city))
        if scenario.rules.distinctHostsPerTopic && cities.count < topic.meetings {
            let names = cities.map { scenario.cities[$0].id.rawValue }.sorted().joined(separator: ", ")
            reasons.append("topic '\(topic.id)' needs \(topic.meetings) different host cities, but only \(cities.count) "
                + "have usable dates\(names.isEmpty ? "" : " (\(names))")")
        }
        let firstDays = Set(options.map(\.firstDay)).sorted()
        let fitting = mostMeetingsFitting(firstDays, minGap: topic.minGapDays)
        if topic.minGapDays > 0, fitting < topic.meetings, let first = firstDays.first, let last = firstDays.last {
            reasons.append("topic '\(topic.id)' needs \(topic.meetings) meetings at least \(topic.minGapDays) days apart, "
                + "but its usable first days (\(first) to \(last)) fit at most \(fitting)")
        }
        return reasons
    }

    /// Explains a topic without a single usable option, naming each rule that removed some.
    private func noOptionsReason(_ topicIndex: Int) -> String {
        let topic = scenario.topics[topicIndex]
        let removed = generated.removals[topicIndex]
        let hostVenues = scenario.venues.filter { topic.hosts.contains($0.city) }
        if hostVenues.isEmpty {
            return "topic '\(topic.id)' has no venue in any of its host cities (\(topic.hosts.map(\.rawValue).joined(separator: ", ")))"
        }
        if let largest = hostVenues.map(\.capacity).max(), largest < topic.attendees {
            return "topic '\(topic.id)' expects \(topic.attendees) attendees, but no venue in its host cities holds "
                + "more than \(largest)"
        }
        for id in topic.staff {
            guard let member = index.staffMember[id].map({ scenario.staff[$0] }) else { continue }
            if !scenario.period.contains(where: member.canWork) {
                return "topic '\(topic.id)' needs staff member '\(member.id)', who is unavailable throughout the period"
            }
        }
        var parts: [String] = []
        func note(_ count: Int, _ text: String) {
            if count > 0 { parts.append("\(count) \(text)") }
        }
        note(removed.hostsOutsideTopic, "are at venues outside its host cities")
        note(removed.venuesTooSmall, "are at venues too small for its \(topic.attendees) attendees")
        note(removed.recentHosts, "are in cities that hosted it recently (no_repeat_host_years)")
        note(removed.disallowedWeekdays, "fall on weekdays its format '\(topic.format)' does not allow")
        note(removed.closedDays, "touch closed days (public holidays, extra_holidays, blackouts, state_blackouts)")
        note(removed.venueUnavailable, "touch days the venue is unavailable (or not among its available dates)")
        for (member, count) in removed.staffUnavailable.sorted(by: { $0.key < $1.key }) {
            note(count, "touch days staff member '\(member)' is unavailable (or does not work)")
        }
        return "topic '\(topic.id)' has no usable venue and first day: of \(removed.considered) (venue, first day) pairs "
            + "in the period, " + parts.joined(separator: ", ")
    }

    /// The most first days that can be chosen at least `minGap` days apart (earliest-first is optimal).
    private func mostMeetingsFitting(_ sortedDays: [Day], minGap: Int) -> Int {
        var count = 0
        var last: Day?
        for day in sortedDays where last.map({ $0.distance(to: day) >= minGap }) ?? true {
            count += 1
            last = day
        }
        return count
    }
}
