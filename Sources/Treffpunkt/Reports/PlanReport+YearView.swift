/// The year at a glance: the period's months as rows, days 1–31 as columns, one lane per topic
/// in every month, each meeting a block in its topic's colour across its days. Weekends, public
/// holidays of the cities' states and the network's closed days are shaded; the closed days of
/// some states (`state_blackouts`, such as school holidays) get a bar along the month's top
/// lane, those of some cities (`extra_holidays`) one along its bottom lane.
extension PlanReport {
    var yearView: String {
        let lanes = topicIDs
        let names = Dictionary(scenario.topics.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let holidays = holidayStates
        let closures = partialClosures
        var rows: [String] = []
        let head = "<tr><th class=\"month-head\"></th>" + (1...31).map { "<th>\($0)</th>" }.joined() + "</tr>"
        for (year, month) in months {
            for (lane, topic) in lanes.enumerated() {
                var cells = lane == 0
                    ? "<th class=\"month\" rowspan=\"\(lanes.count)\">\(e(labels.monthNames[month - 1]))<br><span>\(year)</span></th>"
                    : ""
                let daysInMonth = Day.daysInMonth(year: year, month: month)
                var dayOfMonth = 1
                while dayOfMonth <= 31 {
                    guard dayOfMonth <= daysInMonth, let day = Day(year: year, month: month, day: dayOfMonth) else {
                        cells += "<td class=\"void\"></td>"
                        dayOfMonth += 1
                        continue
                    }
                    if let meeting = plan.meetings.first(where: { $0.topic == topic && $0.dates.contains(day) }) {
                        let span = meeting.dates.filter { $0 >= day && $0.month == month && $0.year == year }.count
                        cells += block(meeting, topicName: names[topic] ?? topic.rawValue, span: max(1, span), lastLane: lane == lanes.count - 1)
                        dayOfMonth += max(1, span)
                    } else {
                        var (classes, title) = shading(day, holidays: holidays, closures: closures[day] ?? ([], []))
                        // The bars of partial closures mark the month's first and last lane only:
                        // one band per month, not a stripe in every lane.
                        if lane != 0 { classes.removeAll { $0 == "state-closed" } }
                        if lane != lanes.count - 1 { classes.removeAll { $0 == "city-closed" } }
                        let laneClass = lane == lanes.count - 1 ? ["last-lane"] : []
                        let allClasses = (classes + laneClass).joined(separator: " ")
                        cells += "<td\(allClasses.isEmpty ? "" : " class=\"\(allClasses)\"")\(title.map { " title=\"\(e($0))\"" } ?? "")></td>"
                        dayOfMonth += 1
                    }
                }
                rows.append("<tr>\(cells)</tr>")
            }
        }
        return """
            <section class="year">
            <h2>\(e(labels[.yearView]))</h2>
            \(legend)
            <table class="year-grid">
            <thead>\(head)</thead>
            <tbody>
            \(rows.joined(separator: "\n"))
            </tbody>
            </table>
            </section>
            """
    }

    var monthCount: Int { months.count }

    /// The months the period touches, in order.
    private var months: [(year: Int, month: Int)] {
        var result: [(Int, Int)] = []
        var (year, month) = (period.lowerBound.year, period.lowerBound.month)
        let last = (period.upperBound.year, period.upperBound.month)
        while (year, month) <= last {
            result.append((year, month))
            (year, month) = month == 12 ? (year + 1, 1) : (year, month + 1)
        }
        return result
    }

    /// A meeting's block: its number and host city, and everything else in the tooltip.
    private func block(_ meeting: Plan.Meeting, topicName: String, span: Int, lastLane: Bool) -> String {
        let city = scenario.city(meeting.city)?.name ?? meeting.city.rawValue
        let venue = scenario.venue(meeting.venue)?.name ?? meeting.venue.rawValue
        let dates = meeting.dates.count > 1
            ? "\(labels.date(meeting.firstDay)) – \(labels.date(meeting.lastDay))" : labels.date(meeting.firstDay)
        let title = "\(topicName) \(meeting.number): \(dates), \(venue), \(city)"
            + (meeting.fixed ? " (\(labels[.fixedMarker]))" : "")
        let classes = ["block", topicClass(meeting.topic)] + (meeting.fixed ? ["fixed"] : []) + (lastLane ? ["last-lane"] : [])
        let mark = meeting.fixed ? "★" : ""
        return "<td class=\"\(classes.joined(separator: " "))\" colspan=\"\(span)\" title=\"\(e(title))\">"
            + "<span>\(mark)\(meeting.number) \(e(city))</span></td>"
    }

    /// The classes and tooltip of a day without a meeting in this lane.
    private func shading(_ day: Day, holidays: [Day: [(state: GermanState, name: String)]],
                         closures: (states: [String], cities: [String])) -> (classes: [String], title: String?) {
        guard period.contains(day) else { return (["out"], labels[.outsidePeriod]) }
        var classes: [String] = []
        var reasons: [String] = []
        if day.weekday == .sat || day.weekday == .sun { classes.append("we") }
        if let blackout = scenario.calendar.blackouts.item(containing: day) {
            classes.append("closed")
            reasons.append(blackout.reason.map { "\(labels[.closedForNetwork]): \($0)" } ?? labels[.closedForNetwork])
        } else if scenario.calendar.blackouts.contains(day) {
            classes.append("closed")
            reasons.append(labels[.closedForNetwork])
        }
        let holidays = holidays[day] ?? []
        if !holidays.isEmpty {
            let everywhere = Set(holidays.map(\.state)) == Set(scenario.cities.map(\.state))
            classes.append(everywhere ? "hol" : "hol-some")
            let byName = Dictionary(grouping: holidays, by: \.name)
            for (name, entries) in byName.sorted(by: { $0.key < $1.key }) {
                reasons.append(everywhere ? name : "\(name) (\(entries.map(\.state.rawValue).sorted().joined(separator: ", ")))")
            }
        }
        if !closures.states.isEmpty {
            classes.append("state-closed")
            reasons += closures.states
        }
        if !closures.cities.isEmpty {
            classes.append("city-closed")
            reasons += closures.cities
        }
        let title = ([labels.date(day)] + reasons).joined(separator: " · ")
        return (classes, title)
    }

    /// Within the period, by day: the `state_blackouts` of the network's states, as "reason (NI,
    /// NW)", and the cities' `extra_holidays`, as "reason (Köln)".
    private var partialClosures: [Day: (states: [String], cities: [String])] {
        var byDay: [Day: (states: [String: [String]], cities: [String: [String]])] = [:]
        let states = Set(scenario.cities.map(\.state)).sorted()
        for day in Array(period.lowerBound...period.upperBound) {
            for state in states {
                guard let item = scenario.calendar.stateBlackouts[state]?.item(containing: day) else { continue }
                byDay[day, default: ([:], [:])].states[item.reason ?? labels[.schoolHolidays], default: []].append(state.rawValue)
            }
            for city in scenario.cities {
                guard let item = city.extraHolidays.item(containing: day) else { continue }
                byDay[day, default: ([:], [:])].cities[item.reason ?? labels[.closedInCity], default: []].append(city.name)
            }
        }
        return byDay.mapValues { entry in
            (entry.states.sorted { $0.key < $1.key }.map { "\($0.key) (\($0.value.joined(separator: ", ")))" },
             entry.cities.sorted { $0.key < $1.key }.map { "\($0.key) (\($0.value.joined(separator: ", ")))" })
        }
    }

    /// Public holidays of the states of the scenario's cities within the period, by day.
    private var holidayStates: [Day: [(state: GermanState, name: String)]] {
        guard scenario.calendar.publicHolidays else { return [:] }
        var result: [Day: [(state: GermanState, name: String)]] = [:]
        for state in Set(scenario.cities.map(\.state)).sorted() {
            for holiday in PublicHolidays.holidays(in: state, during: period) {
                result[holiday.day, default: []].append((state, holiday.name))
            }
        }
        return result
    }

    private var legend: String {
        let topics = topicIDs.map { id in
            "<li><span class=\"swatch \(topicClass(id))\"></span>\(e(scenario.topic(id)?.name ?? id.rawValue))</li>"
        }.joined()
        let shades = [("we", labels[.weekend]), ("hol", labels[.holidayEverywhere]), ("hol-some", labels[.holidaySomewhere]),
                      ("closed", labels[.closedForNetwork]), ("state-closed", labels[.schoolHolidays]),
                      ("city-closed", labels[.closedInCity])]
            .map { "<li><span class=\"swatch \($0.0)\"></span>\(e($0.1))</li>" }.joined()
        return "<ul class=\"legend\">\(topics)</ul><ul class=\"legend\">\(shades)<li><span class=\"fixed-mark\">★</span> \(e(labels[.fixedMarker]))</li></ul>"
    }
}
