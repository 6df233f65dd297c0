import ArgumentParser
import PlanStore

/// `--db`: the plan store a command works on.
struct StoreLocation: ParsableArguments {
    @Option(help: "Plan store file (default: $TREFFPUNKT_DB, else treffpunkt.sqlite in the working directory).")
    var db: String?

    var path: String { PlanStore.defaultPath(db) }

    /// Opens the store; only commands that store plans create it when no file exists.
    func open(access: PlanStore.Access) throws -> PlanStore {
        try storeCall { () throws(PlanStoreError) in try PlanStore(path: path, access: access) }
    }

    /// The store if there is one yet, opened for writing; nil when no store exists, so that a
    /// run that finds no plan leaves no file behind.
    func openExisting() throws -> PlanStore? {
        do {
            return try PlanStore(path: path, access: .write)
        } catch .missing {
            return nil
        } catch {
            printError(error.description)
            throw ExitStatus.invalidInput
        }
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
