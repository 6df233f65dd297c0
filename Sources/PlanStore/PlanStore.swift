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

    /// What a command does with the store.
    public enum Access: Sendable {
        /// Reads only: the file must exist; a read-only file is fine.
        case read
        /// Reads and writes an existing store.
        case write
        /// Reads and writes, creating the store when no file exists.
        case create
    }

    /// Opens the store; an older schema is migrated forward (which needs write access).
    ///
    /// A file that is not a Treffpunkt store, or one from a newer schema, is refused before
    /// anything is written to it.
    public init(path: String, access: Access) throws(PlanStoreError) {
        self.path = path
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        if isDirectory.boolValue { throw .notAStore(path: path, detail: "it is a directory") }
        let state = exists ? try Self.inspect(path) : .new
        // Only a command that stores plans makes a store of a missing or empty file.
        if state == .new && access != .create { throw .missing(path: path) }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(Self.busyTimeout)
        configuration.journalMode = .wal
        configuration.readonly = access == .read && state == .current
        database = try Self.open(path, configuration)
    }

    /// What an existing file holds.
    private enum State {
        /// Nothing yet: an empty file, or a store another run is creating this moment.
        case new
        /// A store with every migration this version knows.
        case current
        /// A store that an earlier version wrote; opening migrates it forward.
        case older
    }

    /// Opens the connection and migrates. Switching a new file to WAL takes a lock that SQLite's
    /// busy handler does not wait for, so a run that meets another run doing that waits and
    /// tries again, for as long as the busy timeout.
    private static func open(_ path: String, _ configuration: Configuration) throws(PlanStoreError) -> DatabaseQueue {
        do {
            return try whileBusy {
                let database = try DatabaseQueue(path: configuration.readonly ? readingPath(path) : path,
                                                 configuration: configuration)
                if !configuration.readonly { try migrate(database) }
                return database
            }
        } catch {
            throw failure(error, path: path, action: "open the plan store")
        }
    }

    /// Runs `body` again while SQLite reports the file busy, for at most the busy timeout.
    private static func whileBusy<T>(_ body: () throws -> T) throws -> T {
        let started = Date()
        while true {
            do {
                return try body()
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY
                && Date().timeIntervalSince(started) < busyTimeout {
                Thread.sleep(forTimeInterval: 0.02)
            }
        }
    }

    /// The name to open a store under for reading. In a folder that cannot be written (a
    /// read-only mount, another user's folder) SQLite cannot create the WAL's shared-memory
    /// file beside it, so the store is opened as an immutable URI there: read as it is, without
    /// locks, which is right since nobody can write to it through that folder either.
    static func readingPath(_ path: String) -> String {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        guard access(folder, W_OK) != 0,
              let escaped = URL(fileURLWithPath: path).standardizedFileURL.path
                  .addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "?#%")))
        else { return path }
        return "file:\(escaped)?mode=ro&immutable=1"
    }

    /// Runs the migrations this store lacks. Two runs that open a new store at once both find it
    /// unmigrated; the second one's migration fails and rolls back once the first one's commits.
    /// It then tries again on the migrated store, so both runs go on.
    private static func migrate(_ database: DatabaseQueue) throws {
        let migrator = StoreSchema.migrator
        for attempt in 1... {
            do {
                return try migrator.migrate(database)
            } catch {
                let current = try database.read { try migrator.hasCompletedMigrations($0) }
                if current { return }
                if attempt == migrator.migrations.count + 1 { throw error }
            }
        }
    }

    /// Refuses a file that is not a Treffpunkt store or that a newer version wrote, opening it
    /// read-only so that nothing (not even the journal mode) changes.
    private static func inspect(_ path: String) throws(PlanStoreError) -> State {
        let header: Data
        do {
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            header = try handle.read(upToCount: 16) ?? Data()
        } catch {
            throw .sqlite(path: path, action: "read the plan store", message: error.localizedDescription)
        }
        if header.isEmpty { return .new }  // An empty file is an empty database: it can become a store.
        guard header == Data("SQLite format 3\0".utf8) else {
            throw .notAStore(path: path, detail: "the file is not an SQLite database")
        }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(busyTimeout)
        do {
            return try whileBusy { try inspectTables(path, configuration) }
        } catch let error as PlanStoreError {
            throw error
        } catch {
            throw failure(error, path: path, action: "read the plan store")
        }
    }

    /// The application id, tables and applied migrations, read in one read transaction.
    private static func inspectTables(_ path: String, _ configuration: Configuration) throws -> State {
        let reader = try DatabaseQueue(path: readingPath(path), configuration: configuration)
        defer { try? reader.close() }
        return try reader.read { db in
            let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
            if applicationID != StoreSchema.applicationID {
                guard applicationID == 0 else {
                    throw PlanStoreError.notAStore(path: path, detail: "the SQLite database of another application (id \(applicationID))")
                }
                // Another run may be creating the store: GRDB adds its bookkeeping table before the
                // first migration (which sets the application id) commits. Such a file is new; one
                // left like that for longer than a run waits for a lock belongs to someone else.
                guard Set(tables).isSubset(of: ["grdb_migrations"]) else {
                    throw PlanStoreError.notAStore(path: path, detail: "an SQLite database with other tables: "
                        + tables.prefix(3).joined(separator: ", "))
                }
                if !tables.isEmpty, let modified = try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date,
                   Date().timeIntervalSince(modified) > busyTimeout {
                    throw PlanStoreError.notAStore(path: path, detail: "an SQLite database of another GRDB application "
                        + "that has not set itself up (only grdb_migrations)")
                }
                return .new
            }
            // Treffpunkt never sets user_version: another program has claimed the file.
            let userVersion = try Int32.fetchOne(db, sql: "PRAGMA user_version") ?? 0
            guard userVersion == 0 else {
                throw PlanStoreError.notAStore(path: path, detail: "user_version is \(userVersion), which Treffpunkt never sets")
            }
            let migrator = StoreSchema.migrator
            if try migrator.hasBeenSuperseded(db) {
                let known = Set(migrator.migrations)
                throw PlanStoreError.newerSchema(path: path, unknownMigrations: try migrator.appliedIdentifiers(db).filter { !known.contains($0) })
            }
            guard try migrator.hasCompletedMigrations(db) else { return .older }
            // The schema looks wrong when a table of the store is missing: say what SQLite's own
            // check finds, and touch nothing.
            let missing = StoreSchema.tables.filter { !tables.contains($0) }
            if !missing.isEmpty {
                let check = try String.fetchAll(db, sql: "PRAGMA quick_check").prefix(3).joined(separator: "; ")
                throw PlanStoreError.damaged(path: path, detail: "table \(missing.joined(separator: ", ")) missing; quick_check: \(check)")
            }
            return .current
        }
    }

    /// An SQLite failure in the planners' words; a file that SQLite cannot read as a database
    /// is "not a store".
    static func failure(_ error: any Error, path: String, action: String) -> PlanStoreError {
        if let error = error as? PlanStoreError { return error }
        if let damage = error as? StoreDamage { return .damaged(path: path, detail: damage.detail) }
        guard let error = error as? DatabaseError else {
            return .sqlite(path: path, action: action, message: "\(error)")
        }
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return .notAStore(path: path, detail: error.message ?? "not a database")
        case .SQLITE_CANTOPEN where access(URL(fileURLWithPath: path).deletingLastPathComponent().path, W_OK) != 0:
            return .sqlite(path: path, action: action, message: "the file's folder is read-only")
        case .SQLITE_READONLY:
            return .sqlite(path: path, action: action, message: "the file (or its folder) is read-only")
        case .SQLITE_FULL:
            return .sqlite(path: path, action: action, message: "the disk is full")
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
