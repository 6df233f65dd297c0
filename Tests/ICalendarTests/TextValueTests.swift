import Testing
@testable import ICalendar

@Suite struct TextValueTests {
    @Test func escapesBackslashSemicolonAndComma() {
        #expect(TextValue.escape(#"Rathaus, Saal 3; Eingang C:\Nord"#) == #"Rathaus\, Saal 3\; Eingang C:\\Nord"#)
    }

    @Test func writesLineBreaksAsBackslashN() {
        #expect(TextValue.escape("Zeile 1\nZeile 2\r\nZeile 3\rweiter") == #"Zeile 1\nZeile 2\nZeile 3weiter"#)
    }

    @Test func dropsControlCharactersButKeepsTabsAndUnicode() {
        #expect(TextValue.escape("a\u{0}b\u{8}\tc\u{7F} – Grüße 😀") == "ab\tc – Grüße 😀")
    }

    @Test func textPropertiesEscapeTheirValue() {
        let line = ContentLine.unfolded(.text("LOCATION", "Bürgerhaus\nMarkt 1, 50667 Köln"))
        #expect(line == #"LOCATION:Bürgerhaus\nMarkt 1\, 50667 Köln"#)
    }
}
