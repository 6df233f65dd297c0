/// The consecutive years one planning model covers: the scenario moved to each year,
/// and whether the fair-rotation rule is part of the model.
struct PlanningYears {
    /// The scenario of each year (`Scenario.shifted(byYears:)`), with the scenario's own history.
    let indexes: [ScenarioIndex]
    /// Every city that can host a topic hosts it before any city hosts it twice, per year.
    let fairRotation: Bool

    var count: Int { indexes.count }

    /// The calendar year of the year's period start, Y in the scenario format's rules.
    func calendarYear(_ year: Int) -> Int {
        indexes[year].scenario.period.lowerBound.year
    }
}
