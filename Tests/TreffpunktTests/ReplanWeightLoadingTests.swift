import Testing
@testable import Treffpunkt

/// The re-planning weights `change_city`, `change_venue` and `change_day` in `rules.weights`.
@Suite struct ReplanWeightLoadingTests {
    @Test func defaultsWhenNotGiven() throws {
        let weights = try ScenarioText.load(ScenarioText.minimal).scenario.rules.weights
        #expect(weights.changeCity == 10000)
        #expect(weights.changeVenue == 3000)
        #expect(weights.changeDay == 100)
    }

    @Test func readsTheThreeKeysBesideTheOthers() throws {
        let rules = "rules: {weights: {travel: 2, change_city: 5000, change_venue: 1500.5, change_day: 0}}\n"
        let weights = try ScenarioText.load(ScenarioText.minimal + rules).scenario.rules.weights
        #expect(weights == ObjectiveWeights(travel: 2, changeCity: 5000, changeVenue: 1500.5, changeDay: 0))
    }

    @Test func boundedLikeTheOtherWeights() {
        let rules = "rules: {weights: {change_city: 2e9, change_venue: -1e10, change_day: .inf}}"
        let problems = ScenarioText.problems(ScenarioText.minimal + rules + "\n")
        ScenarioText.expect(problems, at: 14, column(of: "2e9", in: rules), "'change_city' must be at most 1000000000")
        ScenarioText.expect(problems, at: 14, column(of: "-1e10", in: rules), "'change_venue' must be at least -1000000000")
        ScenarioText.expect(problems, at: 14, column(of: ".inf", in: rules), "finite number")
        #expect(problems.count == 3)
    }

    @Test func aMisspelledKeyGetsASuggestion() {
        let rules = "rules: {weights: {change_dya: 10}}"
        ScenarioText.expectProblem(ScenarioText.minimal + rules + "\n", at: 14, column(of: "change_dya", in: rules),
                                   "unknown key 'change_dya' in 'weights' (did you mean 'change_day'?)")
    }

    private func column(of fragment: String, in line: String) -> Int {
        guard let range = line.range(of: fragment) else {
            Issue.record("'\(fragment)' is not in '\(line)'")
            return 0
        }
        return line.unicodeScalars.distance(from: line.startIndex, to: range.lowerBound) + 1
    }
}
