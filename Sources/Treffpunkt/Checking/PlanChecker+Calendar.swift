/// Rules H2 (the format's day pattern inside the period) and H3 (no closed days).
extension PlanChecker {
    /// Rule H2: `days` consecutive days, a first day on a start weekday, every day on an allowed
    /// weekday, every day in the period.
    static func dayPatternViolations(_ meetings: [CheckedMeeting], _ scenario: Scenario) -> [CheckReport.Violation] {
        var violations: [CheckReport.Violation] = []
        for meeting in meetings {
            let format = meeting.format
            if meeting.days.count != format.days {
                violations.append(violation("H2", "\(meeting.longLabel) occupies \(meeting.days.count) days, "
                    + "format '\(format.id)' takes \(format.days)"))
            }
            for (previous, next) in zip(meeting.days, meeting.days.dropFirst()) where previous.distance(to: next) != 1 {
                violations.append(violation("H2", "\(meeting.longLabel) has \(next) after \(previous); "
                    + "its days must follow one another"))
            }
            if !format.startWeekdays.contains(meeting.firstDay.weekday) {
                violations.append(violation("H2", "\(meeting.longLabel) starts on a \(meeting.firstDay.weekday.abbreviation), "
                    + "format '\(format.id)' starts on \(weekdayList(format.startWeekdays))"))
            }
            for day in meeting.days where !format.weekdays.contains(day.weekday) {
                violations.append(violation("H2", "\(meeting.longLabel) meets on \(day), a \(day.weekday.abbreviation); "
                    + "format '\(format.id)' meets on \(weekdayList(format.weekdays))"))
            }
            for day in meeting.days where !scenario.period.contains(day) {
                violations.append(violation("H2", "\(meeting.longLabel) meets on \(day), outside the period "
                    + "\(scenario.period.lowerBound) – \(scenario.period.upperBound)"))
            }
        }
        return violations
    }

    /// Rule H3: no day is a public holiday of the host's state, a local holiday of the host city,
    /// a network-wide blackout or a blackout of the host's state. Fixed meetings are exempt.
    static func closedDayViolations(_ meetings: [CheckedMeeting], _ scenario: Scenario) -> [CheckReport.Violation] {
        var violations: [CheckReport.Violation] = []
        var holidaysByStateAndYear: [String: [PublicHolidays.Holiday]] = [:]
        func publicHoliday(on day: Day, in state: GermanState) -> PublicHolidays.Holiday? {
            let key = "\(state.rawValue)-\(day.year)"
            if holidaysByStateAndYear[key] == nil {
                holidaysByStateAndYear[key] = PublicHolidays.holidays(in: state, year: day.year)
            }
            return holidaysByStateAndYear[key]?.first { $0.day == day }
        }
        for meeting in meetings where !meeting.isFixed {
            let host = meeting.host
            let place = "\(meeting.longLabel) in '\(host.id)' (\(host.state.rawValue))"
            for day in meeting.days {
                if scenario.calendar.publicHolidays, let holiday = publicHoliday(on: day, in: host.state) {
                    violations.append(violation("H3", "\(place) meets on \(day), "
                        + "a public holiday in \(host.state.rawValue) (\(holiday.name))"))
                }
                if let item = host.extraHolidays.item(containing: day) {
                    violations.append(violation("H3", "\(place) meets on \(day), "
                        + "a local holiday of '\(host.id)'\(reason(item))"))
                }
                if let item = scenario.calendar.blackouts.item(containing: day) {
                    violations.append(violation("H3", "\(place) meets on \(day), "
                        + "a network-wide blackout\(reason(item))"))
                }
                if let item = scenario.calendar.stateBlackouts[host.state]?.item(containing: day) {
                    violations.append(violation("H3", "\(place) meets on \(day), "
                        + "a blackout day of \(host.state.rawValue)\(reason(item))"))
                }
            }
        }
        return violations
    }

    private static func reason(_ item: DateSet.Item) -> String {
        item.reason.map { " (\($0))" } ?? ""
    }

    static func weekdayList(_ weekdays: Set<Weekday>) -> String {
        weekdays.sorted().map(\.abbreviation).joined(separator: ", ")
    }
}
