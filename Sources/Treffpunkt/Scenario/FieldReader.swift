import Foundation
import ICalendar
import SafeYAML
import Yams

/// Reads values from YAML nodes by the scenario schema, collecting every problem found.
///
/// A scalar is typed by the field it fills, from its raw text: unquoted `13:00` in a time
/// field is a time, `no` in an id field is the id `no`. Quoted scalars are text, so they fill
/// text-like fields (text, ids, dates, times, weekdays, states) but never a number or boolean.
/// Every method reports what is wrong at the offending node and returns nil.
struct FieldReader {
    private(set) var problems: [Diagnostic.Problem] = []
    /// The scenario file's folder, which `{ics: PATH}` items are relative to.
    var scenarioFolder = ""
    /// The scenario's time zone, which input calendars are read in; set once it is read.
    var calendarZone: TimeZone?
    /// Expands input calendars over the scenario's period (or, without one, a single day, so
    /// that their problems are still found); set with `calendarZone`.
    var calendarExpander: CalendarExpander?
    /// Each input calendar read, by the path as written; nil for one that could not be read.
    private var calendarsByPath: [String: BusyCalendar?] = [:]
    /// The bytes of `ics:` files by the path as written, read from here instead of the disk
    /// (a stored plan's scenario is read again with the calendars it was planned with).
    var givenCalendars: [String: Data]?
    /// The bytes of every `ics:` file read, by the path as written.
    private(set) var calendarsRead: [String: Data] = [:]

    mutating func report(_ message: String, at location: SourceLocation) {
        problems.append(Diagnostic.Problem(location, message))
    }

    mutating func report(_ message: String, at node: Node) {
        report(message, at: node.sourceLocation)
    }

    // MARK: Collections

    /// The fields of a mapping, after checking for unknown and missing keys.
    mutating func fields(_ node: Node, in what: String, allowed: [String], required: [String]) -> Fields? {
        guard case let .mapping(mapping) = node else {
            report("expected a mapping for \(what), found \(node.shapeDescription)", at: node)
            return nil
        }
        var values: [String: Node] = [:]
        for (key, value) in mapping {
            guard let name = key.rawText, key.scalar != nil else {
                report("a key in \(what) must be text", at: key)
                continue
            }
            guard allowed.contains(name) else {
                let hint = Suggestion.opposite(of: name, among: allowed)
                    .map { " ('\($0)' is known here, and means the opposite)" } ?? Suggestion.hint(for: name, among: allowed)
                report("unknown key '\(name)' in \(what)\(hint)", at: key)
                continue
            }
            if values[name] != nil {
                report("duplicate key '\(name)'", at: key)
                continue
            }
            values[name] = value
        }
        for name in required where values[name] == nil {
            report("missing key '\(name)' in \(what)", at: node)
        }
        return Fields(node: node, values: values)
    }

    /// The items of a list.
    mutating func list(_ node: Node, _ what: String) -> [Node]? {
        guard case let .sequence(sequence) = node else {
            report("expected a list for '\(what)', found \(node.shapeDescription)", at: node)
            return nil
        }
        return Array(sequence)
    }

    /// A list of ids without repeats, each with its node for later references.
    mutating func idList(_ node: Node, _ what: String, nonEmpty: Bool) -> [(id: String, node: Node)]? {
        guard let items = list(node, what) else { return nil }
        if nonEmpty, items.isEmpty {
            report("'\(what)' must not be empty", at: node)
            return nil
        }
        var result: [(id: String, node: Node)] = []
        var seen = Set<String>()
        for item in items {
            guard let id = id(item, what) else { continue }
            if !seen.insert(id).inserted {
                report("'\(id)' appears more than once in '\(what)'", at: item)
                continue
            }
            result.append((id, item))
        }
        return result
    }

    // MARK: Scalars

    /// Any scalar's text, quoted or not.
    mutating func text(_ node: Node, _ what: String) -> String? {
        guard let text = node.rawText else {
            report("expected text for '\(what)', found \(node.shapeDescription)", at: node)
            return nil
        }
        if node.isEmptyValue {
            report("'\(what)' has no value", at: node)
            return nil
        }
        return text
    }

    /// An e-mail address `LOCAL@DOMAIN`: one `@`, no spaces, control characters, `<`, `>` or commas,
    /// a dot in the domain; invitations write it into `mailto:` and mail headers.
    mutating func emailAddress(_ node: Node, _ what: String) -> String? {
        guard let text = text(node, what) else { return nil }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        let forbidden = Set("<>,;:\"()[]\\ ".unicodeScalars)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
              text.utf8.count <= 254,
              !text.unicodeScalars.contains(where: { forbidden.contains($0) || $0.properties.generalCategory == .control
                  || $0.properties.isWhitespace }) else {
            report("'\(Excerpt.of(text))' in '\(what)' is not an e-mail address (NAME@DOMAIN.TLD)", at: node)
            return nil
        }
        return text
    }

    /// The longest id: ids become file names (`staff/<id>.ics`) and calendar UIDs.
    static let maximumIDLength = 64

    /// An id: `[a-z0-9][a-z0-9-]*`, at most `maximumIDLength` characters.
    mutating func id(_ node: Node, _ what: String) -> String? {
        guard let text = text(node, what) else { return nil }
        guard FieldReader.isID(text) else {
            report("'\(text)' in '\(what)' is not a valid id (lowercase letters, digits and '-', not starting with '-')", at: node)
            return nil
        }
        guard text.utf8.count <= FieldReader.maximumIDLength else {
            report("the id '\(text.prefix(20))…' in '\(what)' has \(text.utf8.count) characters; at most \(FieldReader.maximumIDLength) are allowed", at: node)
            return nil
        }
        return text
    }

    /// A whole number, unquoted, from `minimum` to `maximum`; the schema caps every count so
    /// that no later sum, product or list of days can overflow or exhaust memory.
    mutating func integer(_ node: Node, _ what: String, minimum: Int, maximum: Int) -> Int? {
        guard let text = unquoted(node, what, expected: "a whole number") else { return nil }
        let negative = text.hasPrefix("-")
        let digits = negative || text.hasPrefix("+") ? text.dropFirst() : Substring(text)
        guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            report("expected a whole number for '\(what)', found '\(text)'", at: node)
            return nil
        }
        // Too many digits for `Int` is still a number, just far out of range.
        let value = Int(text) ?? (negative ? Int.min : Int.max)
        guard value >= minimum else {
            report("'\(what)' must be at least \(minimum), found \(text)", at: node)
            return nil
        }
        guard value <= maximum else {
            report("'\(what)' must be at most \(maximum), found \(text)", at: node)
            return nil
        }
        return value
    }

    /// A finite decimal number, unquoted, from `minimum` to `maximum` if given.
    mutating func number(_ node: Node, _ what: String, minimum: Double? = nil, maximum: Double? = nil) -> Double? {
        guard let text = unquoted(node, what, expected: "a number") else { return nil }
        let allowed = Set("0123456789+-.eE".utf8)
        guard text.utf8.allSatisfy(allowed.contains), text.utf8.contains(where: { $0 >= 48 && $0 <= 57 }),
              let value = Double(text), value.isFinite else {
            report("expected a finite number for '\(what)', found '\(text)'", at: node)
            return nil
        }
        if let minimum, value < minimum {
            report("'\(what)' must be at least \(FieldReader.format(minimum)), found \(text)", at: node)
            return nil
        }
        if let maximum, value > maximum {
            report("'\(what)' must be at most \(FieldReader.format(maximum)), found \(text)", at: node)
            return nil
        }
        return value
    }

    /// `true` or `false`, unquoted.
    mutating func bool(_ node: Node, _ what: String) -> Bool? {
        guard let text = unquoted(node, what, expected: "true or false") else { return nil }
        switch text {
        case "true": return true
        case "false": return false
        default:
            report("expected true or false for '\(what)', found '\(text)'", at: node)
            return nil
        }
    }

    /// A DATE: `YYYY-MM-DD`, a day that exists.
    mutating func date(_ node: Node, _ what: String) -> Day? {
        guard let text = text(node, what) else { return nil }
        guard let day = Day(iso: text), day.year >= 1 else {
            report("'\(text)' in '\(what)' is not a date (YYYY-MM-DD with a year from 0001 to 9999, a day that exists)", at: node)
            return nil
        }
        return day
    }

    /// A time: `HH:MM`, 00:00–23:59.
    mutating func time(_ node: Node, _ what: String) -> TimeOfDay? {
        guard let text = text(node, what) else { return nil }
        guard text.utf8.count == 5, let time = TimeOfDay(text: text) else {
            report("'\(text)' in '\(what)' is not a time (HH:MM, 00:00 to 23:59)", at: node)
            return nil
        }
        return time
    }

    /// A non-empty list of `mon` … `sun` without repeats.
    mutating func weekdays(_ node: Node, _ what: String) -> Set<Weekday>? {
        guard let items = list(node, what) else { return nil }
        guard !items.isEmpty else {
            report("'\(what)' must not be empty", at: node)
            return nil
        }
        var result = Set<Weekday>()
        var valid = true
        for item in items {
            guard let text = text(item, what) else {
                valid = false
                continue
            }
            guard let weekday = Weekday(abbreviation: text) else {
                let names = Weekday.allCases.map(\.abbreviation)
                report("'\(text)' in '\(what)' is not a weekday (mon … sun)\(Suggestion.hint(for: text, among: names))", at: item)
                valid = false
                continue
            }
            if !result.insert(weekday).inserted {
                report("'\(text)' appears more than once in '\(what)'", at: item)
            }
        }
        return valid ? result : nil
    }

    /// A DATESET: a list of DATEs, inclusive ranges `{start, end, reason?}`, calendars `{ics: PATH}`
    /// and years without dates on purpose `{no_dates_in: YEAR}`.
    mutating func dateSet(_ node: Node, _ what: String) -> DateSet? {
        guard let items = list(node, what) else { return nil }
        var result: [DateSet.Item] = []
        var calendars: [DateSet.CalendarDays] = []
        var yearsWithoutDates: Set<Int> = []
        var valid = true
        for item in items {
            if case let .mapping(mapping) = item, mapping.keys.contains(where: { $0.rawText == "no_dates_in" }) {
                guard let marker = fields(item, in: "a year without dates of '\(what)'", allowed: ["no_dates_in"],
                                          required: ["no_dates_in"]),
                      let yearNode = marker["no_dates_in"], let year = integer(yearNode, "no_dates_in", minimum: 1, maximum: 9999) else {
                    valid = false
                    continue
                }
                yearsWithoutDates.insert(year)
            } else if case let .mapping(mapping) = item, mapping.keys.contains(where: { $0.rawText == "ics" }) {
                guard let calendar = fields(item, in: "a calendar of '\(what)'", allowed: ["ics"], required: ["ics"]),
                      let pathNode = calendar["ics"], let days = calendarDays(pathNode) else {
                    valid = false
                    continue
                }
                calendars.append(days)
            } else if case .mapping = item {
                guard let range = fields(item, in: "a range of '\(what)'", allowed: ["start", "end", "reason"],
                                         required: ["start", "end"]),
                      let startNode = range["start"], let endNode = range["end"],
                      let start = date(startNode, "start"), let end = date(endNode, "end") else {
                    valid = false
                    continue
                }
                let reason = range["reason"].flatMap { text($0, "reason") }
                guard end >= start else {
                    report("the range ends (\(end)) before it starts (\(start))", at: endNode)
                    valid = false
                    continue
                }
                result.append(DateSet.Item(days: start...end, reason: reason))
            } else if let day = date(item, what) {
                result.append(DateSet.Item(days: day...day))
            } else {
                valid = false
            }
        }
        guard valid else { return nil }
        var set = DateSet(result)
        set.calendars = calendars
        set.yearsWithoutDates = yearsWithoutDates
        return set
    }

    /// The .ics file an `ics:` value names, relative to the scenario's folder, with its busy
    /// days in the period; a file named again is read once.
    private mutating func calendarDays(_ node: Node) -> DateSet.CalendarDays? {
        guard let path = text(node, "ics"), let zone = calendarZone, var expander = calendarExpander else { return nil }
        let fullPath = path.hasPrefix("/") || scenarioFolder.isEmpty ? path : (scenarioFolder as NSString).appendingPathComponent(path)
        let calendar: BusyCalendar
        switch calendarsByPath[path] {
        case .some(.some(let known)):
            calendar = known
        case .some(.none):
            report("the calendar '\(path)' cannot be read (see above)", at: node)
            return nil
        case .none:
            calendarsByPath[path] = .some(nil)
            let data: Data
            if let givenCalendars {
                guard let given = givenCalendars[path] else {
                    report("the calendar '\(path)' was not stored", at: node)
                    return nil
                }
                data = given
            } else {
                switch FieldReader.calendarFile(fullPath) {
                case .success(let read): data = read
                case .failure(let problem):
                    report(problem.message, at: node)
                    return nil
                }
            }
            calendarsRead[path] = data
            guard let text = String(data: data, encoding: .utf8) else {
                report("the calendar '\(fullPath)' is not UTF-8 text", at: node)
                return nil
            }
            do {
                calendar = try BusyCalendar(text: text, path: path, file: fullPath, zone: zone)
            } catch {
                reportCalendar(error, at: node, path: path)
                return nil
            }
            calendarsByPath[path] = calendar
        }
        do {
            let days = try expander.days(of: calendar)
            calendarExpander = expander
            return DateSet.CalendarDays(calendar: calendar, horizon: expander.horizon, days: days)
        } catch {
            calendarsByPath[path] = .some(nil)
            reportCalendar(error, at: node, path: path)
            return nil
        }
    }

    private mutating func reportCalendar(_ error: BusyCalendarError, at node: Node, path: String) {
        problems.append(Diagnostic.Problem(SourceLocation(line: error.line, column: 1), error.message, file: error.file))
        report("the calendar '\(path)' cannot be read (see \(error.file):\(error.line))", at: node)
    }

    /// A message about a file that cannot be read, never quoting what is in it.
    struct FileProblem: Error {
        var message: String
    }

    /// The bytes of the calendar file at `path`: a regular file of at most `BusyCalendar.maximumByteCount` bytes.
    static func calendarFile(_ path: String) -> Result<Data, FileProblem> {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            return .failure(FileProblem(message: "cannot read the calendar '\(path)': there is no such file"))
        }
        if isFolder.boolValue {
            return .failure(FileProblem(message: "the calendar '\(path)' is a folder, not a calendar file"))
        }
        let type = (try? FileManager.default.attributesOfItem(atPath: (path as NSString).resolvingSymlinksInPath))?[.type] as? FileAttributeType
        guard type == .typeRegular else {
            return .failure(FileProblem(message: "the calendar '\(path)' is not a regular file"))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return .failure(FileProblem(message: "cannot read the calendar '\(path)'"))
        }
        defer { try? handle.close() }
        let limit = BusyCalendar.maximumByteCount
        guard let data = try? handle.read(upToCount: limit + 1) ?? Data() else {
            return .failure(FileProblem(message: "cannot read the calendar '\(path)'"))
        }
        guard data.count <= limit else {
            return .failure(FileProblem(message: "the calendar '\(path)' is larger than \(limit / 1024 / 1024) MiB"))
        }
        return .success(data)
    }

    // MARK: Helpers

    static func isID(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let first = bytes.first, first != UInt8(ascii: "-") else { return false }
        return bytes.allSatisfy { byte in
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || byte == UInt8(ascii: "-")
        }
    }

    /// The text of an unquoted scalar, for numbers and booleans.
    private mutating func unquoted(_ node: Node, _ what: String, expected: String) -> String? {
        guard let text = text(node, what) else { return nil }
        guard !node.isQuoted else {
            report("expected \(expected) for '\(what)', found the quoted text '\(text)'", at: node)
            return nil
        }
        return text
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
