/// Verifies the hard rules H1–H8 on a finished plan, independently of the planning model.
///
/// The checker reads the plan as a planner would: dates, venues and people. It shares nothing
/// with the optimisation model, so a mistake in the model shows up here as a violation instead
/// of a silently wrong plan. Every violation is listed, not just the first.
public enum PlanChecker {
    public static func check(_ plan: Plan, against scenario: Scenario) -> CheckReport {
        check(plan, against: scenario, reference: nil)
    }

    /// Checks a plan and, for a re-plan, that it keeps the `reference` plan's meetings before
    /// `freezeBefore` and reports the `changes` term the reference implies. Without a
    /// reference, a `changes` term is taken as given and checked only as part of the total.
    ///
    /// The plan's own `history` (from the plan store) counts like the scenario's `history[]`.
    public static func check(_ plan: Plan, against scenarioFile: Scenario, reference: Plan?,
                             freezeBefore: Day? = nil) -> CheckReport {
        let (scenario, historyViolations) = withPlanHistory(plan, scenarioFile)
        var (meetings, violations) = resolveMeetings(of: plan, in: scenario)
        violations = historyViolations + violations
        violations += fixedMeetingViolations(plan, &meetings, scenario)
        violations += meetingRecordViolations(plan, meetings, scenario)
        violations += dayPatternViolations(meetings, scenario)
        violations += closedDayViolations(meetings, scenario)
        violations += venueViolations(meetings)
        violations += venueClashViolations(meetings)
        violations += staffViolations(meetings, scenario)
        violations += gapViolations(meetings, scenario)
        violations += networkRuleViolations(meetings, scenario)
        var terms = objectiveTerms(meetings, scenario)
        if let reference {
            let recomputed = changeViolations(meetings, reference: reference, freezeBefore: freezeBefore, scenario)
            terms.changes = recomputed.changes
            violations += recomputed.violations
        } else {
            terms.changes = plan.objective.terms.changes
        }
        violations += objectiveViolations(plan, recomputed: terms)
        return CheckReport(violations: violations, recomputedTerms: terms)
    }

    /// The scenario with the plan's extra history added; entries that are not meetings before the
    /// period are violations of the plan file.
    private static func withPlanHistory(_ plan: Plan, _ scenario: Scenario) -> (Scenario, [CheckReport.Violation]) {
        var extended = scenario
        var violations: [CheckReport.Violation] = []
        for entry in plan.history {
            guard entry.start < scenario.period.lowerBound else {
                violations.append(violation("history", .checkHistoryEntry, "\(entry.topic)", "\(entry.city)", .day(entry.start)))
                continue
            }
            extended.history.append(PastMeeting(topic: entry.topic, city: entry.city, start: entry.start))
        }
        return (extended, violations)
    }

    static func violation(_ rule: String, _ key: MessageKey,
                          _ arguments: CheckReport.Violation.Argument...) -> CheckReport.Violation {
        CheckReport.Violation(rule: rule, key: key, arguments: arguments)
    }

    /// Looks up what each meeting names (rule H1: known topic, venue and city, a venue in that
    /// city, readable dates); meetings that cannot be resolved are reported and left out.
    private static func resolveMeetings(of plan: Plan, in scenario: Scenario)
        -> ([CheckedMeeting], [CheckReport.Violation]) {
        var meetings: [CheckedMeeting] = []
        var violations: [CheckReport.Violation] = []
        for (index, meeting) in plan.meetings.enumerated() {
            let label: [CheckReport.Violation.Argument] = ["\(meeting.topic)", "\(meeting.number)"]
            var problems: [(MessageKey, [CheckReport.Violation.Argument])] = []
            let topic = scenario.topic(meeting.topic)
            if topic == nil { problems.append((.checkUnknownTopic, label)) }
            let format = topic.flatMap { scenario.format($0.format) }
            if let topic, format == nil { problems.append((.checkUnknownFormat, label + ["\(topic.format)"])) }
            let venue = scenario.venue(meeting.venue)
            if venue == nil { problems.append((.checkUnknownVenue, label + ["\(meeting.venue)"])) }
            if scenario.city(meeting.city) == nil { problems.append((.checkUnknownCity, label + ["\(meeting.city)"])) }
            let host = venue.flatMap { scenario.city($0.city) }
            if let venue, host == nil { problems.append((.checkVenueInUnknownCity, label + ["\(venue.id)", "\(venue.city)"])) }
            if let venue, venue.city != meeting.city {
                problems.append((.checkVenueInOtherCity, label + ["\(meeting.city)", "\(venue.id)", "\(venue.city)"]))
            }
            let days = meeting.dates
            if days.isEmpty { problems.append((.checkNoDates, label)) }
            violations += problems.map { CheckReport.Violation(rule: "H1", key: $0.0, arguments: $0.1) }
            if let topic, let format, let venue, let host, !days.isEmpty {
                meetings.append(CheckedMeeting(index: index, meeting: meeting, topic: topic, format: format,
                                               venue: venue, host: host, days: days))
            }
        }
        return (meetings, violations)
    }
}
