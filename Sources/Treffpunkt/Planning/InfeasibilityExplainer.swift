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

    func reasonsBeforeSolving() -> [Reason] {
        fixedMeetingConflicts() + fixedMeetingClashes() + scenario.topics.indices.flatMap(topicReasons)
    }

    /// Solves each topic alone, within what is left of the run's time until `deadline`.
    func reasonsAfterSolving(deadline: Date?) -> [Reason] {
        var reasons: [Reason] = []
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
            let alone = quiet.solve(index, options: generated.options.filter { $0.topic == topicIndex }, counted: TopicYear.all([topicIndex], years: 1))
            switch alone.result.status {
            case .infeasible:
                reasons.append(Reason(.reasonTopicAlone, "\(topic.id)", "\(topic.meetings)", "\(topic.minGapDays)",
                                      topic.maxGapDays.map { .text(String($0)) } ?? .phrase(Reason(.wordNone))))
            case .optimal, .feasible:
                break
            case .unbounded, .noSolution, .failed:
                undecided.append(topic.id)
            }
        }
        if !undecided.isEmpty {
            reasons.append(Reason(.reasonUndecided, .text(undecided.map { "'\($0)'" }.joined(separator: ", "))))
        } else if reasons.isEmpty {
            reasons += conflictReasons(deadline: deadline)
        }
        return reasons
    }

    /// A decided meeting that breaks a rule the loader cannot see alone: an unavailable venue
    /// or staff member, or a host excluded by `no_repeat_host_years`.
    private func fixedMeetingConflicts() -> [Reason] {
        var reasons: [Reason] = []
        for fixed in scenario.fixed {
            guard let topic = index.topic[fixed.topic].map({ scenario.topics[$0] }),
                  let venue = index.venue[fixed.venue].map({ scenario.venues[$0] }) else { continue }
            let days = index.format(of: topic).occupiedDays(from: fixed.start)
            let what: [Reason.Argument] = ["\(topic.id)", .day(fixed.start), "\(venue.id)"]
            if let day = days.first(where: { !venue.isBookable(on: $0) }) {
                reasons.append(Reason(.reasonFixedVenueUnavailable, what + [.day(day)]))
            }
            for id in topic.staff {
                guard let member = index.staffMember[id].map({ scenario.staff[$0] }),
                      let day = days.first(where: { !member.canWork(on: $0) }) else { continue }
                reasons.append(Reason(.reasonFixedStaffUnavailable, what + ["\(member.id)", .day(day)]))
            }
            let barring = scenario.barringHostings.filter { $0.topic == topic.id && $0.city == venue.city }
            if let last = barring.map(\.start).max() {
                reasons.append(Reason(.reasonFixedRecentHost,
                                      what + ["\(venue.city)", .day(last), "\(scenario.rules.noRepeatHostYears)"]))
            }
        }
        return reasons
    }

    /// Two decided meetings that cannot both stand: one venue on one day, one staff member
    /// without rest between them, one topic too close together or twice in one city.
    private func fixedMeetingClashes() -> [Reason] {
        struct Decided {
            var topic: Topic
            var venue: Venue
            var days: [Day]
            /// Topic, first day and venue, as the reasons name the meeting.
            var label: [Reason.Argument]
        }
        let decided: [Decided] = scenario.fixed.compactMap { fixed in
            guard let topic = index.topic[fixed.topic].map({ scenario.topics[$0] }),
                  let venue = index.venue[fixed.venue].map({ scenario.venues[$0] }) else { return nil }
            let days = index.format(of: topic).occupiedDays(from: fixed.start)
            return Decided(topic: topic, venue: venue, days: days, label: ["\(topic.id)", .day(fixed.start), "\(venue.id)"])
        }
        let rest = scenario.rules.staffRestDays
        var reasons: [Reason] = []
        for (position, first) in decided.enumerated() {
            for second in decided[(position + 1)...] {
                let both = first.label + second.label
                if first.venue.id == second.venue.id, !Set(first.days).isDisjoint(with: second.days) {
                    reasons.append(Reason(.reasonFixedSameVenue, both))
                }
                let (earlier, later) = first.days[0] <= second.days[0] ? (first, second) : (second, first)
                let freeDays = earlier.days[earlier.days.count - 1].distance(to: later.days[0]) - 1
                if let member = first.topic.staff.first(where: second.topic.staff.contains), freeDays < rest {
                    reasons.append(Reason(.reasonFixedStaffRest, both + ["\(member)", "\(max(0, freeDays))", "\(rest)"]))
                }
                guard first.topic.id == second.topic.id else { continue }
                let apart = earlier.days[0].distance(to: later.days[0])
                if apart < first.topic.minGapDays {
                    reasons.append(Reason(.reasonFixedTooClose, both + ["\(apart)", "\(first.topic.minGapDays)"]))
                }
                if scenario.rules.distinctHostsPerTopic && first.venue.city == second.venue.city {
                    reasons.append(Reason(.reasonFixedSameCity, both + ["\(first.venue.city)"]))
                }
            }
        }
        return reasons
    }

    private func topicReasons(_ topicIndex: Int) -> [Reason] {
        let topic = scenario.topics[topicIndex]
        let options = generated.options.filter { $0.topic == topicIndex }
        let fixedCount = options.filter(\.isFixed).count
        let free = options.filter { !$0.isFixed }
        if topic.meetings > fixedCount && free.isEmpty {
            return [noOptionsReason(topicIndex)]
        }
        var reasons: [Reason] = []
        let cities = Set(options.map(\.city))
        if scenario.rules.distinctHostsPerTopic && cities.count < topic.meetings {
            let names = cities.map { scenario.cities[$0].id.rawValue }.sorted().joined(separator: ", ")
            reasons.append(Reason(.reasonTooFewHostCities, "\(topic.id)", "\(topic.meetings)", "\(cities.count)",
                                  names.isEmpty ? "" : " (\(names))"))
        }
        let firstDays = Set(options.map(\.firstDay)).sorted()
        let fitting = mostMeetingsFitting(firstDays, minGap: topic.minGapDays)
        if topic.minGapDays > 0, fitting < topic.meetings, let first = firstDays.first, let last = firstDays.last {
            reasons.append(Reason(.reasonGapsDoNotFit, "\(topic.id)", "\(topic.meetings)", "\(topic.minGapDays)",
                                  .day(first), .day(last), "\(fitting)"))
        }
        return reasons
    }

    /// Explains a topic without a single usable option, naming each rule that removed some.
    private func noOptionsReason(_ topicIndex: Int) -> Reason {
        let topic = scenario.topics[topicIndex]
        let removed = generated.removals[topicIndex]
        let hostVenues = scenario.venues.filter { topic.hosts.contains($0.city) }
        if hostVenues.isEmpty {
            return Reason(.reasonNoVenue, "\(topic.id)", .text(topic.hosts.map(\.rawValue).joined(separator: ", ")))
        }
        if let largest = hostVenues.map(\.capacity).max(), largest < topic.attendees {
            return Reason(.reasonVenuesTooSmall, "\(topic.id)", "\(topic.attendees)", "\(largest)")
        }
        for id in topic.staff {
            guard let member = index.staffMember[id].map({ scenario.staff[$0] }) else { continue }
            if !scenario.period.contains(where: member.canWork) {
                return Reason(.reasonStaffNeverAvailable, "\(topic.id)", "\(member.id)")
            }
        }
        var parts: [Reason] = []
        func note(_ count: Int, _ key: MessageKey, _ more: Reason.Argument...) {
            if count > 0 { parts.append(Reason(key, ["\(count)"] + more)) }
        }
        note(removed.hostsOutsideTopic, .removedOutsideHosts)
        note(removed.venuesTooSmall, .removedTooSmall, "\(topic.attendees)")
        note(removed.recentHosts, .removedRecentHosts)
        note(removed.disallowedWeekdays, .removedWeekdays, "\(topic.format)")
        note(removed.closedDays, .removedClosedDays)
        note(removed.venueUnavailable, .removedVenueUnavailable)
        for (member, count) in removed.staffUnavailable.sorted(by: { $0.key < $1.key }) {
            note(count, .removedStaffUnavailable, "\(member)")
        }
        return Reason(.reasonNoOptions, "\(topic.id)", "\(removed.considered)", .phrases(parts, separator: ", "))
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
