extension Scenario {
    /// The scenario a plan was made for when the plan is one of the later years of a
    /// `plan --years` run: the scenario moved by the whole years that take its period to the
    /// plan's. The scenario itself (0 years) when the periods agree, the plan records none, or
    /// no move of up to ten years matches.
    public func moved(toPeriodOf plan: Plan) -> (scenario: Scenario, years: Int) {
        guard let period = plan.period, period.start != Plan.Period(self.period).start else { return (self, 0) }
        for years in 1...10 {
            guard let moved = try? shifted(byYears: years) else { break }
            if Plan.Period(moved.period) == period {
                return (moved, years)
            }
        }
        return (self, 0)
    }
}
