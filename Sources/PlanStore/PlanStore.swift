import Foundation
import GRDB
import Treffpunkt

/// The SQLite file that keeps every plan run, which plan the network adopted for each period,
/// and so the history that rotation needs across years.
///
/// Each write is one transaction: a run that is killed, runs out of disk or meets a read-only
/// file leaves the store as it was. WAL lets readers work while a plan is stored; the busy
/// timeout lets two runs at once take turns instead of failing.
public final class PlanStore: Sendable {
    public let path: String
    private let database: DatabaseQueue

    /// How long a write waits for another run's lock before giving up with a clear error.
    static let busyTimeout: TimeInterval = 10

    /// The store at `path` as given (`--db`), else `$TREFFPUNKT_DB`, else `treffpunkt.sqlite` here.
    public static func defaultPath(_ option: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let option { return option }
        if let variable = environment["TREFFPUNKT_DB"], !variable.isEmpty { return variable }
        return "treffpunkt.sqlite"
    }

    /// Opens the store, creating it when `create` is true and no file exists.
    ///
    /// A file that is not a Treffpunkt store, or one from a newer schema, is refused before
    /// anything is written to it.
    public init(path: String, create: Bool) throws(PlanStoreError) {
        self.path = path
        let exists = FileManager.default.fileExists(atPath: path)
        if !exists && !create { throw .missing(path: path) }
        if exists { try Self.inspect(path) }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(Self.busyTimeout)
        configuration.journalMode = .wal
        do {
            database = try DatabaseQueue(path: path, configuration: configuration)
            try StoreSchema.migrator.migrate(database)
        } catch {
            throw Self.failure(error, path: path, action: "open the plan store")
        }
    }

    /// Refuses a file that is not a Treffpunkt store or that a newer version wrote, opening it
    /// read-only so that nothing (not even the journal mode) changes.
    private static func inspect(_ path: String) throws(PlanStoreError) {
        let header: Data
        do {
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            header = try handle.read(upToCount: 16) ?? Data()
        } catch {
            throw .sqlite(path: path, action: "read the plan store", message: error.localizedDescription)
        }
        if header.isEmpty { return }  // An empty file is an empty database: it becomes a store.
        guard header == Data("SQLite format 3\0".utf8) else {
            throw .notAStore(path: path, detail: "the file is not an SQLite database")
        }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(busyTimeout)
        do {
            let reader = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? reader.close() }
            try reader.read { db in
                let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
                if applicationID != StoreSchema.applicationID {
                    guard tables.isEmpty else {
                        throw PlanStoreError.notAStore(path: path, detail: "an SQLite database with other tables: "
                            + tables.prefix(3).joined(separator: ", "))
                    }
                    return
                }
                let migrator = StoreSchema.migrator
                if try migrator.hasBeenSuperseded(db) {
                    let known = Set(migrator.migrations)
                    throw PlanStoreError.newerSchema(path: path, unknownMigrations: try migrator.appliedIdentifiers(db).filter { !known.contains($0) })
                }
            }
        } catch let error as PlanStoreError {
            throw error
        } catch {
            throw failure(error, path: path, action: "read the plan store")
        }
    }

    /// An SQLite failure in the planners' words; a file that SQLite cannot read as a database
    /// is "not a store".
    static func failure(_ error: any Error, path: String, action: String) -> PlanStoreError {
        if let error = error as? PlanStoreError { return error }
        guard let error = error as? DatabaseError else {
            return .sqlite(path: path, action: action, message: "\(error)")
        }
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return .notAStore(path: path, detail: error.message ?? "not a database")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .sqlite(path: path, action: action,
                           message: "another run kept the store locked for more than \(Int(busyTimeout)) s; try again")
        default:
            return .sqlite(path: path, action: action, message: error.message ?? "\(error.resultCode)")
        }
    }

    /// Runs `body` in one immediate transaction: a writer takes the lock before reading, so two
    /// runs at once wait for each other (busy timeout) instead of failing mid-transaction.
    func write<T>(_ action: String, _ body: (Database) throws -> T) throws(PlanStoreError) -> T {
        do {
            return try database.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                return result!
            }
        } catch {
            throw Self.failure(error, path: path, action: action)
        }
    }

    func read<T>(_ action: String, _ body: (Database) throws -> T) throws(PlanStoreError) -> T {
        do {
            return try database.read(body)
        } catch {
            throw Self.failure(error, path: path, action: action)
        }
    }
}
