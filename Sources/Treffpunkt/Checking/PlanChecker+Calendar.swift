/// Rules H2 (the format's day pattern inside the period) and H3 (no closed days).
extension PlanChecker {
    /// Rule H2: `days` consecutive days, a first day on a start weekday, every day on an allowed
    /// weekday, every day in the period.
    static func dayPatternViolations(_ meetings: [CheckedMeeting], _ scenario: Scenario) -> [CheckReport.Violation] {
        var violations: [CheckReport.Violation] = []
        for meeting in meetings {
            let format = meeting.format
            if meeting.days.count != format.days {
                violations.append(violation("H2", .checkDayCount, "\(meeting.longLabel)", "\(meeting.days.count)",
                                            "\(format.id)", "\(format.days)"))
            }
            for (previous, next) in zip(meeting.days, meeting.days.dropFirst()) where previous.distance(to: next) != 1 {
                violations.append(violation("H2", .checkDaysApart, "\(meeting.longLabel)", .day(next), .day(previous)))
            }
            if !format.startWeekdays.contains(meeting.firstDay.weekday) {
                violations.append(violation("H2", .checkStartWeekday, "\(meeting.longLabel)", .weekdays([meeting.firstDay.weekday]),
                                            "\(format.id)", .weekdays(format.startWeekdays.sorted())))
            }
            for day in meeting.days where !format.weekdays.contains(day.weekday) {
                violations.append(violation("H2", .checkMeetingWeekday, "\(meeting.longLabel)", .day(day), .weekdays([day.weekday]),
                                            "\(format.id)", .weekdays(format.weekdays.sorted())))
            }
            for day in meeting.days where !scenario.period.contains(day) {
                violations.append(violation("H2", .checkOutsidePeriod, "\(meeting.longLabel)", .day(day),
                                            .day(scenario.period.lowerBound), .day(scenario.period.upperBound)))
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
            let place: [CheckReport.Violation.Argument] = ["\(meeting.longLabel)", "\(host.id)", "\(host.state.rawValue)"]
            func closed(_ key: MessageKey, _ day: Day, _ reason: String) -> CheckReport.Violation {
                CheckReport.Violation(rule: "H3", key: key, arguments: place + [.day(day), .text(reason)])
            }
            for day in meeting.days {
                if scenario.calendar.publicHolidays, let holiday = publicHoliday(on: day, in: host.state) {
                    violations.append(closed(.checkPublicHoliday, day, holiday.name))
                }
                if let item = host.extraHolidays.item(containing: day) {
                    violations.append(closed(.checkLocalHoliday, day, reason(item)))
                }
                if let item = scenario.calendar.blackouts.item(containing: day) {
                    violations.append(closed(.checkNetworkBlackout, day, reason(item)))
                }
                if let item = scenario.calendar.stateBlackouts[host.state]?.item(containing: day) {
                    violations.append(closed(.checkStateBlackout, day, reason(item)))
                }
            }
        }
        return violations
    }

    private static func reason(_ item: DateSet.Item) -> String {
        item.reason.map { " (\($0))" } ?? ""
    }
}
