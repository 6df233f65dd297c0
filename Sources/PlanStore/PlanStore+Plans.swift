import Foundation
import GRDB
import Treffpunkt

extension PlanStore {
    /// Stores a plan run with its meetings and the history it used, all in one transaction,
    /// and returns its id.
    public func save(_ plan: Plan, scenarioText: Data, scenarioPath: String, calendars: [String: Data] = [:],
                     kind: PlanKind = .plan, derivedFrom: Int64? = nil, brokenRules: [String] = [],
                     now: Date = Date()) throws(PlanStoreError) -> Int64 {
        try insertSeries(count: 1, scenarioText: scenarioText, scenarioPath: scenarioPath, calendars: calendars, kind: kind,
                         derivedFrom: derivedFrom, brokenRules: brokenRules, now: now, plan: { _ in plan },
                         inTransaction: { _ in })[0]
    }

    /// Stores the plans of a multi-year run in one transaction: all of them or none. Plan k is
    /// built from the ids the earlier ones got, so its history can name them. `beforeCommit`
    /// runs with all ids inside the transaction (e.g. to write the plans' files); what it throws
    /// rolls the transaction back and is thrown on. Otherwise throws `PlanStoreError`.
    public func saveSeries(count: Int, scenarioText: Data, scenarioPath: String, calendars: [String: Data] = [:],
                           kind: PlanKind, derivedFrom: Int64? = nil, now: Date = Date(),
                           plan: (_ earlierIDs: [Int64]) -> Plan,
                           beforeCommit: (_ ids: [Int64]) throws -> Void = { _ in }) throws -> [Int64] {
        var callbackError: (any Error)?
        do {
            return try insertSeries(count: count, scenarioText: scenarioText, scenarioPath: scenarioPath, calendars: calendars,
                                    kind: kind, derivedFrom: derivedFrom, brokenRules: [], now: now, plan: plan) { ids in
                do {
                    try beforeCommit(ids)
                } catch {
                    callbackError = error
                    throw error
                }
            }
        } catch {
            throw callbackError ?? error
        }
    }

    private func insertSeries(count: Int, scenarioText: Data, scenarioPath: String, calendars: [String: Data],
                              kind: PlanKind, derivedFrom: Int64?, brokenRules: [String], now: Date,
                              plan: (_ earlierIDs: [Int64]) -> Plan,
                              inTransaction: ([Int64]) throws -> Void) throws(PlanStoreError) -> [Int64] {
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
                        solver_seconds, solver_nodes, meeting_count, broken_rules)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [
                        Self.timestamp(now), scenarioID, made.scenario.name, made.scenario.file, scenarioPath,
                        period.start.description, period.end.description, kind.rawValue, derivedFrom, made.status.rawValue, made.objective.total,
                        made.objective.bound, made.objective.gap, try Self.jsonText(Dictionary(uniqueKeysWithValues: made.objective.terms.named.map { ($0.name, $0.value) })), made.solver.name,
                        made.solver.version, made.solver.seconds, made.solver.nodes, made.meetings.count,
                        try Self.jsonText(brokenRules),
                    ])
                let id = db.lastInsertedRowID
                for (position, meeting) in made.meetings.enumerated() {
                    try db.execute(sql: """
                        INSERT INTO meeting (plan_id, position, topic, number, city, venue, first_day, start, "end", dates,
                            registration_deadline, staff, fixed)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """, arguments: [
                            id, position, meeting.topic, meeting.number, meeting.city, meeting.venue, meeting.firstDay.description,
                            meeting.start.description, meeting.end.description, try Self.jsonText(meeting.dates.map(\.description)),
                            meeting.registrationDeadline.description,
                            try Self.jsonText(meeting.staff), meeting.fixed,
                        ])
                }
                for (position, entry) in made.history.enumerated() {
                    try db.execute(sql: """
                        INSERT INTO plan_history (plan_id, position, topic, city, start, source_plan) VALUES (?, ?, ?, ?, ?, ?)
                        """, arguments: [id, position, entry.topic, entry.city, entry.start.description, entry.plan])
                }
                for (calendarPath, bytes) in calendars.sorted(by: { $0.key < $1.key }) {
                    try db.execute(sql: "INSERT INTO plan_calendar (plan_id, path, bytes) VALUES (?, ?, ?)",
                                   arguments: [id, calendarPath, bytes])
                }
                ids.append(id)
            }
            try inTransaction(ids)
            return ids
        }
    }

    /// Every stored plan, oldest first.
    public func plans() throws(PlanStoreError) -> [StoredPlanSummary] {
        try read("list the plans") { db in
            try Row.fetchAll(db, sql: """
                SELECT plan.*, adoption.plan_id IS NOT NULL AS adopted FROM plan
                LEFT JOIN adoption ON adoption.plan_id = plan.id ORDER BY plan.id
                """).map { found in
                let row = StoredRow(row: found, table: "plan")
                return StoredPlanSummary(
                    id: try row.integer("id"), createdAt: try row.required("created_at"), scenarioName: try row.required("scenario_name"),
                    scenarioFile: try row.required("scenario_file"), periodStart: try row.required("period_start"),
                    periodEnd: try row.required("period_end"), kind: try row.enumeration("kind"), status: try row.enumeration("status"),
                    total: try row.required("total"), meetingCount: Int(try row.integer("meeting_count")),
                    adopted: try row.integer("adopted") != 0,
                    brokenRules: try row.json("broken_rules", as: [String].self).count)
            }
        }
    }

    /// One stored plan, whole.
    public func plan(_ id: Int64) throws(PlanStoreError) -> StoredPlan {
        let stored: StoredPlan? = try read("read plan \(id)") { db in
            guard let found = try Row.fetchOne(db, sql: """
                SELECT plan.*, scenario.sha256, scenario.text, adoption.plan_id IS NOT NULL AS adopted FROM plan
                JOIN scenario ON scenario.id = plan.scenario_id
                LEFT JOIN adoption ON adoption.plan_id = plan.id WHERE plan.id = ?
                """, arguments: [id]) else { return nil }
            let row = StoredRow(row: found, table: "plan")
            let meetings = try Row.fetchAll(db, sql: "SELECT * FROM meeting WHERE plan_id = ? ORDER BY position",
                                            arguments: [id]).map { found in
                let row = StoredRow(row: found, table: "meeting")
                let dates = try row.json("dates", as: [String].self)
                let days = dates.compactMap(Day.init(iso:))
                guard !days.isEmpty, days.count == dates.count else { throw StoreDamage("meeting.dates holds \(dates)") }
                return Plan.Meeting(topic: try row.required("topic"), number: Int(try row.integer("number")),
                                    city: try row.required("city"), venue: try row.required("venue"),
                                    start: try row.timestamp("start"), end: try row.timestamp("end"), dates: days,
                                    registrationDeadline: try row.day("registration_deadline"),
                                    staff: try row.json("staff"), fixed: try row.integer("fixed") != 0)
            }
            let history = try Row.fetchAll(db, sql: "SELECT * FROM plan_history WHERE plan_id = ? ORDER BY position",
                                           arguments: [id]).map { found in
                let row = StoredRow(row: found, table: "plan_history")
                return Plan.HistoryEntry(topic: try row.required("topic"), city: try row.required("city"),
                                         start: try row.day("start"), plan: try row.optionalInteger("source_plan"))
            }
            let terms = try Self.terms(try row.json("terms", as: [String: Double].self))
            var calendars: [String: Data] = [:]
            for found in try Row.fetchAll(db, sql: "SELECT path, bytes FROM plan_calendar WHERE plan_id = ?", arguments: [id]) {
                let calendar = StoredRow(row: found, table: "plan_calendar")
                calendars[try calendar.required("path")] = try calendar.required("bytes", as: Data.self)
            }
            let plan = Plan(
                id: id,
                scenario: Plan.ScenarioReference(name: try row.required("scenario_name"), file: try row.required("scenario_file"),
                                                 sha256: try row.required("sha256")),
                period: Plan.Period(start: try row.day("period_start"), end: try row.day("period_end")),
                status: try row.enumeration("status"),
                objective: Plan.Objective(total: try row.required("total"), bound: try row.required("bound"),
                                          gap: try row.required("gap"), terms: terms),
                solver: Plan.SolverReport(name: try row.required("solver_name"), version: try row.required("solver_version"),
                                          seconds: try row.required("solver_seconds"), nodes: Int(try row.integer("solver_nodes"))),
                history: history, meetings: meetings)
            return StoredPlan(plan: plan, createdAt: try row.required("created_at"), kind: try row.enumeration("kind"),
                              derivedFrom: try row.optionalInteger("derived_from"), adopted: try row.integer("adopted") != 0,
                              scenarioText: try row.required("text", as: Data.self), scenarioPath: try row.required("scenario_path"),
                              calendars: calendars, brokenRules: try row.json("broken_rules"))
        }
        guard let stored else { throw .unknownPlan(path: path, id: id) }
        return stored
    }

    /// Marks a plan as the one the network follows for its scenario name and period. It replaces
    /// the adoptions it overlaps: plans of the same scenario name whose periods overlap its
    /// period, and the adopted plan it was re-planned from. So no two adopted plans describe the
    /// same time of one network. A plan stored as breaking hard rules is refused
    /// (`PlanStoreError.breaksRules`) and the store left as it was.
    public func adopt(_ id: Int64, now: Date = Date()) throws(PlanStoreError) -> AdoptionChange {
        let change: AdoptionChange? = try write("adopt plan \(id)") { db in
            guard let found = try Row.fetchOne(db, sql: """
                SELECT scenario_name, period_start, period_end, derived_from, broken_rules FROM plan WHERE id = ?
                """, arguments: [id]) else { return nil }
            let row = StoredRow(row: found, table: "plan")
            let brokenRules = try row.json("broken_rules", as: [String].self)
            if !brokenRules.isEmpty { throw PlanStoreError.breaksRules(path: path, id: id, rules: brokenRules) }
            let name: String = try row.required("scenario_name")
            let (start, end) = (try row.day("period_start").description, try row.day("period_end").description)
            let derivedFrom = try row.optionalInteger("derived_from")
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
    public func adoptedPeriods(topics: Set<Topic.ID>) throws(PlanStoreError) -> [Topic.ID: [Plan.Period]] {
        try read("read the adopted plans") { db in
            var periods: [Topic.ID: [Plan.Period]] = [:]
            for found in try Row.fetchAll(db, sql: """
                SELECT DISTINCT meeting.topic, plan.period_start, plan.period_end FROM adoption
                JOIN plan ON plan.id = adoption.plan_id JOIN meeting ON meeting.plan_id = plan.id
                ORDER BY meeting.topic, plan.period_start
                """) {
                let row = StoredRow(row: found, table: "plan")
                let topic: Topic.ID = try row.required("topic")
                guard topics.contains(topic) else { continue }
                periods[topic, default: []].append(Plan.Period(start: try row.day("period_start"), end: try row.day("period_end")))
            }
            return periods
        }
    }

    /// The re-plans made from plan `reference`, newest first.
    public func replans(of reference: Int64) throws(PlanStoreError) -> [Int64] {
        try read("find the re-plans of plan \(reference)") { db in
            try Int64.fetchAll(db, sql: "SELECT id FROM plan WHERE derived_from = ? AND kind = ? ORDER BY id DESC",
                               arguments: [reference, PlanKind.replan.rawValue])
        }
    }

    /// The adopted plan for a scenario name and period, if any.
    public func adoptedPlan(scenarioName: String, period: Plan.Period) throws(PlanStoreError) -> Int64? {
        try read("find the adopted plan") { db in
            try Int64.fetchOne(db, sql: """
                SELECT plan_id FROM adoption WHERE scenario_name = ? AND period_start = ? AND period_end = ?
                """, arguments: [scenarioName, period.start.description, period.end.description])
        }
    }

    /// The meetings of adopted plans that start before `day`, of the given topics: the history a
    /// plan from `day` on rotates against.
    public func adoptedHistory(before day: Day, topics: Set<Topic.ID>) throws(PlanStoreError) -> [Plan.HistoryEntry] {
        try read("read the adopted plans") { db in
            try Row.fetchAll(db, sql: """
                SELECT meeting.topic, meeting.city, meeting.first_day, meeting.plan_id FROM meeting
                JOIN adoption ON adoption.plan_id = meeting.plan_id
                WHERE meeting.first_day < ? ORDER BY meeting.first_day, meeting.topic, meeting.plan_id, meeting.number
                """, arguments: [day.description]).compactMap { found in
                let row = StoredRow(row: found, table: "meeting")
                let topic: Topic.ID = try row.required("topic")
                guard topics.contains(topic) else { return nil }
                return Plan.HistoryEntry(topic: topic, city: try row.required("city"), start: try row.day("first_day"),
                                         plan: try row.integer("plan_id"))
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

extension PlanStore {
    /// The objective terms from their JSON column, by the names `ObjectiveTerms.named` gives.
    static func terms(_ named: [String: Double]) throws -> ObjectiveTerms {
        func term(_ name: String) throws -> Double {
            guard let value = named[name] else { throw StoreDamage("plan.terms lacks \(name)") }
            return value
        }
        return ObjectiveTerms(travel: try term("travel"), venueCost: try term("venue_cost"), rotation: try term("rotation"),
                              balance: try term("balance"), offers: try term("offers"), changes: named["changes"])
    }
}
