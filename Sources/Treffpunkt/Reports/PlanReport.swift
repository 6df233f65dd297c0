/// A plan as one self-contained HTML page for planners: the key figures, the objective terms in
/// their units, the year at a glance, one row per meeting and, for a multi-year run, the
/// rotation of hosts. Inline CSS only: no script, no font, no image, nothing from the network.
///
/// Every text from the scenario goes through `HTMLText.escape`; every word of the page comes
/// from `labels`.
public struct PlanReport: Sendable {
    public var plan: Plan
    /// The scenario of the plan's own period (moved there for a later year).
    public var scenario: Scenario
    /// The years of a `plan --years` run, for the rotation table; empty otherwise.
    public var years: [YearPlan]
    public var labels: Messages

    public init(plan: Plan, scenario: Scenario, years: [YearPlan] = [], labels: Messages = .german) {
        self.plan = plan
        self.scenario = scenario
        self.years = years
        self.labels = labels
    }

    /// Meetings by first day, then topic order of the file, then number.
    public static func chronological(_ meetings: [Plan.Meeting]) -> [Plan.Meeting] {
        meetings.sorted { ($0.firstDay, $0.topic, $0.number) < ($1.firstDay, $1.topic, $1.number) }
    }

    /// The planned period: the plan's, else the scenario's.
    var period: ClosedRange<Day> { plan.period?.days ?? scenario.period }

    /// The whole page, UTF-8 text.
    public var html: String {
        let title = "\(scenario.name) – \(labels[.title])"
        var body = [header, yearView, meetingRows, mapSection, objectiveSection]
        if years.count > 1 { body.append(rotationSection) }
        return """
            <!DOCTYPE html>
            <html lang="\(labels.languageCode)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(e(title))</title>
            <style>
            \(Self.styleSheet)\(topicStyles)
            </style>
            </head>
            <body>
            \(body.joined(separator: "\n"))
            <footer>\(e(labels[.generatedBy])) · \(e(plan.scenario.file)) · sha256 \(e(String(plan.scenario.sha256.prefix(12))))</footer>
            </body>
            </html>

            """
    }

    // MARK: Sections

    private var header: String {
        let objective = plan.objective
        let status = plan.status == .optimal ? labels[.optimal] : labels[.feasible]
        let figures: [(String, String)] = [
            (labels[.period], "\(labels.date(period.lowerBound)) – \(labels.date(period.upperBound))"),
            (labels[.status], status),
            (labels[.total], labels.number(objective.total)),
            (labels[.bound], labels.number(objective.bound)),
            (labels[.gap], labels.number(objective.gap * 100) + " %"),
            (labels[.meetings], String(plan.meetings.count)),
        ]
        let items = figures.map { "<div><dt>\(e($0.0))</dt><dd>\(e($0.1))</dd></div>" }.joined()
        let statusClass = plan.status == .optimal ? "optimal" : "feasible"
        return """
            <header>
            <h1>\(e(scenario.name))</h1>
            <p class="subtitle">\(e(labels[.title])) \(e(labels.numericDate(period.lowerBound))) – \(e(labels.numericDate(period.upperBound)))</p>
            <dl class="figures \(statusClass)">\(items)</dl>
            </header>
            """
    }

    private var objectiveSection: String {
        let figures = plan.meetings.map { MeetingFigures($0, scenario: scenario) }
        let travel = figures.reduce(0) { $0 + $1.travelKilometres }
        let cost = figures.reduce(0) { $0 + $1.venueCost }
        let rows = plan.objective.terms.named.map { term -> String in
            let entry = labels.term(term.name) ?? (term.name, "", "")
            let value = switch term.name {
            case "travel": "\(labels.number(travel, decimals: 0)) \(entry.unit)"
            case "venue_cost": "\(labels.number(cost)) \(entry.unit)"
            default: "\(labels.number(term.value)) \(entry.unit)"
            }
            return "<tr><th>\(e(entry.name))</th><td class=\"num\">\(e(value))</td><td class=\"num\">\(e(labels.number(term.value)))</td>"
                + "<td>\(e(entry.explanation))</td></tr>"
        }
        return """
            <section class="objective">
            <h2>\(e(labels[.objective]))</h2>
            <table>
            <thead><tr><th>\(e(labels[.term]))</th><th class="num">\(e(labels[.inUnit]))</th><th class="num">\(e(labels[.weighted]))</th><th>\(e(labels[.whatItCounts]))</th></tr></thead>
            <tbody>
            \(rows.joined(separator: "\n"))
            </tbody>
            <tfoot><tr><th>\(e(labels[.total]))</th><td></td><td class="num">\(e(labels.number(plan.objective.total)))</td><td></td></tr></tfoot>
            </table>
            </section>
            """
    }

    private var meetingRows: String {
        let rows = Self.chronological(plan.meetings).map { meeting -> String in
            let topic = scenario.topic(meeting.topic)
            let venue = scenario.venue(meeting.venue)
            let figures = MeetingFigures(meeting, scenario: scenario)
            let dates = meeting.dates.count > 1
                ? "\(labels.date(meeting.firstDay)) –<br>\(labels.date(meeting.lastDay))" : labels.date(meeting.firstDay)
            let time = "\(labels.time(secondsOfDay: meeting.start.secondsOfDay))–\(labels.time(secondsOfDay: meeting.end.secondsOfDay))"
            let address = venue?.address.map { "<br><span class=\"address\">\(e($0))</span>" } ?? ""
            let fixed = meeting.fixed ? " <span class=\"fixed-mark\" title=\"\(e(labels[.fixedMarker]))\">★</span>" : ""
            let staff = meeting.staff.map { scenario.staffMember($0)?.name ?? $0.rawValue }.joined(separator: ", ")
            let members = (topic?.members ?? []).map { scenario.city($0)?.name ?? $0.rawValue }.joined(separator: ", ")
            return """
                <tr class="meeting-row" data-date="\(meeting.firstDay)" data-venue="\(e(meeting.venue.rawValue))">\
                <td><span class="swatch \(topicClass(meeting.topic))"></span>\(e(topic?.name ?? meeting.topic.rawValue))</td>\
                <td class="num">\(meeting.number)\(fixed)</td>\
                <td class="nowrap">\(dates)</td>\
                <td class="nowrap">\(time)</td>\
                <td><strong>\(e(venue?.name ?? meeting.venue.rawValue))</strong>\(address)</td>\
                <td>\(e(scenario.city(meeting.city)?.name ?? meeting.city.rawValue))</td>\
                <td class="nowrap">\(e(labels.date(meeting.registrationDeadline)))</td>\
                <td>\(e(staff))</td>\
                <td class="members">\(e(members))</td>\
                <td class="num">\(e(labels.number(figures.travelKilometres, decimals: 0)))</td>\
                <td class="num">\(e(labels.number(figures.venueCost)))</td></tr>
                """
        }
        let headers = [labels[.topic], labels[.number], labels[.dates], labels[.time], labels[.venue], labels[.city],
                       labels[.registrationDeadline], labels[.staff], labels[.members], labels[.travel], labels[.venueCost]]
        let numeric: Set<String> = [labels[.number], labels[.travel], labels[.venueCost]]
        let head = headers.map { "<th\(numeric.contains($0) ? " class=\"num\"" : "")>\(e($0))</th>" }.joined()
        let columns = ["topic", "number", "dates", "time", "venue", "city", "deadline", "staff", "members", "travel", "cost"]
            .map { "<col class=\"\($0)\">" }.joined()
        return """
            <section class="meetings">
            <h2>\(e(labels[.meetings]))</h2>
            <table>
            <colgroup>\(columns)</colgroup>
            <thead><tr>\(head)</tr></thead>
            <tbody>
            \(rows.joined(separator: "\n"))
            </tbody>
            </table>
            </section>
            """
    }

    private var rotationSection: String {
        let head = "<th>\(e(labels[.topic]))</th>" + years.map { "<th>\($0.calendarYear)</th>" }.joined()
        let rows = (years.first?.scenario.topics ?? []).map { topic -> String in
            let cells = years.map { year -> String in
                let hosts = year.plan.meetings.filter { $0.topic == topic.id }.sorted { $0.number < $1.number }
                    .map { year.scenario.city($0.city)?.name ?? $0.city.rawValue }
                let isThisYear = year.plan.period == plan.period
                return "<td\(isThisYear ? " class=\"this-year\"" : "")>\(e(hosts.joined(separator: ", ")))</td>"
            }.joined()
            return "<tr><th><span class=\"swatch \(topicClass(topic.id))\"></span>\(e(topic.name))</th>\(cells)</tr>"
        }
        return """
            <section class="rotation">
            <h2>\(e(labels[.rotation]))</h2>
            <p>\(e(labels[.rotationNote]))</p>
            <table>
            <thead><tr>\(head)</tr></thead>
            <tbody>
            \(rows.joined(separator: "\n"))
            </tbody>
            </table>
            </section>
            """
    }

    // MARK: Helpers

    func e(_ text: String) -> String { HTMLText.escape(text) }

    /// Topic ids in lane order: the scenario's topics, then any the plan names that the scenario lacks.
    var topicIDs: [Topic.ID] {
        let known = scenario.topics.map(\.id)
        var extra: [Topic.ID] = []
        for meeting in plan.meetings where !known.contains(meeting.topic) && !extra.contains(meeting.topic) {
            extra.append(meeting.topic)
        }
        return known + extra
    }

    /// The CSS class of a topic's colour: its position, so ids never reach the style sheet.
    func topicClass(_ topic: Topic.ID) -> String {
        "t\(topicIDs.firstIndex(of: topic) ?? 0)"
    }

    /// In print the year view must fit one A4 landscape page: about 515 px for all lanes of
    /// all months (after a legend of up to three lines), so the lanes get as high as that allows (6 to 14 px).
    private var printLaneStyle: String {
        let lanes = max(1, monthCount * topicIDs.count)
        let height = min(14, max(6, (515 / Double(lanes) * 2).rounded(.down) / 2))
        let font = min(10, max(5.5, height - 1.5))
        // On screen a month is about 90 px high; with few topics a lane is tall enough for the
        // number and the city on two lines, so one-day blocks are not cut to "1 Ha…".
        let screen = min(44, max(15, (90 / Double(max(1, topicIDs.count))).rounded(.down)))
        let wrap = screen >= 28
            ? ".year-grid td.block span { white-space: normal; overflow-wrap: normal; font-size: 9px; line-height: 12px; padding: 2px 1px; }\n" : ""
        return ".year-grid td { height: \(PlanTable.format(screen))px; }\n" + wrap
            + "@media print { .year-grid td { height: \(PlanTable.format(height))px; } "
            + ".year-grid td.block span { line-height: \(PlanTable.format(height))px; font-size: \(PlanTable.format(font))px; "
            + "white-space: nowrap; padding: 0 2px; } }"
    }

    private var topicStyles: String {
        topicIDs.indices.map { index in
            let colour = Self.palette[index % Self.palette.count]
            return ".t\(index){background:\(colour.background);color:\(colour.text)} .trips.t\(index){stroke:\(colour.background)}\n"
                + ".map:has(#map-t\(index):checked) .trips:not(.t\(index)) { display: none; }"
        }.joined(separator: "\n") + "\n" + printLaneStyle
    }
}
