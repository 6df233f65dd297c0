extension Scenario {
    /// The scenario a plan was made for: this one moved by the whole years the plan records
    /// (`period.years_after_scenario`: a later year of `plan --years`, or a re-plan of one).
    ///
    /// A plan file written before that was recorded counts the calendar years between the two
    /// periods' starts when moving the scenario by them gives exactly the plan's period.
    /// Throws when the scenario cannot be moved by the recorded years (a period outside the
    /// known public holidays, a calendar that cannot be expanded there).
    public func moved(toPeriodOf plan: Plan) throws(MultiYearError) -> (scenario: Scenario, years: Int) {
        guard let period = plan.period else { return (self, 0) }
        var years = period.yearsAfterScenario
        if years == 0 {
            let recorded = period.start.year - self.period.lowerBound.year
            if recorded > 0, let moved = try? shifted(byYears: recorded), moved.period == period.days { years = recorded }
        }
        guard years > 0 else { return (self, 0) }
        return (try shifted(byYears: years), years)
    }
}
