import ArgumentParser
import Foundation
import PlanStore

/// `--db`: the plan store a command works on.
struct StoreLocation: ParsableArguments {
    @Option(help: "Plan store file (default: $TREFFPUNKT_DB, else treffpunkt.sqlite in the working directory).")
    var db: String?

    var path: String { PlanStore.defaultPath(db) }

    /// The path made absolute, as `plan store: PATH` prints it once per command.
    var absolutePath: String { URL(fileURLWithPath: path).standardizedFileURL.path }

    /// Opens the store, printing `plan store: PATH` on stderr unless `announced` already; only
    /// commands that store plans create it when no file exists.
    func open(access: PlanStore.Access, announced: Bool = false) throws -> PlanStore {
        if !announced { printError("plan store: \(absolutePath)") }
        return try PlanStore(path: path, access: access)
    }

    /// The store if there is one yet, opened for writing; nil when no store exists, so that a
    /// run that finds no plan leaves no file behind.
    func openExisting() throws -> PlanStore? {
        do {
            return try PlanStore(path: path, access: .write)
        } catch .missing {
            return nil
        }
    }

    /// Refuses, before any solving, a store path that cannot hold a store: empty, a folder, a
    /// device, a read-only file, or a missing or read-only folder for a new one.
    func verifyWritable() throws {
        let path = self.path
        guard !path.isEmpty else { throw CommandFailure.invalidInput("error: --db is empty; give the plan store's file") }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            let type = try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType
            guard !isDirectory.boolValue, type == .typeRegular else {
                throw CommandFailure.invalidInput("\(path): error: the plan store must be a file, and this is "
                    + (isDirectory.boolValue ? "a folder" : "not a regular file"))
            }
            guard access(path, W_OK) == 0 else {
                throw CommandFailure.invalidInput("\(path): error: the plan store is read-only; nothing can be stored in it")
            }
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CommandFailure.invalidInput("\(path): error: the folder \(folder) does not exist")
        }
        guard access(folder, W_OK | X_OK) == 0 else {
            throw CommandFailure.invalidInput("\(path): error: the folder \(folder) is read-only; the store needs to write beside its file")
        }
    }
}
