import ArgumentParser
import Foundation
import Treffpunkt

struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Puts a plan's meetings into a CalDAV calendar collection, one resource per event.",
        discussion: """
            New events are created (If-None-Match: *), changed ones updated in place with the same UID and the next \
            SEQUENCE (If-Match: the ETag read), and events of this network and period that the plan no longer has \
            are marked CANCELLED (deleted with --delete-dropped). An event edited on the server meanwhile is not \
            overwritten. The password comes from --password-file or TREFFPUNKT_CALDAV_PASSWORD, never from the \
            command line. --dry-run reads the collection and prints the same without writing.
            """
    )

    @OptionGroup var source: PlanSource

    @Option(name: .customLong("caldav"), help: "The calendar collection's URL (http or https).")
    var url: String

    @Option(help: "User name for HTTP Basic authentication.")
    var user: String?

    @Option(help: "A file whose first line is the password (else $TREFFPUNKT_CALDAV_PASSWORD).")
    var passwordFile: String?

    @Flag(help: "Print what would be created, updated and cancelled without writing.")
    var dryRun = false

    @Flag(help: "Delete the events of dropped meetings instead of marking them cancelled.")
    var deleteDropped = false

    func validate() throws {
        guard let parsed = URL(string: url), ["http", "https"].contains(parsed.scheme?.lowercased() ?? ""), parsed.host != nil else {
            throw ValidationError("--caldav needs an http:// or https:// URL")
        }
    }

    func run() throws {
        let resolved = try source.resolve()
        let client = CalDAVClient(collection: URL(string: url)!, user: user, password: try password())
        let publication: CalendarPublication
        do {
            let existing = try client.resources()
            publication = try CalendarPublication(plan: resolved.plan, scenario: resolved.scenario, exportedAt: Date(),
                                                  existing: existing, deleteDropped: deleteDropped)
        } catch let failure as CalDAVClient.Failure {
            throw CommandFailure.invalidInput("\(url): error: \(failure.message); nothing was published")
        } catch {
            throw OutputError(path: "the calendar resources", reason: "\(error)")
        }
        var done: [CalendarPublication.Action: Int] = [:]
        var conflicts: [String] = []
        for change in publication.changes {
            if change.action != .unchanged, !dryRun {
                do {
                    guard try write(change, with: client) else {
                        conflicts.append(change.uid)
                        continue
                    }
                } catch let failure as CalDAVClient.Failure {
                    let written = done.filter { $0.key != .unchanged }.values.reduce(0, +)
                    throw CommandFailure.invalidInput("\(url): error: \(change.uid): \(failure.message); "
                        + "\(written) resources were written before")
                }
            }
            done[change.action, default: 0] += 1
            if change.action != .unchanged { print("\(dryRun ? "would be " : "")\(change.action.rawValue): \(change.uid)") }
        }
        let summary = [CalendarPublication.Action.create, .update, .cancel, .delete, .unchanged]
            .map { "\(done[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", ")
        printError("\(dryRun ? "dry run, nothing written: " : "published \(resolved.description) to \(url): ")\(summary)")
        if !conflicts.isEmpty {
            throw CommandFailure.invalidInput("\(url): error: \(conflicts.count) event(s) changed on the server since they were "
                + "read and were not overwritten: \(conflicts.joined(separator: ", ")); publish again to see them")
        }
    }

    /// PUTs or DELETEs one resource under its ETag condition; false when the server says it changed meanwhile (412).
    private func write(_ change: CalendarPublication.Change, with client: CalDAVClient) throws -> Bool {
        let target = client.url(of: change.target)
        var headers: [String: String] = [:]
        if let etag = change.etag { headers["If-Match"] = etag } else if change.action == .create { headers["If-None-Match"] = "*" }
        let response: CalDAVClient.Response
        if change.action == .delete {
            response = try client.send("DELETE", target, headers: headers, body: nil)
        } else {
            headers["Content-Type"] = "text/calendar; charset=utf-8"
            response = try client.send("PUT", target, headers: headers, body: change.body)
        }
        if response.status == 412 { return false }
        guard (200..<300).contains(response.status) else {
            throw CalDAVClient.Failure(message: "\(change.action == .delete ? "DELETE" : "PUT") answered \(response.status)")
        }
        return true
    }

    /// The password from --password-file (its first line) or TREFFPUNKT_CALDAV_PASSWORD; none without --user.
    private func password() throws -> String? {
        guard user != nil else { return nil }
        if let passwordFile {
            guard let data = FileManager.default.contents(atPath: passwordFile) else {
                throw CommandFailure.invalidInput("\(passwordFile): error: cannot read the password file")
            }
            return String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).first
                .map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: "\r")) } ?? ""
        }
        guard let password = ProcessInfo.processInfo.environment["TREFFPUNKT_CALDAV_PASSWORD"] else {
            throw CommandFailure.invalidInput("error: --user needs a password: give --password-file FILE or set "
                + "TREFFPUNKT_CALDAV_PASSWORD")
        }
        return password
    }
}
