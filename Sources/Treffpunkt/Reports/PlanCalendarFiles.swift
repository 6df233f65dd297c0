import Foundation
import ICalendar

/// The calendar files exported with a plan: every meeting, and one file per topic, per staff
/// member and per host city, so each planner can subscribe to just the meetings that concern them.
public struct PlanCalendarFiles: Sendable {
    /// One `.ics` file: its path relative to the output folder and its calendar.
    public struct File: Sendable {
        public var path: String
        public var calendar: ICalendar.Calendar

        /// The file's bytes: UTF-8, folded lines ending in CRLF.
        public var data: Data { Data(calendar.serialized.utf8) }
    }

    /// `calendar.ics`, then `topics/<id>.ics` and `staff/<id>.ics` for every topic and staff member,
    /// then `cities/<id>.ics` for every city that hosts a meeting, each in the scenario's order.
    public let files: [File]

    /// With a `previous` export, events keep or raise their SEQUENCE, and events of meetings the
    /// plan no longer has stay cancelled in `calendar.ics` and in their topic's file.
    public init(plan: Plan, scenario: Scenario, exportedAt: Date, previous: PreviousCalendar? = nil,
                messages: Messages = .german) throws(UnknownTimeZone) {
        let calendars = try PlanCalendar(plan: plan, scenario: scenario, exportedAt: exportedAt, previous: previous,
                                         messages: messages)
        let meetings = plan.meetings
        var files = [File(path: "calendar.ics",
                          calendar: calendars.calendar(subject: nil, meetings: meetings, cancelled: calendars.cancelledEvents))]
        for topic in scenario.topics {
            files.append(File(path: "topics/\(topic.id).ics",
                              calendar: calendars.calendar(subject: topic.name, meetings: meetings.filter { $0.topic == topic.id },
                                                           cancelled: calendars.cancelledEvents(ofTopic: topic.id))))
        }
        for member in scenario.staff {
            files.append(File(path: "staff/\(member.id).ics",
                              calendar: calendars.calendar(subject: member.name,
                                                           meetings: meetings.filter { $0.staff.contains(member.id) })))
        }
        for city in scenario.cities {
            let hosted = meetings.filter { $0.city == city.id }
            guard !hosted.isEmpty else { continue }
            files.append(File(path: "cities/\(city.id).ics", calendar: calendars.calendar(subject: city.name, meetings: hosted)))
        }
        self.files = files
    }
}
