import GRDB
import Treffpunkt

/// An id is stored as its plain string.
extension Identifier: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { rawValue.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> Identifier? {
        String.fromDatabaseValue(dbValue).map(Identifier.init(rawValue:))
    }
}
