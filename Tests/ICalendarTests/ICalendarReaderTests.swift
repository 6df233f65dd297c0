import Testing
@testable import ICalendar

/// Reading iCalendar text: unfolding, parameters, TEXT escapes, nesting and located errors.
@Suite struct ICalendarReaderTests {
    @Test func unfoldsContinuationLinesWithCRLFOrLFAndKeepsTheFirstLineNumber() throws {
        let text = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Fach\r\n gruppe\r\n\tMonitoring\nUID:a@b\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        let roots = try ICalendarReader.read(text)
        let event = try #require(roots.first?.components.first)
        #expect(event.name == "VEVENT" && event.line == 2)
        #expect(event.property("SUMMARY")?.property.value == "FachgruppeMonitoring")
        #expect(event.property("summary")?.line == 3)
        #expect(event.property("UID")?.line == 6)
    }

    @Test func parsesQuotedAndListParameterValues() throws {
        let property = try ICalendarReader.parse(#"attendee;CN="Muster, Jonas: Hamburg";member="a:b","c";rsvp=TRUE:mailto:j@example.org"#, line: 1)
        #expect(property.name == "ATTENDEE")
        #expect(property.parameters == [
            Parameter(name: "CN", value: "Muster, Jonas: Hamburg"),
            Parameter(name: "MEMBER", values: ["a:b", "c"]),
            Parameter(name: "RSVP", value: "TRUE"),
        ])
        #expect(property.value == "mailto:j@example.org")
    }

    @Test func unescapesText() {
        #expect(TextValue.unescape(#"Saal 3\; Haus A\, Nord\nAm Markt\N20 C:\\x \q"#) == "Saal 3; Haus A, Nord\nAm Markt\n20 C:\\x \\q")
        let original = "Zeile; eins,\nzwei \\ drei"
        #expect(TextValue.unescape(TextValue.escape(original)) == original)
    }

    @Test func readsWhatTheWriterWrites() throws {
        let event = Component(name: "VEVENT", properties: [
            .text("UID", "x-1@treffpunkt"),
            .text("LOCATION", "Rathaus, Saal 3; " + String(repeating: "Straße der Städtepartnerschaft ", count: 4)),
            .dateTime("DTSTART", LocalDateTime(date: CalendarDate(year: 2027, month: 3, day: 29), hour: 13, minute: 0, second: 0),
                      timeZone: "Europe/Berlin"),
        ])
        let calendar = Calendar(productID: "-//Test//DE", name: "Netz, Nord", components: [event])
        let roots = try ICalendarReader.read(calendar.serialized)
        #expect(roots.map(\.component) == [calendar.component])
        let location = try #require(roots.first?.components.first?.property("LOCATION"))
        #expect(location.text.hasPrefix("Rathaus, Saal 3; Straße"))
        #expect(roots.first?.components.first?.property("DTSTART")?.parameter("tzid") == "Europe/Berlin")
    }

    @Test(arguments: [
        ("BEGIN:VCALENDAR\r\nSUMMARY\r\nEND:VCALENDAR\r\n", 2, "needs ':'"),
        ("BEGIN:VCALENDAR\r\nDTSTART;TZID:20270101\r\nEND:VCALENDAR\r\n", 2, "needs '='"),
        ("BEGIN:VCALENDAR\r\nX;CN=\"open:x\r\nEND:VCALENDAR\r\n", 2, "unclosed quote"),
        (" folded first\r\n", 1, "continuation"),
        ("UID:x\r\n", 1, "outside of any component"),
        ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n", 3, "closes BEGIN:VEVENT of line 2"),
        ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VEVENT\r\n", 1, "never closed"),
        ("END:VEVENT\r\n", 1, "without a matching BEGIN"),
        ("BEGIN:VCALENDAR\n\n:value\nEND:VCALENDAR\n", 3, "property name"),
    ])
    func malformedInputIsALocatedError(text: String, line: Int, message: String) {
        #expect {
            try ICalendarReader.read(text)
        } throws: { error in
            guard let error = error as? ICalendarSyntaxError else { return false }
            return error.line == line && error.message.contains(message)
        }
    }
}
