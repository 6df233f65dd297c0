import Yams

/// Decodes the parsed `treffpunkt-plan/1` document field by field, collecting a located
/// diagnostic for every unknown key, missing key and value of the wrong type.
///
/// It checks the file's shape and reads dates and local times; whether they and the ids make
/// sense for the scenario is the checker's job.
struct PlanFileDecoder {
    let fileName: String
    private(set) var diagnostics: [Diagnostic] = []

    init(fileName: String) {
        self.fileName = fileName
    }

    mutating func plan(from root: Node) -> Plan? {
        let fields = object(root, at: "the plan", keys: ["format", "scenario", "status", "objective", "solver", "meetings"],
                            optional: ["id", "period", "history", "warnings"])
        if let node = fields?["format"], let format = string(node, at: "format"), format != Plan.formatIdentifier {
            report("format is '\(format)', expected '\(Plan.formatIdentifier)'", at: node)
        }
        let scenario = scenarioReference(fields?["scenario"])
        let status = status(fields?["status"])
        let objective = objective(fields?["objective"])
        let solver = solverReport(fields?["solver"])
        var meetings: [Plan.Meeting]? = nil
        if let items = array(fields?["meetings"], at: "meetings") {
            meetings = []
            for (index, item) in items.enumerated() {
                let meeting = meeting(item, at: "meetings[\(index)]")
                if let meeting { meetings?.append(meeting) }
            }
            if meetings?.count != items.count { meetings = nil }
        }
        let id = fields?["id"].flatMap { integer($0, at: "id") }
        let period = fields?["period"].flatMap { planPeriod($0) }
        var history: [Plan.HistoryEntry]? = []
        if let node = fields?["history"] {
            let items = array(node, at: "history") ?? []
            let entries = items.enumerated().compactMap { historyEntry($1, at: "history[\($0)]") }
            history = entries.count == items.count ? entries : nil
        }
        let warnings = fields?["warnings"].map { strings($0, at: "warnings") } ?? []
        guard let scenario, let status, let objective, let solver, let meetings, let history, let warnings else { return nil }
        if fields?["period"] != nil, period == nil { return nil }
        var plan = Plan(id: id.map(Int64.init), scenario: scenario, period: period, status: status, objective: objective,
                        solver: solver, history: history, meetings: meetings)
        plan.warnings = warnings
        return plan
    }

    private mutating func planPeriod(_ node: Node) -> Plan.Period? {
        let fields = object(node, at: "period", keys: ["start", "end"], optional: ["years_after_scenario"])
        let start = day(fields?["start"], at: "period.start")
        let end = day(fields?["end"], at: "period.end")
        let years = fields?["years_after_scenario"].flatMap { integer($0, at: "period.years_after_scenario") } ?? 0
        guard let start, let end else { return nil }
        guard start <= end else {
            report("the period ends (\(end)) before it starts (\(start))", at: node)
            return nil
        }
        guard (0...100).contains(years) else {
            report("years_after_scenario is \(years), expected 0 to 100", at: fields?["years_after_scenario"] ?? node)
            return nil
        }
        return Plan.Period(start: start, end: end, yearsAfterScenario: years)
    }

    private mutating func historyEntry(_ node: Node, at path: String) -> Plan.HistoryEntry? {
        let fields = object(node, at: path, keys: ["topic", "city", "start"], optional: ["plan"])
        let topic = string(fields?["topic"], at: "\(path).topic")
        let city = string(fields?["city"], at: "\(path).city")
        let start = day(fields?["start"], at: "\(path).start")
        let plan = fields?["plan"].flatMap { integer($0, at: "\(path).plan") }
        guard let topic, let city, let start, fields?["plan"] == nil || plan != nil else { return nil }
        return Plan.HistoryEntry(topic: Topic.ID(topic), city: City.ID(city), start: start, plan: plan.map(Int64.init))
    }

    private mutating func scenarioReference(_ node: Node?) -> Plan.ScenarioReference? {
        let fields = object(node, at: "scenario", keys: ["name", "file", "sha256"])
        let name = string(fields?["name"], at: "scenario.name")
        let file = string(fields?["file"], at: "scenario.file")
        let sha256 = string(fields?["sha256"], at: "scenario.sha256")
        guard let name, let file, let sha256 else { return nil }
        return Plan.ScenarioReference(name: name, file: file, sha256: sha256)
    }

    private mutating func status(_ node: Node?) -> Plan.Status? {
        guard let node else { return nil }
        guard let text = string(node, at: "status") else { return nil }
        guard let status = Plan.Status(rawValue: text) else {
            report("status is '\(text)', expected 'optimal' or 'feasible'", at: node)
            return nil
        }
        return status
    }

    private mutating func objective(_ node: Node?) -> Plan.Objective? {
        let fields = object(node, at: "objective", keys: ["total", "bound", "gap", "terms"])
        let total = number(fields?["total"], at: "objective.total")
        let bound = number(fields?["bound"], at: "objective.bound")
        let gap = number(fields?["gap"], at: "objective.gap")
        let terms = objectiveTerms(fields?["terms"])
        guard let total, let bound, let gap, let terms else { return nil }
        return Plan.Objective(total: total, bound: bound, gap: gap, terms: terms)
    }

    /// The five terms every plan has, and `changes`, which only a re-plan has.
    private mutating func objectiveTerms(_ node: Node?) -> ObjectiveTerms? {
        let names = ObjectiveTerms().named.map(\.name)
        let fields = object(node, at: "objective.terms", keys: names, optional: ["changes"])
        var values: [String: Double] = [:]
        for name in names {
            values[name] = number(fields?[name], at: "objective.terms.\(name)")
        }
        let changes = fields?["changes"].map { number($0, at: "objective.terms.changes") }
        guard let travel = values["travel"], let venueCost = values["venue_cost"], let rotation = values["rotation"],
              let balance = values["balance"], let offers = values["offers"], changes != .some(nil) else { return nil }
        return ObjectiveTerms(travel: travel, venueCost: venueCost, rotation: rotation, balance: balance, offers: offers,
                              changes: changes ?? nil)
    }

    private mutating func solverReport(_ node: Node?) -> Plan.SolverReport? {
        let fields = object(node, at: "solver", keys: ["name", "version", "seconds", "nodes"])
        let name = string(fields?["name"], at: "solver.name")
        let version = string(fields?["version"], at: "solver.version")
        let seconds = number(fields?["seconds"], at: "solver.seconds")
        let nodes = integer(fields?["nodes"], at: "solver.nodes")
        guard let name, let version, let seconds, let nodes else { return nil }
        return Plan.SolverReport(name: name, version: version, seconds: seconds, nodes: nodes)
    }

    private mutating func meeting(_ node: Node, at path: String) -> Plan.Meeting? {
        let fields = object(node, at: path, keys: ["topic", "number", "city", "venue", "start", "end", "dates",
                                                   "registration_deadline", "staff", "fixed"])
        let topic = string(fields?["topic"], at: "\(path).topic")
        let number = integer(fields?["number"], at: "\(path).number")
        let city = string(fields?["city"], at: "\(path).city")
        let venue = string(fields?["venue"], at: "\(path).venue")
        let start = timestamp(fields?["start"], at: "\(path).start")
        let end = timestamp(fields?["end"], at: "\(path).end")
        let dates = days(fields?["dates"], at: "\(path).dates")
        let deadline = day(fields?["registration_deadline"], at: "\(path).registration_deadline")
        let staff = strings(fields?["staff"], at: "\(path).staff")
        let fixed = bool(fields?["fixed"], at: "\(path).fixed")
        guard let topic, let number, let city, let venue, let start, let end, let dates, let deadline, let staff,
              let fixed else { return nil }
        return Plan.Meeting(topic: Topic.ID(topic), number: number, city: City.ID(city), venue: Venue.ID(venue), start: start, end: end,
                            dates: dates, registrationDeadline: deadline, staff: staff.map { StaffMember.ID($0) }, fixed: fixed)
    }

    // MARK: JSON values

    /// The members of a JSON object that has `keys` and may have `optional` ones; unknown keys are
    /// reported at the key, missing keys at the object.
    private mutating func object(_ node: Node?, at path: String, keys: [String], optional: [String] = []) -> [String: Node]? {
        guard let node else { return nil }
        guard case .mapping(let mapping) = node else {
            report("expected an object for \(quotedPath(path)), found \(kind(of: node))", at: node)
            return nil
        }
        var fields: [String: Node] = [:]
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key, scalar.style == .doubleQuoted else {
                report("expected a quoted key in \(quotedPath(path)), found \(kind(of: key))", at: key)
                continue
            }
            guard keys.contains(scalar.string) || optional.contains(scalar.string) else {
                report("unknown key '\(scalar.string)' in \(quotedPath(path)); expected "
                    + (keys + optional).map { "'\($0)'" }.joined(separator: ", "), at: key)
                continue
            }
            fields[scalar.string] = value
        }
        for key in keys where fields[key] == nil {
            report("missing key '\(key)' in \(quotedPath(path))", at: node)
        }
        return fields
    }

    private mutating func array(_ node: Node?, at path: String) -> [Node]? {
        guard let node else { return nil }
        guard case .sequence(let sequence) = node else {
            report("expected an array for \(quotedPath(path)), found \(kind(of: node))", at: node)
            return nil
        }
        return Array(sequence)
    }

    private mutating func strings(_ node: Node?, at path: String) -> [String]? {
        guard let items = array(node, at: path) else { return nil }
        let values = items.enumerated().map { string($1, at: "\(path)[\($0)]") }
        let strings = values.compactMap { $0 }
        return strings.count == values.count ? strings : nil
    }

    private mutating func string(_ node: Node?, at path: String) -> String? {
        guard let node else { return nil }
        guard case .scalar(let scalar) = node, scalar.style == .doubleQuoted else {
            report("expected a string for \(quotedPath(path)), found \(kind(of: node))", at: node)
            return nil
        }
        return scalar.string
    }

    /// A `YYYY-MM-DD` day that exists.
    private mutating func day(_ node: Node?, at path: String) -> Day? {
        guard let node, let text = string(node, at: path) else { return nil }
        guard let day = Day(iso: text) else {
            report("\(quotedPath(path)) is '\(text)', not an existing YYYY-MM-DD day", at: node)
            return nil
        }
        return day
    }

    /// A non-empty list of days.
    private mutating func days(_ node: Node?, at path: String) -> [Day]? {
        guard let node, let items = array(node, at: path) else { return nil }
        guard !items.isEmpty else {
            report("\(quotedPath(path)) is empty; a meeting has at least one day", at: node)
            return nil
        }
        let days = items.enumerated().compactMap { day($1, at: "\(path)[\($0)]") }
        return days.count == items.count ? days : nil
    }

    /// A local time with UTC offset, `YYYY-MM-DDTHH:MM:SS±HH:MM`.
    private mutating func timestamp(_ node: Node?, at path: String) -> LocalTimestamp? {
        guard let node, let text = string(node, at: path) else { return nil }
        guard let timestamp = LocalTimestamp(iso: text) else {
            report("\(quotedPath(path)) is '\(text)', not a local time with UTC offset like 2027-03-01T13:00:00+01:00", at: node)
            return nil
        }
        return timestamp
    }

    private mutating func number(_ node: Node?, at path: String) -> Double? {
        guard let node else { return nil }
        guard case .scalar(let scalar) = node, scalar.style == .plain, Self.isJSONNumber(scalar.string) else {
            report("expected a number for \(quotedPath(path)), found \(kind(of: node))", at: node)
            return nil
        }
        guard let value = Double(scalar.string), value.isFinite else {
            report("number \(scalar.string) for \(quotedPath(path)) is out of range", at: node)
            return nil
        }
        return value
    }

    private mutating func integer(_ node: Node?, at path: String) -> Int? {
        guard let node else { return nil }
        guard case .scalar(let scalar) = node, scalar.style == .plain, Self.isJSONNumber(scalar.string) else {
            report("expected an integer for \(quotedPath(path)), found \(kind(of: node))", at: node)
            return nil
        }
        guard let value = Int(scalar.string) else {
            report("expected an integer for \(quotedPath(path)), found \(scalar.string)", at: node)
            return nil
        }
        return value
    }

    private mutating func bool(_ node: Node?, at path: String) -> Bool? {
        guard let node else { return nil }
        guard case .scalar(let scalar) = node, scalar.style == .plain,
              scalar.string == "true" || scalar.string == "false" else {
            report("expected true or false for \(quotedPath(path)), found \(kind(of: node))", at: node)
            return nil
        }
        return scalar.string == "true"
    }

    private func kind(of node: Node) -> String {
        switch node {
        case .mapping: return "an object"
        case .sequence: return "an array"
        case .alias: return "a YAML alias"
        case .scalar(let scalar):
            switch scalar.style {
            case .doubleQuoted: return "a string"
            case .plain:
                if scalar.string == "true" || scalar.string == "false" { return "a boolean" }
                if scalar.string == "null" { return "null" }
                if Self.isJSONNumber(scalar.string) { return "a number" }
                return "'\(scalar.string)', which is not JSON"
            default: return "'\(scalar.string)', which is not a JSON string"
            }
        }
    }

    private func quotedPath(_ path: String) -> String {
        path == "the plan" ? path : "'\(path)'"
    }

    private mutating func report(_ message: String, at node: Node) {
        let location = node.mark.map { SourceLocation(line: $0.line, column: $0.column) } ?? .start
        diagnostics.append(Diagnostic(file: fileName, location: location, message: message))
    }

    /// JSON's number grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    static func isJSONNumber(_ text: String) -> Bool {
        var bytes = Array(text.utf8)[...]
        func digits() -> Int {
            let count = bytes.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }.count
            bytes = bytes.dropFirst(count)
            return count
        }
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        if bytes.first == UInt8(ascii: "0") {
            bytes = bytes.dropFirst()
        } else if digits() == 0 {
            return false
        }
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            if digits() == 0 { return false }
        }
        if bytes.first == UInt8(ascii: "e") || bytes.first == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if bytes.first == UInt8(ascii: "+") || bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
            if digits() == 0 { return false }
        }
        return bytes.isEmpty
    }
}
