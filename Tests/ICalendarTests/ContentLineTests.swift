import Testing
@testable import ICalendar

@Suite struct ContentLineTests {
    /// Splits serialized text into physical lines, checking every one ends in CRLF.
    private func physicalLines(_ text: String) -> [String] {
        #expect(text.hasSuffix("\r\n"))
        let lines = text.components(separatedBy: "\r\n").dropLast()
        #expect(lines.allSatisfy { !$0.contains("\n") && !$0.contains("\r") })
        return Array(lines)
    }

    @Test func foldsALongASCIILineAt75Octets() {
        let description = String(repeating: "abcdefghij", count: 20)
        let text = Component(name: "VEVENT", properties: [.text("DESCRIPTION", description)]).serialized
        let lines = physicalLines(text)
        let folded = lines.filter { $0.hasPrefix("DESCRIPTION") || $0.hasPrefix(" ") }
        #expect(folded.map(\.utf8.count) == [75, 75, 64])
        #expect(folded.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(ContentLine.unfold(text) == "BEGIN:VEVENT\r\nDESCRIPTION:\(description)\r\nEND:VEVENT\r\n")
    }

    @Test func neverSplitsAMultiOctetCharacterAtTheFold() {
        // "SUMMARY:" is 8 octets; 66 more ASCII octets leave one octet free on the first line,
        // too little for "ü" (2 octets) and for the emoji (4 octets).
        for character in ["ü", "😀", "€"] {
            let summary = String(repeating: "x", count: 66) + String(repeating: character, count: 40)
            let line = ContentLine.unfolded(.text("SUMMARY", summary))
            let folded = ContentLine.fold(line)
            #expect(folded.allSatisfy { $0.utf8.count <= 75 })
            #expect(folded[0].utf8.count == 74)
            #expect(folded.dropFirst().allSatisfy { $0.hasPrefix(" ") && !$0.dropFirst().hasPrefix(" ") })
            #expect(ContentLine.unfold(folded.joined(separator: "\r\n")) == line)
            #expect(folded[1] == " " + String(repeating: character, count: folded[1].unicodeScalars.count - 1))
        }
    }

    /// Cutting the serialized bytes at every CRLF leaves pieces that are each valid UTF-8 on their own.
    @Test func everyPhysicalLineIsValidUTF8() {
        let summary = "Fachgruppe Öffentlicher Raum – Grünflächen 🌳 und Straßenbäume, Außenbezirke 😀👩‍👩‍👧 " + String(repeating: "äöü€😀", count: 30)
        let bytes = Array(Component(name: "VEVENT", properties: [.text("SUMMARY", summary)]).serialized.utf8)
        var pieces: [[UInt8]] = [[]]
        var index = 0
        while index < bytes.count {
            if bytes[index] == 13, index + 1 < bytes.count, bytes[index + 1] == 10 {
                pieces.append([])
                index += 2
            } else {
                pieces[pieces.count - 1].append(bytes[index])
                index += 1
            }
        }
        #expect(pieces.last == [])
        #expect(pieces.count > 5)
        for piece in pieces.dropLast() {
            #expect(piece.count <= 75)
            #expect(String(validating: piece, as: UTF8.self) != nil)
        }
        #expect(ContentLine.unfold(String(decoding: bytes, as: UTF8.self)).contains("SUMMARY:" + TextValue.escape(summary) + "\r\n"))
    }

    @Test func aLineOfExactly75OctetsIsNotFolded() {
        let line = "SUMMARY:" + String(repeating: "y", count: 67)
        #expect(ContentLine.fold(line) == [line])
        #expect(ContentLine.fold(line + "z") == [line, " z"])
    }

    @Test func continuationLinesCountTheirLeadingSpace() {
        let line = String(repeating: "a", count: 75 + 74 + 74 + 1)
        let folded = ContentLine.fold(line)
        #expect(folded.map(\.utf8.count) == [75, 75, 75, 2])
        #expect(ContentLine.unfold(folded.joined(separator: "\r\n")) == line)
    }

    @Test func quotesParameterValuesWithColonSemicolonOrComma() {
        let property = Property(
            name: "ORGANIZER",
            parameters: [
                Parameter(name: "CN", value: "Stadt Köln; Amt 15, Bürgerdienste"),
                Parameter(name: "DIR", value: "ldap://example.com:6666/o=ABC"),
                Parameter(name: "ROLE", value: "CHAIR"),
                Parameter(name: "X-NOTE", value: "say \"hi\"\u{7}"),
            ],
            value: "mailto:a@example.com")
        #expect(ContentLine.unfolded(property)
            == "ORGANIZER;CN=\"Stadt Köln; Amt 15, Bürgerdienste\";DIR=\"ldap://example.com:6666/o=ABC\";ROLE=CHAIR;X-NOTE=say hi:mailto:a@example.com")
    }

    @Test func dropsRawControlCharactersFromValues() {
        let property = Property(name: "X-RAW", value: "a\u{0}b\u{1B}c\td\u{7F}")
        #expect(ContentLine.unfolded(property) == "X-RAW:abc\td")
    }
}
