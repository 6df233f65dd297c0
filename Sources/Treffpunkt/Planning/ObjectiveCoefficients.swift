/// What one meeting contributes to each unweighted objective term, by where it is hosted.
struct MeetingCosts {
    /// Person-km of the topic's member delegates and staff to the host city.
    var travel: Double
    /// Venue cost of all the meeting's days.
    var venueCost: Double
    /// 1 / max(1, Y − year the host last hosted the topic before the period), or 0.
    var rotation: Double
    /// −1 when the host offered to host the topic.
    var offers: Double

    init(_ option: MeetingOption, _ index: ScenarioIndex) {
        let scenario = index.scenario
        let topic = scenario.topics[option.topic]
        let host = scenario.cities[option.city]
        var travel = 0.0
        for member in topic.members {
            guard let city = index.city[member].map({ scenario.cities[$0] }) else { continue }
            travel += Double(city.delegates) * city.location.distance(to: host.location)
        }
        for id in topic.staff {
            guard let person = index.staffMember[id].map({ scenario.staff[$0] }),
                  let office = index.city[person.office].map({ scenario.cities[$0] }) else { continue }
            travel += office.location.distance(to: host.location)
        }
        self.travel = travel
        venueCost = scenario.venues[option.venue].costPerDay * Double(option.days.count)
        let year = scenario.period.lowerBound.year
        let lastHosted = scenario.latestHostingYear(of: topic.id, in: host.id)
        rotation = lastHosted.map { 1 / Double(max(1, year - $0)) } ?? 0
        offers = host.offers.contains(topic.id) ? -1 : 0
    }
}
