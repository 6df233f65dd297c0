/// The explanation as lines for planners; every sentence comes from `ExplanationText`.
extension PlanExplanation {
    /// "Monitoring #2", by the topic's name.
    func label(_ topic: Topic.ID, _ number: Int) -> String {
        "\(scenario.topic(topic)?.name ?? topic.rawValue) #\(number)"
    }

    func cityName(_ id: City.ID) -> String { scenario.city(id)?.name ?? id.rawValue }

    /// Each term in its unit, then what drives it; `journeys` of the longest are listed.
    public func render(description: String, journeys shown: Int = 3, messages: Messages = .english) -> String {
        var lines = [ExplanationText.header(description, scenario: plan.scenario.name, total: plan.objective.total, messages)]
        if !matchesPlan { lines.append(messages[.explainStale]) }
        for term in terms {
            lines.append("  " + ExplanationText.termLine(name: term.name, weighted: term.weighted,
                                                            inUnit: term.name == "changes" ? nil : (term.amount, term.weight),
                                                            messages))
            lines.append("      " + ExplanationText.meaning(term.name, messages))
            lines += drivers(of: term.name, journeys: shown, messages).map { "      " + $0 }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func drivers(of term: String, journeys shown: Int, _ messages: Messages) -> [String] {
        switch term {
        case "travel":
            return [messages[.explainLongestJourneys]] + journeys.prefix(shown).map {
                "  " + ExplanationText.journey(label($0.topic, $0.number), city: cityName($0.city), personKm: $0.personKilometres,
                                               farthest: $0.farthestCity.map(cityName), km: $0.farthestKilometres, messages)
            }
        case "rotation":
            if rotationPenalties.isEmpty { return [messages[.explainNoRotation]] }
            return rotationPenalties.map {
                ExplanationText.rotation(label($0.topic, $0.number), city: cityName($0.city), earlier: $0.earlierStart,
                                         plan: $0.earlierPlan, years: $0.yearsBefore, points: $0.points, messages)
            }
        case "balance":
            if repeatedHosts.isEmpty { return [messages[.explainNoRepeatedHost]] }
            return repeatedHosts.map { host in
                ExplanationText.repeatedHost(cityName(host.city), meetings: host.meetings.map { label($0.topic, $0.number) },
                                             messages)
            }
        case "offers":
            return [offeredHostings.isEmpty ? messages[.explainNoOffers] : ExplanationText.offered(offeredHostings.count, messages)]
        default:
            return []
        }
    }

    /// One meeting's share of each term.
    public func render(_ share: MeetingShare, messages: Messages = .english) -> String {
        var lines = [ExplanationText.meetingHeader(label(share.topic, share.number), day: share.firstDay, city: cityName(share.city),
                                                   venue: scenario.venue(share.venue)?.name ?? share.venue.rawValue, messages)]
        for term in share.terms {
            lines.append("  " + ExplanationText.shareLine(name: term.name, weighted: term.weighted, fraction: term.fraction, messages))
        }
        if let rotation = share.rotation {
            lines.append("  " + ExplanationText.rotation(label(rotation.topic, rotation.number), city: cityName(rotation.city),
                                                         earlier: rotation.earlierStart, plan: rotation.earlierPlan,
                                                         years: rotation.yearsBefore, points: rotation.points, messages))
        }
        if !share.sameCity.isEmpty {
            lines.append("  " + ExplanationText.sameCity(cityName(share.city), others: share.sameCity.map { label($0.topic, $0.number) }, messages))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// An alternative: where the meeting went, the extra cost, and what else changed.
    public func render(_ alternative: PlanAlternatives.Alternative, messages: Messages = .english) -> String {
        let requirement = alternative.requirement
        var place = [requirement.city.map(cityName), requirement.venue.map { scenario.venue($0)?.name ?? $0.rawValue },
                     requirement.firstDay.map(messages.numericDate)].compactMap { $0 }.joined(separator: ", ")
        switch alternative.outcome {
        case .planned(let resolved):
            if let meeting = alternative.meeting {
                place = "\(messages.numericDate(meeting.firstDay)) \(cityName(meeting.city)), \(scenario.venue(meeting.venue)?.name ?? meeting.venue.rawValue)"
            }
            var lines = [ExplanationText.alternativeLine(place, total: resolved.objective.total, extra: alternative.extraCost ?? 0,
                                                         optimal: resolved.status == .optimal, messages)]
            if let diff = alternative.changes {
                // Dates do not enter the objective: date-only moves are counted, not listed.
                var places = diff
                places.moved.removeAll { !$0.venueChanged }
                let dateOnly = diff.moved.count - places.moved.count
                if places.isEmpty {
                    lines.append("  " + ExplanationText.noPlaceChanges(messages))
                } else {
                    lines += places.render(names: scenario, messages: messages).split(separator: "\n").dropLast().map { "  " + $0 }
                }
                if dateOnly > 0 { lines.append("  " + ExplanationText.dateOnlyMoves(dateOnly, messages)) }
            }
            return lines.joined(separator: "\n") + "\n"
        case .infeasible(let reasons):
            return ExplanationText.noAlternative(place, reasons: reasons.map { $0.text(messages) }, messages) + "\n"
        case .noPlanFound(let reason):
            return ExplanationText.noAlternative(place, reasons: ["\(reason)"], messages) + "\n"
        case .solverFailed(let reason):
            return ExplanationText.noAlternative(place, reasons: [reason], messages) + "\n"
        }
    }
}
