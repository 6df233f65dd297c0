import Foundation
import GRDB
import Treffpunkt

extension PlanStore {
    /// Stores a plan run with its meetings and the history it used, all in one transaction,
    /// and returns its id.
    public func save(_ plan: Plan, scenarioText: Data, scenarioPath: String, calendars: [String: Data] = [:],
                     kind: PlanKind = .plan, derivedFrom: Int64? = nil, now: Date = Date()) throws(PlanStoreError) -> Int64 {
        try saveSeries(count: 1, scenarioText: scenarioText, scenarioPath: scenarioPath, calendars: calendars, kind: kind,
                       derivedFrom: derivedFrom, now: now) { _ in plan }[0]
    }

    /// Stores the plans of a multi-year run in one transaction: all of them or none. Plan k is
    /// built from the ids the earlier ones got, so its history can name them.
    public func saveSeries(count: Int, scenarioText: Data, scenarioPath: String, calendars: [String: Data] = [:],
                           kind: PlanKind, derivedFrom: Int64? = nil, now: Date = Date(),
                           plan: (_ earlierIDs: [Int64]) -> Plan) throws(PlanStoreError) -> [Int64] {
        try write("store the plan") { db in
            var ids: [Int64] = []
            var scenarioID: Int64?
            for _ in 0..<count {
                let made = plan(ids)
                guard let period = made.period else {
                    throw PlanStoreError.sqlite(path: path, action: "store the plan", message: "the plan has no period")
                }
                if scenarioID == nil {
                    // The years of one run share their scenario; its bytes are kept once per sha256.
                    try db.execute(sql: "INSERT OR IGNORE INTO scenario (sha256, text) VALUES (?, ?)",
                                   arguments: [made.scenario.sha256, scenarioText])
                    scenarioID = try Int64.fetchOne(db, sql: "SELECT id FROM scenario WHERE sha256 = ?",
                                                    arguments: [made.scenario.sha256])
                }
                try db.execute(sql: """
                    INSERT INTO plan (created_at, scenario_id, scenario_name, scenario_file, scenario_path, period_start,
                        period_end, kind, derived_from, status, total, bound, gap, terms, solver_name, solver_version,
                        solver_seconds, solver_nodes, meeting_count)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [
                        Self.timestamp(now), scenarioID, made.scenario.name, made.scenario.file, scenarioPath, period.start,
                        period.end, kind.rawValue, derivedFrom, made.status.rawValue, made.objective.total,
                        made.objective.bound, made.objective.gap, try Self.jsonText(made.objective.terms), made.solver.name,
                        made.solver.version, made.solver.seconds, made.solver.nodes, made.meetings.count,
                    ])
                let id = db.lastInsertedRowID
                for (position, meeting) in made.meetings.enumerated() {
                    try db.execute(sql: """
                        INSERT INTO meeting (plan_id, position, topic, number, city, venue, first_day, start, "end", dates,
                            registration_deadline, staff, fixed)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """, arguments: [
                            id, position, meeting.topic, meeting.number, meeting.city, meeting.venue, meeting.dates.first ?? "",
                            meeting.start, meeting.end, try Self.jsonText(meeting.dates), meeting.registrationDeadline,
                            try Self.jsonText(meeting.staff), meeting.fixed,
                        ])
                }
                for (position, entry) in made.history.enumerated() {
                    try db.execute(sql: """
                        INSERT INTO plan_history (plan_id, position, topic, city, start, source_plan) VALUES (?, ?, ?, ?, ?, ?)
                        """, arguments: [id, position, entry.topic, entry.city, entry.start, entry.plan])
                }
                for (calendarPath, bytes) in calendars.sorted(by: { $0.key < $1.key }) {
                    try db.execute(sql: "INSERT INTO plan_calendar (plan_id, path, bytes) VALUES (?, ?, ?)",
                                   arguments: [id, calendarPath, bytes])
                }
                ids.append(id)
            }
            return ids
        }
    }

    /// Every stored plan, oldest first.
    public func plans() throws(PlanStoreError) -> [StoredPlanSummary] {
        try read("list the plans") { db in
            try Row.fetchAll(db, sql: """
                SELECT plan.*, adoption.plan_id IS NOT NULL AS adopted FROM plan
                LEFT JOIN adoption ON adoption.plan_id = plan.id ORDER BY plan.id
                """).map { row in
                StoredPlanSummary(
                    id: row["id"], createdAt: row["created_at"], scenarioName: row["scenario_name"],
                    scenarioFile: row["scenario_file"], periodStart: row["period_start"], periodEnd: row["period_end"],
                    kind: PlanKind(rawValue: row["kind"]) ?? .plan, status: Plan.Status(rawValue: row["status"]) ?? .feasible,
                    total: row["total"], meetingCount: row["meeting_count"], adopted: row["adopted"])
            }
        }
    }

    /// One stored plan, whole.
    public func plan(_ id: Int64) throws(PlanStoreError) -> StoredPlan {
        let stored: StoredPlan? = try read("read plan \(id)") { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT plan.*, scenario.sha256, scenario.text, adoption.plan_id IS NOT NULL AS adopted FROM plan
                JOIN scenario ON scenario.id = plan.scenario_id
                LEFT JOIN adoption ON adoption.plan_id = plan.id WHERE plan.id = ?
                """, arguments: [id]) else { return nil }
            let meetings = try Row.fetchAll(db, sql: "SELECT * FROM meeting WHERE plan_id = ? ORDER BY position",
                                            arguments: [id]).map { row in
                Plan.Meeting(topic: row["topic"], number: row["number"], city: row["city"], venue: row["venue"],
                             start: row["start"], end: row["end"], dates: try decodedJSON(row["dates"]),
                             registrationDeadline: row["registration_deadline"], staff: try decodedJSON(row["staff"]),
                             fixed: row["fixed"])
            }
            let history = try Row.fetchAll(db, sql: "SELECT * FROM plan_history WHERE plan_id = ? ORDER BY position",
                                           arguments: [id]).map { row in
                Plan.HistoryEntry(topic: row["topic"], city: row["city"], start: row["start"], plan: row["source_plan"])
            }
            let terms: ObjectiveTerms = try decodedJSON(row["terms"])
            let calendars = try Row.fetchAll(db, sql: "SELECT path, bytes FROM plan_calendar WHERE plan_id = ?", arguments: [id])
                .reduce(into: [String: Data]()) { $0[$1["path"]] = $1["bytes"] }
            let plan = Plan(
                id: id,
                scenario: Plan.ScenarioReference(name: row["scenario_name"], file: row["scenario_file"], sha256: row["sha256"]),
                period: Plan.Period(start: row["period_start"], end: row["period_end"]),
                status: Plan.Status(rawValue: row["status"]) ?? .feasible,
                objective: Plan.Objective(total: row["total"], bound: row["bound"], gap: row["gap"], terms: terms),
                solver: Plan.SolverReport(name: row["solver_name"], version: row["solver_version"],
                                          seconds: row["solver_seconds"], nodes: row["solver_nodes"]),
                history: history, meetings: meetings)
            return StoredPlan(plan: plan, createdAt: row["created_at"], kind: PlanKind(rawValue: row["kind"]) ?? .plan,
                              derivedFrom: row["derived_from"], adopted: row["adopted"], scenarioText: row["text"],
                              scenarioPath: row["scenario_path"], calendars: calendars)
        }
        guard let stored else { throw .unknownPlan(path: path, id: id) }
        return stored
    }

    /// Marks a plan as the one the network follows for its scenario name and period. It replaces
    /// the adoptions it overlaps: plans of the same scenario name whose periods overlap its
    /// period, and the adopted plan it was re-planned from. So no two adopted plans describe the
    /// same time of one network.
    public func adopt(_ id: Int64, now: Date = Date()) throws(PlanStoreError) -> AdoptionChange {
        let change: AdoptionChange? = try write("adopt plan \(id)") { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT scenario_name, period_start, period_end, derived_from FROM plan WHERE id = ?
                """, arguments: [id]) else { return nil }
            let (name, start, end): (String, String, String) = (row["scenario_name"], row["period_start"], row["period_end"])
            let derivedFrom: Int64? = row["derived_from"]
            let replaced = try Int64.fetchAll(db, sql: """
                SELECT plan_id FROM adoption
                WHERE (scenario_name = ? AND period_start <= ? AND period_end >= ?) OR plan_id = ?
                ORDER BY plan_id
                """, arguments: [name, end, start, derivedFrom])
            if replaced == [id] { return .alreadyAdopted }
            for plan in replaced {
                try db.execute(sql: "DELETE FROM adoption WHERE plan_id = ?", arguments: [plan])
            }
            try db.execute(sql: """
                INSERT INTO adoption (scenario_name, period_start, period_end, plan_id, adopted_at) VALUES (?, ?, ?, ?, ?)
                """, arguments: [name, start, end, id, Self.timestamp(now)])
            let others = replaced.filter { $0 != id }
            return others.isEmpty ? .adopted : .replaced(previous: others)
        }
        guard let change else { throw .unknownPlan(path: path, id: id) }
        return change
    }

    /// For each of `topics`, the periods of adopted plans that hold meetings of it: the time
    /// the adopted history describes.
    public func adoptedPeriods(topics: Set<String>) throws(PlanStoreError) -> [String: [Plan.Period]] {
        try read("read the adopted plans") { db in
            var periods: [String: [Plan.Period]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT DISTINCT meeting.topic, plan.period_start, plan.period_end FROM adoption
                JOIN plan ON plan.id = adoption.plan_id JOIN meeting ON meeting.plan_id = plan.id
                ORDER BY meeting.topic, plan.period_start
                """) where topics.contains(row["topic"]) {
                periods[row["topic"], default: []].append(Plan.Period(start: row["period_start"], end: row["period_end"]))
            }
            return periods
        }
    }

    /// The adopted plan for a scenario name and period, if any.
    public func adoptedPlan(scenarioName: String, period: Plan.Period) throws(PlanStoreError) -> Int64? {
        try read("find the adopted plan") { db in
            try Int64.fetchOne(db, sql: """
                SELECT plan_id FROM adoption WHERE scenario_name = ? AND period_start = ? AND period_end = ?
                """, arguments: [scenarioName, period.start, period.end])
        }
    }

    /// The meetings of adopted plans that start before `day` (`YYYY-MM-DD`), of the given topics:
    /// the history a plan from `day` on rotates against.
    public func adoptedHistory(before day: String, topics: Set<String>) throws(PlanStoreError) -> [Plan.HistoryEntry] {
        try read("read the adopted plans") { db in
            try Row.fetchAll(db, sql: """
                SELECT meeting.topic, meeting.city, meeting.first_day, meeting.plan_id FROM meeting
                JOIN adoption ON adoption.plan_id = meeting.plan_id
                WHERE meeting.first_day < ? ORDER BY meeting.first_day, meeting.topic, meeting.plan_id, meeting.number
                """, arguments: [day]).compactMap { row in
                let topic: String = row["topic"]
                guard topics.contains(topic) else { return nil }
                return Plan.HistoryEntry(topic: topic, city: row["city"], start: row["first_day"], plan: row["plan_id"])
            }
        }
    }

    static func timestamp(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: false).timeZone(separator: .omitted))
    }

    /// A value as compact JSON text with sorted keys, for the JSON columns.
    static func jsonText<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

/// Decodes a JSON column; a malformed value is an SQLite-level corruption of the store.
private func decodedJSON<T: Decodable>(_ text: String) throws -> T {
    try JSONDecoder().decode(T.self, from: Data(text.utf8))
}
