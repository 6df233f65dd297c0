import Foundation
import GRDB
import PlanStore
import Testing
import Treffpunkt

/// A store whose rows are not what this version wrote is refused as damaged, never a crash.
@Suite struct DamagedStoreTests {
    /// A store with one plan, damaged by `damage`, then read back.
    func readAfter(_ damage: String) throws -> PlanStoreError? {
        let folder = try StoreFolder()
        let path = folder.path("s.sqlite")
        let (plan, loaded) = try plannedAndChecked(network(year: 2027))
        let id = try PlanStore(path: path, access: .create).save(plan, scenarioText: loaded.bytes, scenarioPath: "/tmp/netz.yaml")
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: damage) }
        try queue.close()
        let store = try PlanStore(path: path, access: .read)
        do {
            _ = try store.plan(id)
            _ = try store.plans()
            _ = try store.adoptedHistory(before: "2028-01-01", topics: ["monitoring"])
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [
        ("UPDATE plan SET total = 'viel'", "plan.total holds"),
        ("UPDATE plan SET solver_nodes = 2.5", "plan.solver_nodes holds 2.5, not an integer"),
        ("UPDATE meeting SET dates = '[\"2027-02-30\"]'", "meeting.dates holds"),
        ("UPDATE meeting SET start = 'morgen'", "meeting.start holds 'morgen', not a local time"),
        ("UPDATE plan SET terms = '{}'", "plan.terms lacks travel"),
        ("UPDATE plan SET kind = 'guess'", "plan.kind holds 'guess'"),
        ("ALTER TABLE meeting RENAME COLUMN venue TO place", "table meeting has no column venue"),
    ])
    func aDamagedRowIsReportedNotACrash(damage: String, detail: String) throws {
        let error = try readAfter(damage)
        guard case .damaged(_, let found) = error else {
            Issue.record("expected a damaged store, got \(String(describing: error))")
            return
        }
        #expect(found.contains(detail), "\(found)")
        #expect(error?.description.contains("damaged plan store") == true)
    }
}

extension DamagedStoreTests {
    /// Opening a store with these SQL statements applied.
    func openAfter(_ damage: String) throws -> PlanStoreError? {
        let folder = try StoreFolder()
        let path = folder.path("s.sqlite")
        let (plan, loaded) = try plannedAndChecked(network(year: 2027))
        _ = try PlanStore(path: path, access: .create).save(plan, scenarioText: loaded.bytes, scenarioPath: "/tmp/netz.yaml")
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { try $0.execute(sql: damage) }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        defer { #expect((try? Data(contentsOf: URL(fileURLWithPath: path))) == before, "the store must stay as it was") }
        do {
            _ = try PlanStore(path: path, access: .write)
            return nil
        } catch {
            return error
        }
    }

    @Test func aUserVersionTreffpunktNeverSetsMarksAForeignFile() throws {
        let error = try openAfter("PRAGMA user_version = 99")
        guard case .notAStore(_, let detail) = error else {
            Issue.record("expected not a store, got \(String(describing: error))")
            return
        }
        #expect(detail.contains("user_version is 99"))
    }

    @Test func aMissingTableIsDamageWithSQLitesOwnCheck() throws {
        let error = try openAfter("PRAGMA foreign_keys = OFF; DROP TABLE plan_calendar")
        guard case .damaged(_, let detail) = error else {
            Issue.record("expected damaged, got \(String(describing: error))")
            return
        }
        #expect(detail.contains("table plan_calendar missing; quick_check: ok"), "\(detail)")
    }
}

extension DamagedStoreTests {
    @Test func anOldDatabaseWithOnlyGRDBsBookkeepingBelongsToSomeoneElse() throws {
        let folder = try StoreFolder()
        let path = folder.path("other.sqlite")
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)") }
        try queue.close()
        // Fresh, it may be a store another run is creating this moment: it is taken.
        #expect(throws: Never.self) { _ = try PlanStore(path: path, access: .create) }
        let second = folder.path("abandoned.sqlite")
        let other = try DatabaseQueue(path: second)
        try other.write { try $0.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)") }
        try other.close()
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-3600)], ofItemAtPath: second)
        #expect {
            _ = try PlanStore(path: second, access: .create)
        } throws: { error in
            guard case .notAStore(_, let detail) = error as? PlanStoreError else { return false }
            return detail.contains("only grdb_migrations")
        }
    }
}
