import ArgumentParser
import PlanStore

/// `--db`: the plan store a command works on.
struct StoreLocation: ParsableArguments {
    @Option(help: "Plan store file (default: $TREFFPUNKT_DB, else treffpunkt.sqlite in the working directory).")
    var db: String?

    var path: String { PlanStore.defaultPath(db) }

    /// Opens the store; `create` makes a new one when no file exists (only commands that store do).
    func open(create: Bool) throws -> PlanStore {
        try storeCall { () throws(PlanStoreError) in try PlanStore(path: path, create: create) }
    }
}

/// Runs a store operation; a store that cannot be used ends the command with exit 2 and says why.
func storeCall<T>(_ body: () throws(PlanStoreError) -> T) throws -> T {
    do {
        return try body()
    } catch {
        printError(error.description)
        throw ExitStatus.invalidInput
    }
}
