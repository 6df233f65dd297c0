/// A re-plan against its reference plan: frozen meetings kept, and the `changes` term recomputed
/// as the cheapest one-to-one matching of the reference meetings with the plan's meetings.
extension PlanChecker {
    /// The rule name of re-planning violations.
    static let replanRule = "replan"

    /// Reference meetings before `freezeBefore` must appear unchanged (topic, venue, dates) and
    /// no other meeting except a `fixed[]` one may start before that day. Returns the recomputed
    /// changes term with the violations.
    static func changeViolations(_ meetings: [CheckedMeeting], reference: Plan, freezeBefore: Day?,
                                 _ scenario: Scenario) -> (changes: Double, violations: [CheckReport.Violation]) {
        var violations: [CheckReport.Violation] = []
        var kept = Set<Int>()
        var movable: [(meeting: Plan.Meeting, firstDay: Day)] = []
        for meeting in reference.meetings {
            guard let firstDay = meeting.dates.first else {
                violations.append(violation(replanRule, .checkReferenceNoDates, "\(meeting.topic)", "\(meeting.number)"))
                continue
            }
            guard let freezeBefore, firstDay < freezeBefore else {
                movable.append((meeting, firstDay))
                continue
            }
            let keeper = meetings.first { candidate in
                !kept.contains(candidate.index) && candidate.topic.id == meeting.topic
                    && candidate.venue.id == meeting.venue && candidate.meeting.dates == meeting.dates
            }
            if let keeper {
                kept.insert(keeper.index)
            } else {
                violations.append(violation(replanRule, .checkFrozenNotKept, "\(meeting.topic)", "\(meeting.number)",
                                                    .day(firstDay), "\(meeting.venue)", .day(freezeBefore)))
            }
        }
        let later: [CheckedMeeting]
        if let freezeBefore {
            for meeting in meetings where meeting.firstDay < freezeBefore && !kept.contains(meeting.index) && !meeting.isFixed {
                violations.append(violation(replanRule, .checkBeforeFreeze, "\(meeting.longLabel)", .day(freezeBefore)))
            }
            later = meetings.filter { $0.firstDay >= freezeBefore }
        } else {
            later = meetings
        }

        let weights = scenario.rules.weights
        var changes = 0.0
        for topic in Set(movable.map(\.meeting.topic)).sorted() {
            let before = movable.filter { $0.meeting.topic == topic }
            let after = later.filter { $0.topic.id == topic }
            // Cost of carrying a reference meeting on as a new one; never above a city move,
            // which is what leaving it unmatched costs.
            func cost(_ old: (meeting: Plan.Meeting, firstDay: Day), _ new: CheckedMeeting) -> Double {
                guard old.meeting.city == new.host.id else { return weights.changeCity }
                let days = Double(abs(new.firstDay.ordinal - old.firstDay.ordinal))
                let venue = old.meeting.venue == new.venue.id ? 0 : weights.changeVenue
                return min(weights.changeCity, venue + weights.changeDay * days)
            }
            // Square matrix: reference rows and a dummy row per new meeting; new-meeting columns
            // and a column per reference meeting for "unmatched".
            let size = before.count + after.count
            var matrix = Array(repeating: Array(repeating: 0.0, count: size), count: size)
            for (row, old) in before.enumerated() {
                for (column, new) in after.enumerated() { matrix[row][column] = cost(old, new) }
                for column in after.count..<size { matrix[row][column] = weights.changeCity }
            }
            changes += minimumAssignmentCost(matrix)
        }
        return (changes, violations)
    }

    /// The least total cost of assigning each row of a square matrix to its own column
    /// (the Hungarian method with row and column potentials, O(n³)).
    static func minimumAssignmentCost(_ cost: [[Double]]) -> Double {
        let size = cost.count
        guard size > 0 else { return 0 }
        // Potentials and the column → row assignment are 1-based; index 0 is the free slot.
        var rowPotential = Array(repeating: 0.0, count: size + 1)
        var columnPotential = Array(repeating: 0.0, count: size + 1)
        var rowOfColumn = Array(repeating: 0, count: size + 1)
        var previous = Array(repeating: 0, count: size + 1)
        for row in 1...size {
            rowOfColumn[0] = row
            var column = 0
            var slack = Array(repeating: Double.infinity, count: size + 1)
            var visited = Array(repeating: false, count: size + 1)
            repeat {
                visited[column] = true
                let current = rowOfColumn[column]
                var delta = Double.infinity
                var next = 0
                for candidate in 1...size where !visited[candidate] {
                    let reduced = cost[current - 1][candidate - 1] - rowPotential[current] - columnPotential[candidate]
                    if reduced < slack[candidate] {
                        slack[candidate] = reduced
                        previous[candidate] = column
                    }
                    if slack[candidate] < delta {
                        delta = slack[candidate]
                        next = candidate
                    }
                }
                for candidate in 0...size {
                    if visited[candidate] {
                        rowPotential[rowOfColumn[candidate]] += delta
                        columnPotential[candidate] -= delta
                    } else {
                        slack[candidate] -= delta
                    }
                }
                column = next
            } while rowOfColumn[column] != 0
            repeat {
                let before = previous[column]
                rowOfColumn[column] = rowOfColumn[before]
                column = before
            } while column != 0
        }
        return (1...size).reduce(0) { $0 + cost[rowOfColumn[$1] - 1][$1 - 1] }
    }
}
