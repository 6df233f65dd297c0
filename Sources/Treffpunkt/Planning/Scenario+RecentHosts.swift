extension Scenario {
    /// Rule H8 `no_repeat_host_years`: the `history[]` meetings that bar their city from
    /// hosting their topic again, those in calendar years Y − N … Y before `period.start`,
    /// with Y the year of `period.start`; none when N is 0 (the rule is off).
    var barringHostings: [PastMeeting] {
        guard rules.noRepeatHostYears > 0 else { return [] }
        let year = period.lowerBound.year
        return history.filter { $0.start < period.lowerBound && $0.start.year >= year - rules.noRepeatHostYears }
    }

    /// The calendar year in which `city` last hosted `topic` before `period.start` (from
    /// `history[]`), which the rotation term prices; nil when it never did.
    func latestHostingYear(of topic: Topic.ID, in city: City.ID) -> Int? {
        history.filter { $0.topic == topic && $0.city == city && $0.start < period.lowerBound }.map(\.start.year).max()
    }
}
