/// The plan a re-plan starts from: the meetings it must keep (before the freeze day) and the
/// meetings it should keep where it can, with the weights of each kind of change.
struct ReplanReference {
    /// Where and when a meeting of a topic starts, by ids.
    struct Place: Hashable {
        var topic: Topic.ID
        var venue: Venue.ID
        var city: City.ID
        var firstDay: Day
    }

    /// Reference meetings whose first day is on or after the freeze day; moving or dropping one costs.
    let movable: [Place]
    /// Reference meetings before the freeze day that are not also `fixed[]` entries of the
    /// scenario: kept as fixed meetings, but not reported as fixed in the plan.
    let frozenOnly: Set<Place>
    /// No meeting other than a fixed or frozen one starts before this day.
    let freezeBefore: Day?
    let weights: ObjectiveWeights

    /// Splits the reference plan's meetings at the freeze day; returns the scenario with the
    /// frozen meetings added to `fixed[]`, or the frozen meetings the scenario cannot place.
    static func make(_ scenario: Scenario, reference: Plan, freezeBefore: Day?)
        -> Result<(ReplanReference, Scenario), UnplaceableMeetings> {
        var edited = scenario
        var movable: [Place] = []
        var frozenOnly = Set<Place>()
        var unplaceable: [Reason] = []
        for meeting in reference.meetings {
            guard let firstDay = meeting.dates.first else {
                unplaceable.append(Reason(.reasonReferenceNoDates, "\(meeting.topic)", "\(meeting.number)"))
                continue
            }
            let place = Place(topic: meeting.topic, venue: meeting.venue, city: meeting.city, firstDay: firstDay)
            guard let freezeBefore, firstDay < freezeBefore else {
                movable.append(place)
                continue
            }
            guard scenario.topic(meeting.topic) != nil, scenario.venue(meeting.venue) != nil else {
                unplaceable.append(Reason(scenario.topic(meeting.topic) == nil ? .reasonFrozenTopicGone : .reasonFrozenVenueGone,
                                          "\(meeting.topic)", .day(firstDay), "\(meeting.venue)", .day(freezeBefore)))
                continue
            }
            guard scenario.period.contains(firstDay) else {
                unplaceable.append(Reason(.reasonFrozenOutsidePeriod, "\(meeting.topic)", .day(firstDay), "\(meeting.venue)",
                                          .day(freezeBefore), .day(scenario.period.lowerBound), .day(scenario.period.upperBound)))
                continue
            }
            let isFixedAlready = scenario.fixed.contains {
                $0.topic == meeting.topic && $0.venue == meeting.venue && $0.start == firstDay
            }
            if !isFixedAlready {
                frozenOnly.insert(place)
                edited.fixed.append(FixedMeeting(topic: meeting.topic, start: firstDay, venue: meeting.venue))
            }
        }
        if !unplaceable.isEmpty { return .failure(UnplaceableMeetings(reasons: unplaceable)) }
        let reference = ReplanReference(movable: movable, frozenOnly: frozenOnly, freezeBefore: freezeBefore,
                                        weights: scenario.rules.weights)
        return .success((reference, edited))
    }

    /// Frozen reference meetings that cannot be kept, each said in a sentence.
    struct UnplaceableMeetings: Error {
        var reasons: [Reason]
    }

    /// What matching `reference` with a new meeting at `place` costs, or nil when the pair is
    /// no cheaper than moving the meeting to another city (then leaving it unmatched is as good).
    func cost(_ reference: Place, matchedWith place: Place) -> Double? {
        guard reference.topic == place.topic, reference.city == place.city else { return nil }
        if let freezeBefore, place.firstDay < freezeBefore { return nil }
        let days = Double(abs(reference.firstDay.distance(to: place.firstDay)))
        let cost = (reference.venue == place.venue ? 0 : weights.changeVenue) + weights.changeDay * days
        return cost < weights.changeCity ? cost : nil
    }

    /// The term when no reference meeting is matched: each one moved to another city or dropped.
    var unmatchedCost: Double {
        weights.changeCity * Double(movable.count)
    }
}
