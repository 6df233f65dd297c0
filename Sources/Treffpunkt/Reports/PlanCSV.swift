import Foundation

/// The plan as a spreadsheet: one row per meeting, by first day, with names as well as ids.
/// Dates are ISO (`2018-06-18`), times `13:00`, numbers plain with a `.` decimal point.
public enum PlanCSV {
    public static func rows(_ plan: Plan, scenario: Scenario, labels: Messages = .german) -> [[String]] {
        let header = [labels[.topic], labels[.number], labels[.firstDay], labels[.lastDay], labels[.weekdays], labels[.startTime],
                      labels[.endTime], labels[.venue], labels[.address], labels[.city], labels[.state], labels[.registrationDeadline],
                      labels[.staff], labels[.members], labels[.fixed], labels[.travel], labels[.venueCost],
                      labels[.topicID], labels[.venueID], labels[.cityID]]
        let rows = PlanReport.chronological(plan.meetings).map { meeting -> [String] in
            let topic = scenario.topic(meeting.topic)
            let venue = scenario.venue(meeting.venue)
            let city = scenario.city(meeting.city)
            let figures = MeetingFigures(meeting, scenario: scenario)
            let weekdays = meeting.dates.count > 1
                ? "\(labels.weekday(meeting.firstDay))–\(labels.weekday(meeting.lastDay))" : labels.weekday(meeting.firstDay)
            return [
                topic?.name ?? meeting.topic.rawValue,
                String(meeting.number),
                meeting.firstDay.description,
                meeting.lastDay.description,
                weekdays,
                labels.time(secondsOfDay: meeting.start.secondsOfDay),
                labels.time(secondsOfDay: meeting.end.secondsOfDay),
                venue?.name ?? meeting.venue.rawValue,
                venue?.address ?? "",
                city?.name ?? meeting.city.rawValue,
                city?.state.name ?? "",
                meeting.registrationDeadline.description,
                meeting.staff.map { scenario.staffMember($0)?.name ?? $0.rawValue }.joined(separator: ", "),
                (topic?.members ?? []).map { scenario.city($0)?.name ?? $0.rawValue }.joined(separator: ", "),
                meeting.fixed ? labels[.yes] : labels[.no],
                plain(figures.travelKilometres),
                plain(figures.venueCost),
                meeting.topic.rawValue,
                meeting.venue.rawValue,
                meeting.city.rawValue,
            ]
        }
        return [header] + rows
    }

    /// The file's bytes in `dialect`.
    public static func data(_ plan: Plan, scenario: Scenario, dialect: CSVDialect = .excel, labels: Messages = .german) -> Data {
        Data(dialect.text(rows(plan, scenario: scenario, labels: labels)).utf8)
    }

    /// At most two decimals with a `.`, no grouping: what every spreadsheet and parser reads.
    static func plain(_ value: Double) -> String {
        PlanTable.format(value)
    }
}
