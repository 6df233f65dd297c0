import Foundation
import GRDB
@testable import PlanStore
import Testing
import Treffpunkt

/// The network of the store tests: three cities, two topics meeting twice in spring.
func network(year: Int, history: String = "") -> String {
    """
    format: treffpunkt/1
    name: Kleines Netzwerk
    period: {start: \(year)-03-01, end: \(year)-05-31}
    cities:
      - {id: berlin, name: Berlin, state: BE, location: [52.5244, 13.4105]}
      - {id: hamburg, name: Hamburg, state: HH, location: [53.5753, 10.0153]}
      - {id: bremen, name: Bremen, state: HB, location: [53.0758, 8.8072]}
    venues:
      - {id: rotes-rathaus, name: Rotes Rathaus, city: berlin, capacity: 30}
      - {id: rathaus-hamburg, name: Rathaus Hamburg, city: hamburg, capacity: 30}
      - {id: haus-der-buergerschaft, name: Haus der Bürgerschaft, city: bremen, capacity: 30}
    staff:
      - {id: anna, name: Anna Beispiel, office: berlin}
    formats:
      - {id: fachgruppe, name: Fachgruppentreffen, days: 2, start_time: 13:00, end_time: 14:00, start_weekdays: [mon], weekdays: [mon, tue]}
    topics:
      - {id: monitoring, name: Monitoring, format: fachgruppe, meetings: 2, members: [berlin, hamburg, bremen], staff: [anna], min_gap_days: 28}
      - {id: kooperation, name: Kooperation, format: fachgruppe, meetings: 2, members: [berlin, hamburg, bremen], min_gap_days: 28}
    \(history)
    """
}

/// Loads a scenario text and plans it; the plan must pass the independent checker.
func plannedAndChecked(_ text: String, addingHistory extra: [Plan.HistoryEntry] = []) throws -> (Plan, LoadedScenario) {
    let loaded = try ScenarioLoader.load(data: Data(text.utf8), fileName: "/tmp/netz.yaml")
    var scenario = loaded.scenario
    scenario.history += extra.map { PastMeeting(topic: $0.topic, city: $0.city, start: $0.start) }
    guard case .planned(var plan) = Planner().plan(scenario).outcome else {
        Issue.record("no plan")
        throw CancellationError()
    }
    plan.history = extra
    let report = PlanChecker.check(plan, against: loaded.scenario)
    #expect(report.isValid, "\(report.violations)")
    return (plan, loaded)
}

@Suite struct PlanStoreTests {
    @Test func aNewStoreIsMigratedFromEmpty() throws {
        let folder = try StoreFolder()
        let store = try PlanStore(path: folder.path("neu.sqlite"), access: .create)
        #expect(try store.plans().isEmpty)
        let database = try DatabaseQueue(path: folder.path("neu.sqlite"))
        let (applicationID, migrations, journalMode, tables) = try database.read { db in
            (try Int32.fetchOne(db, sql: "PRAGMA application_id"),
             try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"),
             try String.fetchOne(db, sql: "PRAGMA journal_mode"),
             try Set(String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")))
        }
        #expect(applicationID == 0x5472_6566)
        #expect(migrations == ["1 plans, meetings, adoptions", "2 calendars of a plan's scenario", "3 plans that break hard rules"])
        #expect(journalMode == "wal")
        #expect(tables.isSuperset(of: ["scenario", "plan", "meeting", "plan_history", "adoption", "plan_calendar"]))
        // An empty file (as `touch` leaves it) becomes a store when a plan is stored, not when read.
        #expect(FileManager.default.createFile(atPath: folder.path("leer.sqlite"), contents: Data()))
        #expect(throws: PlanStoreError.self) { try PlanStore(path: folder.path("leer.sqlite"), access: .read) }
        #expect(throws: PlanStoreError.self) { try PlanStore(path: folder.path("leer.sqlite"), access: .write) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.path("leer.sqlite"))).isEmpty)
        #expect(try PlanStore(path: folder.path("leer.sqlite"), access: .create).plans().isEmpty)
    }

    @Test func aStoredPlanComesBackWhole() throws {
        let folder = try StoreFolder()
        let store = try PlanStore(path: folder.path("s.sqlite"), access: .create)
        let (plan, loaded) = try plannedAndChecked(network(year: 2027))
        let id = try store.save(plan, scenarioText: loaded.bytes, scenarioPath: "/tmp/netz.yaml")
        let stored = try store.plan(id)
        var expected = plan
        expected.id = id
        #expect(stored.plan == expected)
        #expect(stored.scenarioText == loaded.bytes)
        #expect(stored.kind == .plan)
        #expect(!stored.adopted)
        let listed = try #require(try store.plans().first)
        #expect(listed.id == id && listed.meetingCount == 4 && listed.total == plan.objective.total)
        #expect(listed.periodStart == "2027-03-01" && listed.periodEnd == "2027-05-31")
        // A second plan of the same file keeps the scenario's bytes once.
        _ = try store.save(plan, scenarioText: loaded.bytes, scenarioPath: "/tmp/netz.yaml")
        let scenarios = try DatabaseQueue(path: folder.path("s.sqlite")).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM scenario") }
        #expect(scenarios == 1)
        #expect(throws: PlanStoreError.self) { try store.plan(99) }
    }

    @Test func adoptingKeepsOnePlanPerScenarioAndPeriod() throws {
        let folder = try StoreFolder()
        let store = try PlanStore(path: folder.path("s.sqlite"), access: .create)
        let (plan, loaded) = try plannedAndChecked(network(year: 2027))
        let (other, otherLoaded) = try plannedAndChecked(network(year: 2028))
        let first = try store.save(plan, scenarioText: loaded.bytes, scenarioPath: "/tmp/netz.yaml")
        let second = try store.save(plan, scenarioText: loaded.bytes, scenarioPath: "/tmp/netz.yaml")
        let nextYear = try store.save(other, scenarioText: otherLoaded.bytes, scenarioPath: "/tmp/netz.yaml")
        #expect(try store.adopt(first) == .adopted)
        #expect(try store.adopt(nextYear) == .adopted)
        #expect(try store.adopt(second) == .replaced(previous: [first]))
        #expect(try store.adopt(second) == .alreadyAdopted)
        #expect(try store.plans().filter(\.adopted).map(\.id) == [second, nextYear])
        #expect(try store.adoptedPlan(scenarioName: "Kleines Netzwerk", period: plan.period!) == second)
        #expect(throws: PlanStoreError.self) { try store.adopt(42) }

        // A plan of the same name whose period overlaps replaces the adoption, as does a re-plan
        // of the adopted plan under another name; the adopted plan of another year stays.
        var shorter = plan
        shorter.period = Plan.Period(start: "2027-03-01", end: "2027-05-30")
        let edited = try store.save(shorter, scenarioText: loaded.bytes, scenarioPath: "/tmp/netz.yaml")
        #expect(try store.adopt(edited) == .replaced(previous: [second]))
        var renamed = plan
        renamed.scenario.name = "Kleines Netzwerk (neu)"
        let replanned = try store.save(renamed, scenarioText: loaded.bytes, scenarioPath: "/tmp/netz.yaml", kind: .replan,
                                       derivedFrom: edited)
        #expect(try store.adopt(replanned) == .replaced(previous: [edited]))
        #expect(try store.plans().filter(\.adopted).map(\.id) == [nextYear, replanned])
        #expect(try store.adoptedPeriods(topics: ["monitoring"])["monitoring"]?.count == 2)
    }

    @Test func adoptedMeetingsRotateTheNextYearExactlyAsHistoryEntriesDo() throws {
        let folder = try StoreFolder()
        let store = try PlanStore(path: folder.path("s.sqlite"), access: .create)
        let (first, loaded) = try plannedAndChecked(network(year: 2027))
        let id = try store.save(first, scenarioText: loaded.bytes, scenarioPath: "/tmp/netz.yaml")
        // Not adopted yet: no history.
        #expect(try store.adoptedHistory(before: "2028-03-01", topics: ["monitoring", "kooperation"]).isEmpty)
        _ = try store.adopt(id)
        let fromStore = try store.adoptedHistory(before: "2028-03-01", topics: ["monitoring", "kooperation"])
        #expect(fromStore.count == 4 && fromStore.allSatisfy { $0.plan == id })
        #expect(try store.adoptedHistory(before: "2027-03-01", topics: ["monitoring"]).isEmpty)
        #expect(try store.adoptedHistory(before: "2028-03-01", topics: ["monitoring"]).count == 2)

        let (withStore, _) = try plannedAndChecked(network(year: 2028), addingHistory: fromStore)
        let written = "history:\n" + first.meetings.map {
            "  - {topic: \($0.topic), city: \($0.city), start: \($0.dates[0])}"
        }.joined(separator: "\n")
        let (withFile, _) = try plannedAndChecked(network(year: 2028, history: written))
        let (without, _) = try plannedAndChecked(network(year: 2028))
        #expect(withStore.objective == withFile.objective)
        #expect(withStore.meetings == withFile.meetings)
        // Two of three cities hosted each topic in 2027, so 2028 repeats one: rotation costs 500 × 1.
        #expect(withStore.objective.terms.rotation == 2 * 500)
        #expect(without.objective.terms.rotation == 0)
    }

    @Test func aFailedWriteLeavesTheStoreAsItWas() throws {
        let folder = try StoreFolder()
        let store = try PlanStore(path: folder.path("s.sqlite"), access: .create)
        let (plan, loaded) = try plannedAndChecked(network(year: 2027))
        _ = try store.save(plan, scenarioText: loaded.bytes, scenarioPath: "/tmp/netz.yaml")
        // Two meetings with the same topic and number break the meeting key after the plan row
        // and some meetings were written: the whole transaction must roll back.
        var broken = plan
        broken.meetings.append(plan.meetings[0])
        #expect(throws: PlanStoreError.self) {
            try store.save(broken, scenarioText: Data("anders".utf8), scenarioPath: "/tmp/anders.yaml")
        }
        #expect(try store.plans().count == 1)
        let counts = try DatabaseQueue(path: folder.path("s.sqlite")).read { db in
            try ["scenario", "plan", "meeting"].map { try Int.fetchOne(db, sql: "SELECT count(*) FROM \($0)") }
        }
        #expect(counts == [1, 1, 4])
    }

    @Test func otherFilesAreRefusedAndLeftUntouched() throws {
        let folder = try StoreFolder()
        let text = folder.path("notizen.sqlite")
        try Data("Nur Notizen\n".utf8).write(to: URL(fileURLWithPath: text))
        #expect { try PlanStore(path: text, access: .create) } throws: { error in
            guard case .notAStore = error as? PlanStoreError else { return false }
            return true
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: text)) == Data("Nur Notizen\n".utf8))

        let foreign = folder.path("fremd.sqlite")
        try DatabaseQueue(path: foreign).write { try $0.execute(sql: "CREATE TABLE kunden (name TEXT)") }
        let foreignBytes = try Data(contentsOf: URL(fileURLWithPath: foreign))
        #expect { try PlanStore(path: foreign, access: .create) } throws: { error in
            guard case .notAStore = error as? PlanStoreError else { return false }
            return true
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: foreign)) == foreignBytes)

        let newer = folder.path("neuer.sqlite")
        _ = try PlanStore(path: newer, access: .create)
        try DatabaseQueue(path: newer).write {
            try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('9 from the future')")
        }
        let newerBytes = try Data(contentsOf: URL(fileURLWithPath: newer))
        #expect { try PlanStore(path: newer, access: .create) } throws: { error in
            guard case .newerSchema(_, let unknown) = error as? PlanStoreError else { return false }
            return unknown == ["9 from the future"]
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: newer)) == newerBytes)
        #expect(throws: PlanStoreError.self) { try PlanStore(path: folder.path("fehlt.sqlite"), access: .read) }

        let otherApplication = folder.path("andere.sqlite")
        try DatabaseQueue(path: otherApplication).write { try $0.execute(sql: "PRAGMA application_id = 42") }
        let otherBytes = try Data(contentsOf: URL(fileURLWithPath: otherApplication))
        #expect { try PlanStore(path: otherApplication, access: .create) } throws: { error in
            guard case .notAStore = error as? PlanStoreError else { return false }
            return true
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: otherApplication)) == otherBytes)
        #expect { try PlanStore(path: folder.url.path, access: .create) } throws: { error in
            guard case .notAStore(_, let detail) = error as? PlanStoreError else { return false }
            return detail == "it is a directory"
        }
    }

    @Test func twoWritersAtOnceBothSucceed() async throws {
        let folder = try StoreFolder()
        let path = folder.path("s.sqlite")
        let (plan, loaded) = try plannedAndChecked(network(year: 2027))
        _ = try PlanStore(path: path, access: .create)
        // Another connection holds the write lock for a moment; the save waits for it.
        let holder = try DatabaseQueue(path: path)
        let held = Task.detached {
            try holder.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    try db.execute(sql: "INSERT INTO scenario (sha256, text) VALUES ('x', x'00')")
                    Thread.sleep(forTimeInterval: 0.5)
                    return .commit
                }
            }
        }
        try await Task.sleep(for: .milliseconds(100))
        let id = try PlanStore(path: path, access: .create).save(plan, scenarioText: loaded.bytes, scenarioPath: "/tmp/netz.yaml")
        try await held.value
        #expect(try PlanStore(path: path, access: .read).plan(id).plan.meetings.count == 4)
    }

    @Test func runsThatCreateTheSameStoreAtOnceAllSucceed() async throws {
        let folder = try StoreFolder()
        let path = folder.path("neu.sqlite")
        let opened = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<4 {
                group.addTask { try PlanStore(path: path, access: .create).plans().count }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(opened == [0, 0, 0, 0])
    }

    @Test func aStoreOfTheFirstSchemaIsMigratedForwardAndKeepsItsPlans() throws {
        let folder = try StoreFolder()
        let path = folder.path("alt.sqlite")
        let (plan, loaded) = try plannedAndChecked(network(year: 2027))
        let id = try PlanStore(path: path, access: .create).save(plan, scenarioText: loaded.bytes, scenarioPath: "/tmp/netz.yaml")
        // Take the store back to the first release's schema, with its plan in it.
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "DROP TABLE plan_calendar")
            try db.execute(sql: "ALTER TABLE plan DROP COLUMN broken_rules")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier IN (?, ?)",
                           arguments: ["2 calendars of a plan's scenario", "3 plans that break hard rules"])
        }
        let migrated = try PlanStore(path: path, access: .read)
        #expect(try migrated.plan(id).plan.meetings == plan.meetings)
        let migrations = try DatabaseQueue(path: path).read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(migrations == StoreSchema.migrator.migrations)
        // Only the steps a store lacks run: a current store opens read-only, untouched.
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        _ = try PlanStore(path: path, access: .read).plans()
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
    }

    @Test func aStoreOfTheSecondSchemaGainsTheBrokenRulesColumnAndKeepsItsPlans() throws {
        let folder = try StoreFolder()
        let path = folder.path("zwei.sqlite")
        let (plan, loaded) = try plannedAndChecked(network(year: 2027))
        let id = try PlanStore(path: path, access: .create).save(plan, scenarioText: loaded.bytes, scenarioPath: "/tmp/netz.yaml")
        // Take the store back to the schema before broken_rules, with its plan in it.
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "ALTER TABLE plan DROP COLUMN broken_rules")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = ?", arguments: ["3 plans that break hard rules"])
        }
        let migrated = try PlanStore(path: path, access: .read)
        let stored = try migrated.plan(id)
        #expect(stored.plan.meetings == plan.meetings)
        #expect(stored.brokenRules == [])
        #expect(try migrated.plans().map(\.brokenRules) == [0])
        let migrations = try DatabaseQueue(path: path).read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(migrations == StoreSchema.migrator.migrations)
        #expect(try PlanStore(path: path, access: .write).adopt(id) == .adopted)
    }

    @Test func aPlanThatBreaksRulesIsStoredMarkedAndNeverAdopted() throws {
        let folder = try StoreFolder()
        let store = try PlanStore(path: folder.path("s.sqlite"), access: .create)
        let (plan, loaded) = try plannedAndChecked(network(year: 2027))
        let original = try store.save(plan, scenarioText: loaded.bytes, scenarioPath: "/tmp/netz.yaml")
        // monitoring#2 onto monitoring#1's Monday: closer than min_gap_days.
        let first = try #require(plan.meetings.first { $0.topic == "monitoring" && $0.number == 1 })
        let move = try ManualMove(plan, scenario: loaded.scenario, topic: "monitoring", number: 2, to: first.firstDay, venue: nil)
        let violations = PlanChecker.check(move.plan, against: loaded.scenario).violations
        #expect(!violations.isEmpty)
        #expect(violations == move.violations)
        let broken = violations.map(\.description)
        let id = try store.save(move.plan, scenarioText: loaded.bytes, scenarioPath: "/tmp/netz.yaml",
                                kind: .manual, derivedFrom: original, brokenRules: broken)
        #expect(try store.plan(id).brokenRules == broken)
        #expect(try store.plan(id).kind == .manual)
        #expect(try store.plans().map(\.brokenRules) == [0, broken.count])
        #expect {
            try store.adopt(id)
        } throws: { error in
            guard case let PlanStoreError.breaksRules(_, refused, rules) = error else { return false }
            return refused == id && rules == broken
        }
        #expect(try store.plans().allSatisfy { !$0.adopted })
        #expect(try store.adopt(original) == .adopted)
        #expect(try store.plans().map(\.adopted) == [true, false])
    }

    @Test func thePlanKeepsTheCalendarsItsScenarioNamed() throws {
        let folder = try StoreFolder()
        let store = try PlanStore(path: folder.path("s.sqlite"), access: .create)
        let (plan, loaded) = try plannedAndChecked(network(year: 2027))
        let calendar = Data("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".utf8)
        let id = try store.save(plan, scenarioText: loaded.bytes, scenarioPath: "/tmp/netz.yaml",
                                calendars: ["urlaub/anna.ics": calendar])
        #expect(try store.plan(id).calendars == ["urlaub/anna.ics": calendar])
    }
}
