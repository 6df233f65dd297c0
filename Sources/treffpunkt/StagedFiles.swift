import Foundation

/// Output files written into a hidden folder inside their destination first and moved into
/// place only when every one of them was written, so that a failed run leaves the output
/// folder as it was (the renames stay on one file system).
final class StagedFiles {
    let destination: URL
    private let staging: URL
    /// The folders this run created, deepest last, removed again when nothing is committed.
    private var createdFolders: [URL] = []
    private var staged: [String] = []
    private var isFinished = false

    init(into destination: URL) throws {
        self.destination = destination.standardizedFileURL
        staging = self.destination.appendingPathComponent(".treffpunkt-staging-\(UUID().uuidString)")
        var missing: [URL] = []
        var folder = self.destination
        while !FileManager.default.fileExists(atPath: folder.path) {
            missing.insert(folder, at: 0)
            folder.deleteLastPathComponent()
        }
        do {
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw OutputError(path: self.destination.path, reason: error.localizedDescription)
        }
        createdFolders = missing
    }

    /// Writes files (data and path relative to `destination`) completely or not at all.
    static func write(_ files: [(data: Data, path: String)], into destination: URL) throws {
        let staged = try StagedFiles(into: destination)
        for file in files { try staged.write(file.data, to: file.path) }
        try staged.verifyPlaceable()
        try staged.commit()
    }

    /// Writes one file, at a path relative to the destination.
    func write(_ data: Data, to path: String) throws {
        let file = staging.appendingPathComponent(path)
        do {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: file)
        } catch {
            throw OutputError(path: destination.appendingPathComponent(path).path, reason: error.localizedDescription)
        }
        staged.append(path)
    }

    /// Throws when a staged file could not be moved into place: a folder on its way is a file,
    /// or a folder has its name. Called before the store commits, so that moving cannot fail
    /// for those reasons afterwards.
    func verifyPlaceable() throws {
        for path in staged {
            var folder = destination
            for component in path.split(separator: "/").dropLast() {
                folder.appendPathComponent(String(component))
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                    throw OutputError(path: folder.path, reason: "it is a file, and the plan's files need a folder there")
                }
            }
            var isDirectory: ObjCBool = false
            let target = destination.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: target.path, isDirectory: &isDirectory), isDirectory.boolValue {
                throw OutputError(path: target.path, reason: "a folder has the name of the file")
            }
        }
    }

    /// Moves every staged file into place, replacing files of the same name.
    func commit() throws {
        for path in staged {
            let target = destination.appendingPathComponent(path)
            do {
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                if rename(staging.appendingPathComponent(path).path, target.path) != 0 {
                    throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
                }
            } catch {
                throw OutputError(path: target.path, reason: error.localizedDescription)
            }
        }
        isFinished = true
        try? FileManager.default.removeItem(at: staging)
    }

    /// Removes what was staged, and the folders this run created, unless committed.
    func discard() {
        guard !isFinished else { return }
        isFinished = true
        try? FileManager.default.removeItem(at: staging)
        for folder in createdFolders.reversed() {
            try? FileManager.default.removeItem(at: folder)
        }
    }

    deinit { discard() }
}
