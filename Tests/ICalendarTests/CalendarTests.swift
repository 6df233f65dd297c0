import Foundation
import Testing
@testable import ICalendar

@Suite struct CalendarTests {
    @Test func serializesASmallCalendarExactly() throws {
        let stamp = try #require(ISO8601DateFormatter().date(from: "2016-11-20T09:00:00Z"))
        let day = CalendarDate(year: 2016, month: 11, day: 30)
        let event = Component(name: "VEVENT", properties: [
            .text("UID", "net-2016-monitoring-2@treffpunkt"),
            .utcDateTime("DTSTAMP", stamp),
            .dateTime("DTSTART", LocalDateTime(date: day, hour: 13, minute: 0), timeZone: "Europe/Berlin"),
            .dateTime("DTEND", LocalDateTime(date: day, hour: 16, minute: 30), timeZone: "Europe/Berlin"),
            .text("SUMMARY", "Fachgruppe Monitoring – 2. Treffen"),
        ])
        let deadline = Component(name: "VEVENT", properties: [
            .text("UID", "net-2016-monitoring-2-deadline@treffpunkt"),
            .utcDateTime("DTSTAMP", stamp),
            .date("DTSTART", CalendarDate(year: 2016, month: 11, day: 16)),
            .date("DTEND", CalendarDate(year: 2016, month: 11, day: 17)),
            .text("SUMMARY", "Anmeldeschluss; Monitoring, 2. Treffen"),
        ])
        let zone = try TimeZoneDefinition(identifier: "Europe/Berlin", years: 2016...2016)
        let calendar = Calendar(
            productID: "-//Treffpunkt//Treffpunkt//DE", name: "Netzwerk 2016",
            components: [zone.component, event, deadline])
        let expected = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Treffpunkt//Treffpunkt//DE",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "NAME:Netzwerk 2016",
            "X-WR-CALNAME:Netzwerk 2016",
            "BEGIN:VTIMEZONE",
            "TZID:Europe/Berlin",
            "BEGIN:STANDARD",
            "DTSTART:19701025T030000",
            "TZOFFSETFROM:+0200",
            "TZOFFSETTO:+0100",
            "TZNAME:CET",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD",
            "BEGIN:DAYLIGHT",
            "DTSTART:19700329T020000",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0200",
            "TZNAME:CEST",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT",
            "END:VTIMEZONE",
            "BEGIN:VEVENT",
            "UID:net-2016-monitoring-2@treffpunkt",
            "DTSTAMP:20161120T090000Z",
            "DTSTART;TZID=Europe/Berlin:20161130T130000",
            "DTEND;TZID=Europe/Berlin:20161130T163000",
            "SUMMARY:Fachgruppe Monitoring – 2. Treffen",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:net-2016-monitoring-2-deadline@treffpunkt",
            "DTSTAMP:20161120T090000Z",
            "DTSTART;VALUE=DATE:20161116",
            "DTEND;VALUE=DATE:20161117",
            #"SUMMARY:Anmeldeschluss\; Monitoring\, 2. Treffen"#,
            "END:VEVENT",
            "END:VCALENDAR",
        ].map { $0 + "\r\n" }.joined()
        #expect(calendar.serialized == expected)
    }

    @Test func aCalendarWithoutNameHasNoNameProperties() {
        let text = Calendar(productID: "-//X//Y//EN").serialized
        #expect(text == "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//X//Y//EN\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n")
    }

    @Test func writesUTCTimesFromInstants() {
        let instant = Date(timeIntervalSince1970: 1_479_632_400 + 59)
        #expect(ContentLine.unfolded(.utcDateTime("DTSTAMP", instant)) == "DTSTAMP:20161120T090059Z")
    }
}
