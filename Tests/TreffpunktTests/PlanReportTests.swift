import Foundation
import Testing
@testable import Treffpunkt

/// The HTML report and the CSV file: escaping, every meeting shown, the CSV read back.
@Suite struct PlanReportTests {
    /// The tiny network with names that break HTML and CSV if written raw.
    private func hostileNetwork() -> TinyNetwork {
        var network = TinyNetwork()
        network.scenario.name = "Netz <b>&amp; \"Co\"</b>"
        network.scenario.topics[0].name = "<script>alert('x')</script> & Monitoring"
        for index in network.scenario.venues.indices {
            network.scenario.venues[index].name += " \"Saal\"; A, B"
            network.scenario.venues[index].address = "Straße 1\nZimmer <2>"
        }
        network.scenario.staff[0].name = "Anna \"Ann\" <Beispiel>"
        return network
    }

    @Test func escapingTurnsMarkupIntoText() {
        #expect(HTMLText.escape("<a href=\"x\" title='y'>Tom & Jerry</a>")
            == "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;")
        #expect(HTMLText.escape("Köln – Düsseldorf") == "Köln – Düsseldorf")
        #expect(HTMLText.escape("a\u{0}b") == "a\u{FFFD}b")
    }

    @Test func namesFromTheScenarioNeverBecomeMarkup() throws {
        let network = hostileNetwork()
        let plan = try #require(network.plan())
        let html = PlanReport(plan: plan, scenario: network.scenario).html
        #expect(!html.contains("<script"))
        #expect(!html.contains("<b>"))
        #expect(!html.contains("<Beispiel>"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Monitoring"))
        #expect(html.contains("Netz &lt;b&gt;&amp;amp; &quot;Co&quot;&lt;/b&gt;"))
        #expect(html.contains("Anna &quot;Ann&quot; &lt;Beispiel&gt;"))
    }

    @Test func theReportLoadsNothingAndShowsEveryMeeting() throws {
        var network = TinyNetwork()
        network.addTopic("kooperation", meetings: 2)
        let plan = try #require(network.plan())
        let html = PlanReport(plan: plan, scenario: network.scenario).html
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("src=") && !html.contains("<script"))
        #expect(!html.contains("url("))
        #expect(html.utf8.count < 1_000_000)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"de\">"))
        let labels = Messages.german
        for meeting in plan.meetings {
            let venue = try #require(network.scenario.venue(meeting.venue))
            let row = try #require(html.components(separatedBy: "<tr class=\"meeting-row\" data-date=\"\(meeting.firstDay)\"")
                .dropFirst().first { $0.contains(HTMLText.escape(venue.name)) })
            #expect(row.contains(labels.date(meeting.firstDay)))
        }
    }

    @Test func germanDatesAndNumbers() {
        let labels = Messages.german
        #expect(labels.date(Day(iso: "2018-06-18")!) == "Mo 18.06.2018")
        #expect(labels.number(90530.85) == "90.530,85")
        #expect(labels.number(1234567) == "1.234.567")
        #expect(labels.number(-600) == "−600")
        #expect(labels.number(0.5) == "0,5")
        #expect(labels.number(999.996) == "1.000")
        #expect(labels.time(secondsOfDay: 13 * 3600 + 5 * 60) == "13:05")
    }

    @Test(arguments: CSVDialect.allCases)
    func theCSVReadsBackWithAnRFC4180Parser(dialect: CSVDialect) throws {
        let network = hostileNetwork()
        let plan = try #require(network.plan())
        let data = PlanCSV.data(plan, scenario: network.scenario, dialect: dialect)
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        #expect(Array(data.prefix(3)) == bom || dialect == .rfc4180)
        #expect(Array(data.prefix(3)) != bom || dialect == .excel)
        var text = String(decoding: data, as: UTF8.self)
        if dialect == .excel { text.removeFirst() }
        #expect(text.hasSuffix("\r\n"))
        let rows = try RFC4180.parse(text, separator: dialect.separator)
        #expect(rows == PlanCSV.rows(plan, scenario: network.scenario))
        #expect(rows.count == plan.meetings.count + 1)
        #expect(Set(rows.map(\.count)) == [rows[0].count])
        let venueColumn = try #require(rows[0].firstIndex(of: "Tagungsort"))
        let travelColumn = try #require(rows[0].firstIndex(of: "Anreise (Personen-km)"))
        for row in rows.dropFirst() {
            #expect(row[venueColumn].hasSuffix(" \"Saal\"; A, B"))
            #expect(Double(row[travelColumn]) != nil, "plain number: \(row[travelColumn])")
        }
        let addressColumn = try #require(rows[0].firstIndex(of: "Adresse"))
        #expect(rows[1][addressColumn] == "Straße 1\nZimmer <2>")
    }
}

/// CSV injection: a field a spreadsheet would evaluate gets a leading apostrophe.
@Suite struct CSVFormulaGuardTests {
    @Test func formulasGetAnApostropheAndNumbersStayNumbers() {
        #expect(CSVDialect.guardingFormula("=SUM(A1:A9)") == "'=SUM(A1:A9)")
        #expect(CSVDialect.guardingFormula("+49 30 123") == "'+49 30 123")
        #expect(CSVDialect.guardingFormula("-Bahnhof") == "'-Bahnhof")
        #expect(CSVDialect.guardingFormula("@cmd") == "'@cmd")
        #expect(CSVDialect.guardingFormula("\t=1") == "'\t=1")
        #expect(CSVDialect.guardingFormula("\r=1") == "'\r=1")
        #expect(CSVDialect.guardingFormula("-") == "'-")
        #expect(CSVDialect.guardingFormula("-12.5") == "-12.5")
        #expect(CSVDialect.guardingFormula("-1-1") == "'-1-1")
        #expect(CSVDialect.guardingFormula("Köln = Rhein") == "Köln = Rhein")
        #expect(CSVDialect.guardingFormula("") == "")
        #expect(CSVDialect.excel.field("=1;2") == "\"'=1;2\"")
    }

    @Test(arguments: CSVDialect.allCases)
    func hostileNamesReadBackAsTextWithTheApostrophe(dialect: CSVDialect) throws {
        var network = TinyNetwork()
        network.scenario.staff[0].name = "=HYPERLINK(\"http://x.invalid\",\"klick\")"
        for index in network.scenario.venues.indices { network.scenario.venues[index].name = "@SUM(1+1)" }
        let plan = try #require(network.plan())
        var text = String(decoding: PlanCSV.data(plan, scenario: network.scenario, dialect: dialect), as: UTF8.self)
        if dialect == .excel { text.removeFirst() }
        let rows = try RFC4180.parse(text, separator: dialect.separator)
        let plain = PlanCSV.rows(plan, scenario: network.scenario)
        #expect(rows.count == plain.count)
        for (read, written) in zip(rows, plain) {
            #expect(read == written.map(CSVDialect.guardingFormula))
            #expect(read.allSatisfy { !["=", "+", "@"].contains($0.first) })
        }
        let venue = try #require(rows[0].firstIndex(of: "Tagungsort"))
        #expect(rows[1][venue] == "'@SUM(1+1)")
    }
}

/// A strict RFC 4180 reader: CRLF record ends, quoted fields with doubled quotes, nothing else.
enum RFC4180 {
    struct Malformed: Error { var position: Int }

    static func parse(_ text: String, separator: Character) throws -> [[String]] {
        let characters = Array(text)
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var index = 0
        var atFieldStart = true
        while index < characters.count {
            let character = characters[index]
            if atFieldStart, character == "\"" {
                index += 1
                while true {
                    guard index < characters.count else { throw Malformed(position: index) }
                    if characters[index] == "\"" {
                        if index + 1 < characters.count, characters[index + 1] == "\"" {
                            field.append("\""); index += 2; continue
                        }
                        index += 1
                        break
                    }
                    field.append(characters[index]); index += 1
                }
                atFieldStart = false
                continue
            }
            if character == separator {
                row.append(field); field = ""; atFieldStart = true; index += 1
            } else if character == "\r\n" {
                // Swift reads CR LF as one Character.
                row.append(field); rows.append(row); row = []; field = ""; atFieldStart = true; index += 1
            } else if character == "\"" || character == "\r" || character == "\n" {
                throw Malformed(position: index)
            } else {
                field.append(character); atFieldStart = false; index += 1
            }
        }
        guard row.isEmpty, field.isEmpty else { throw Malformed(position: index) }
        return rows
    }
}
