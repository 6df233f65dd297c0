import Foundation
import Testing

/// Runs the built `treffpunkt` executable in a scratch folder.
struct CommandRunner {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// A fresh folder per runner; the scratch files of one test never meet another's.
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("treffpunkt-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// The executable sits next to the test bundle in SwiftPM's build folder.
    static var executable: URL {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("treffpunkt")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: ".build/debug/treffpunkt")
    }

    /// The repository's root, for the bundled scenarios.
    static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    @discardableResult
    func write(_ text: String, to name: String) throws -> URL {
        let file = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        return file
    }

    /// Runs the executable; `environment` adds to (or overrides) this process's variables, less
    /// the ones that choose the language: output is English unless `environment` says otherwise.
    func run(environment: [String: String] = [:], _ arguments: String...) throws -> Output {
        let own = ProcessInfo.processInfo.environment.filter { !["TREFFPUNKT_LANG", "LC_ALL", "LC_MESSAGES", "LANG"].contains($0.key) }
        return try run(CommandRunner.executable, environment: own.merging(environment) { $1 }, arguments)
    }

    /// Runs `program` with exactly the variables in `environment`.
    func run(_ program: URL, environment: [String: String], _ arguments: [String]) throws -> Output {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.environment = environment
        process.currentDirectoryURL = folder
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Read both pipes before waiting so a full pipe never blocks the child.
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                      stderr: String(decoding: err, as: UTF8.self))
    }

    func exists(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path)
    }
}

/// A complete small scenario: three cities, two topics, Monday–Tuesday meetings in spring 2027.
let smallScenario = """
format: treffpunkt/1
name: Kleines Netzwerk 2027
period: {start: 2027-03-01, end: 2027-05-31}
calendar:
  blackouts:
    - {start: 2027-04-12, end: 2027-04-18, reason: Klausur}
cities:
  - {id: berlin, name: Berlin, state: BE, location: [52.5244, 13.4105]}
  - {id: hamburg, name: Hamburg, state: HH, location: [53.5753, 10.0153]}
  - {id: bremen, name: Bremen, state: HB, location: [53.0758, 8.8072], offers: [monitoring]}
venues:
  - {id: rotes-rathaus, name: Rotes Rathaus, city: berlin, capacity: 30, cost_per_day: 200}
  - {id: rathaus-hamburg, name: Rathaus Hamburg, city: hamburg, capacity: 30}
  - {id: haus-der-buergerschaft, name: Haus der Bürgerschaft, city: bremen, capacity: 30, address: "Am Markt 20, 28195 Bremen"}
staff:
  - {id: anna, name: Anna Beispiel, email: anna@example.org, office: berlin}
  - {id: jonas, name: Jonas Muster, office: hamburg}
formats:
  - {id: fachgruppe, name: Fachgruppentreffen, days: 2, start_time: 13:00, end_time: 14:00, start_weekdays: [mon], weekdays: [mon, tue], registration_days: 10}
topics:
  - {id: monitoring, name: Monitoring, format: fachgruppe, meetings: 2, members: [berlin, hamburg, bremen], staff: [anna], min_gap_days: 28}
  - {id: kooperation, name: Kooperation, format: fachgruppe, meetings: 2, members: [berlin, hamburg, bremen], staff: [jonas, anna], min_gap_days: 28}
fixed:
  - {topic: kooperation, start: 2027-05-03, venue: rathaus-hamburg}
rules:
  staff_rest_days: 2
"""
