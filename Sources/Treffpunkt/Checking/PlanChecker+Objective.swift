import MIP

/// The objective recomputed from the plan's meetings and compared with what the plan reports.
extension PlanChecker {
    /// Relative tolerance for comparing objective values (absolute below magnitude 1).
    static let objectiveTolerance = 1e-6
    /// Largest gap an `optimal` plan may report.
    static let optimalGapTolerance = 1e-9

    /// The weighted objective terms of the scenario format's "Objective" section.
    static func objectiveTerms(_ meetings: [CheckedMeeting], _ scenario: Scenario) -> ObjectiveTerms {
        let weights = scenario.rules.weights
        let year = scenario.period.lowerBound.year
        var travel = 0.0
        var venueCost = 0.0
        var rotation = 0.0
        var offers = 0.0
        var hostings: [City.ID: Int] = [:]
        for meeting in meetings {
            let host = meeting.host
            // Person-km: members' delegates (the host's own travel 0 km) and the topic's staff.
            for memberID in meeting.topic.members where memberID != host.id {
                guard let member = scenario.city(memberID) else { continue }
                travel += Double(member.delegates) * member.location.distance(to: host.location)
            }
            for staffID in meeting.topic.staff {
                guard let office = scenario.staffMember(staffID).flatMap({ scenario.city($0.office) }) else { continue }
                travel += office.location.distance(to: host.location)
            }
            venueCost += meeting.venue.costPerDay * Double(meeting.format.days)
            // Rotation: the host hosted this topic before the period; recent hostings weigh more.
            let latestYear = scenario.history
                .filter { $0.topic == meeting.topic.id && $0.city == host.id && $0.start < scenario.period.lowerBound }
                .map(\.start.year).max()
            if let latestYear {
                rotation += 1 / Double(max(1, year - latestYear))
            }
            if host.offers.contains(meeting.topic.id) {
                offers -= 1
            }
            hostings[host.id, default: 0] += 1
        }
        let balance = hostings.values.reduce(0) { $0 + max(0, $1 - 1) }
        return ObjectiveTerms(travel: weights.travel * travel, venueCost: weights.venueCost * venueCost,
                              rotation: weights.rotation * rotation, balance: weights.balance * Double(balance),
                              offers: weights.offers * offers)
    }

    /// The plan's terms must match the recomputed ones, its total must be their sum, its bound
    /// must not exceed the total, and its gap must be what total and bound imply.
    static func objectiveViolations(_ plan: Plan, recomputed: ObjectiveTerms) -> [CheckReport.Violation] {
        let objective = plan.objective
        var violations: [CheckReport.Violation] = []
        for ((name, reported), (_, expected)) in zip(objective.terms.named, recomputed.named)
        where !agree(reported, expected) {
            violations.append(violation("objective", .checkTermMismatch, "\(name)", "\(reported)", "\(expected)"))
        }
        if objective.terms.changes == nil, let changes = recomputed.changes {
            violations.append(violation("objective", .checkNoChangesTerm, "\(changes)"))
        }
        if !agree(objective.total, objective.terms.total) {
            violations.append(violation("objective", .checkTotalNotSum, "\(objective.total)", "\(objective.terms.total)"))
        }
        if !agree(objective.total, recomputed.total) {
            violations.append(violation("objective", .checkTotalMismatch, "\(objective.total)", "\(recomputed.total)"))
        }
        let gap = relativeGap(of: objective.total, bound: objective.bound)
        if abs(objective.gap - gap) > objectiveTolerance {
            violations.append(violation("objective", .checkGapMismatch, "\(objective.gap)", "\(objective.total)",
                                        "\(objective.bound)", "\(gap)"))
        }
        if objective.bound > objective.total + objectiveTolerance * max(1, abs(objective.total)) {
            violations.append(violation("objective", .checkBoundAboveTotal, "\(objective.bound)", "\(objective.total)"))
        }
        if plan.status == .optimal, objective.gap > optimalGapTolerance {
            violations.append(violation("objective", .checkOptimalWithGap, "\(objective.gap)"))
        }
        if plan.status == .feasible, objective.gap <= optimalGapTolerance {
            violations.append(violation("objective", .checkFeasibleWithoutGap, "\(objective.gap)"))
        }
        return violations
    }

    private static func agree(_ lhs: Double, _ rhs: Double) -> Bool {
        abs(lhs - rhs) <= objectiveTolerance * max(1, abs(lhs), abs(rhs))
    }
}
