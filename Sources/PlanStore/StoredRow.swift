import Foundation
import GRDB
import Treffpunkt

/// A row of the store read with throwing accessors: a missing column or a value of the wrong
/// type is a damaged store (`PlanStoreError.damaged`), never a crash.
struct StoredRow {
    let row: Row
    let table: String

    private func value(_ column: String) throws -> DatabaseValue {
        guard row.hasColumn(column) else { throw StoreDamage("table \(table) has no column \(column)") }
        return row[column]
    }

    private func decoded<T: DatabaseValueConvertible>(_ column: String, as type: T.Type) throws -> T? {
        let value = try value(column)
        if value.isNull { return nil }
        guard let decoded = T.fromDatabaseValue(value) else {
            throw StoreDamage("\(table).\(column) holds \(value), not \(type)")
        }
        return decoded
    }

    func optional<T: DatabaseValueConvertible>(_ column: String, as type: T.Type = T.self) throws -> T? {
        try decoded(column, as: type)
    }

    func required<T: DatabaseValueConvertible>(_ column: String, as type: T.Type = T.self) throws -> T {
        guard let value = try decoded(column, as: type) else { throw StoreDamage("\(table).\(column) is empty") }
        return value
    }

    /// Integers are read exactly: a real or text where an integer belongs is damage.
    func integer(_ column: String) throws -> Int64 {
        let value = try value(column)
        guard case .int64(let integer) = value.storage else { throw StoreDamage("\(table).\(column) holds \(value), not an integer") }
        return integer
    }

    func optionalInteger(_ column: String) throws -> Int64? {
        try value(column).isNull ? nil : try integer(column)
    }

    func day(_ column: String) throws -> Day {
        let text: String = try required(column)
        guard let day = Day(iso: text) else { throw StoreDamage("\(table).\(column) holds '\(text)', not a day") }
        return day
    }

    func timestamp(_ column: String) throws -> LocalTimestamp {
        let text: String = try required(column)
        guard let timestamp = LocalTimestamp(iso: text) else { throw StoreDamage("\(table).\(column) holds '\(text)', not a local time") }
        return timestamp
    }

    func enumeration<T: RawRepresentable>(_ column: String) throws -> T where T.RawValue == String {
        let text: String = try required(column)
        guard let value = T(rawValue: text) else { throw StoreDamage("\(table).\(column) holds '\(text)'") }
        return value
    }

    /// A JSON column: text decoded as `T`.
    func json<T: Decodable>(_ column: String, as type: T.Type = T.self) throws -> T {
        let text: String = try required(column)
        do {
            return try JSONDecoder().decode(T.self, from: Data(text.utf8))
        } catch {
            throw StoreDamage("\(table).\(column) holds malformed JSON")
        }
    }
}

/// What is wrong with a damaged store; `PlanStore.failure` turns it into `PlanStoreError.damaged`.
struct StoreDamage: Error {
    var detail: String
    init(_ detail: String) { self.detail = detail }
}
