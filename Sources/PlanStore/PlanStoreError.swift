/// Why the plan store could not be used; each message names the file and the fact (the command
/// line adds what to do about it).
public enum PlanStoreError: Error, Sendable, CustomStringConvertible {
    /// The file exists but is not a Treffpunkt plan store (another SQLite database, or no database).
    case notAStore(path: String, detail: String)
    /// The store was written by a newer Treffpunkt; this version must not change it.
    case newerSchema(path: String, unknownMigrations: [String])
    /// A command that only reads found no store at the path.
    case missing(path: String)
    /// No stored plan has this id.
    case unknownPlan(path: String, id: Int64)
    /// The store's rows are not what this version wrote: a column missing, a value of the wrong type.
    case damaged(path: String, detail: String)
    /// The plan breaks hard rules (stored by `move --force`), so it is not adopted.
    case breaksRules(path: String, id: Int64, rules: [String])
    /// SQLite refused: the file is read-only, the disk is full, another run held the lock too long.
    case sqlite(path: String, action: String, message: String)

    public var description: String {
        switch self {
        case .notAStore(let path, let detail):
            "\(path): error: not a Treffpunkt plan store (\(detail))"
        case .newerSchema(let path, let unknown):
            "\(path): error: the plan store was written by a newer version of Treffpunkt (schema steps "
                + unknown.sorted().map { "'\($0)'" }.joined(separator: ", ") + ")"
        case .missing(let path):
            "\(path): error: no plan store here"
        case .unknownPlan(let path, let id):
            "\(path): error: no plan with id \(id)"
        case .damaged(let path, let detail):
            "\(path): error: damaged plan store: \(detail)"
        case .breaksRules(let path, let id, let rules):
            "\(path): error: plan \(id) breaks \(rules.count) hard \(rules.count == 1 ? "rule" : "rules") and cannot be adopted: "
                + rules.joined(separator: "; ")
        case .sqlite(let path, let action, let message):
            "\(path): error: cannot \(action): \(message)"
        }
    }
}
