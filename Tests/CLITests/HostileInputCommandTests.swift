import Foundation
import Testing

/// Hostile calendars and scenarios end in a located error with exit 2, quickly, never a trap
/// or a hang (issue 10).
@Suite struct HostileInputCommandTests {
    /// `smallScenario` with Anna's unavailability taken from `anna.ics`.
    private func runner(calendar events: String) throws -> CommandRunner {
        let runner = try CommandRunner()
        try runner.write(smallScenario.replacingOccurrences(
            of: "office: berlin}", with: "office: berlin, unavailable: [{ics: anna.ics}]}"), to: "net.yaml")
        try runner.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + events.replacingOccurrences(of: "\n", with: "\r\n")
            + "END:VCALENDAR\r\n", to: "anna.ics")
        return runner
    }

    private func event(_ lines: String) -> String {
        "BEGIN:VEVENT\nUID:a\n" + lines + "\nEND:VEVENT\n"
    }

    @Test func aDurationBeyondAnyNumberIsALocatedError() throws {
        let output = try runner(calendar: event("DTSTART;VALUE=DATE:20270301\nDURATION:P18446744073709551616D")).run("validate", "net.yaml")
        #expect(output.status == 2)
        #expect(output.stderr.contains("anna.ics:6:1: error: DURATION 'P18446744073709551616D' is longer than 10000 years"), "\(output.stderr)")
        #expect(output.stderr.contains("net.yaml:16:"))
    }

    @Test func longSeriesAndSpansExpandOnlyOverThePeriod() throws {
        // Every day from 1900 to 2100, each occurrence lasting 200 years, and one event from year 1 to 9999.
        let output = try runner(calendar: event("DTSTART;VALUE=DATE:19000101\nDTEND;VALUE=DATE:21000101\nRRULE:FREQ=DAILY")
            + "BEGIN:VEVENT\nUID:b\nDTSTART;VALUE=DATE:00010101\nDTEND;VALUE=DATE:99991231\nEND:VEVENT\n").run("validate", "net.yaml")
        #expect(output.status == 0, "\(output.stderr)")
    }

    @Test func anExpansionBeyondItsBudgetIsALocatedError() throws {
        // Counted from year 1, a rule that matches rarely must be looked at day by day.
        let events = (1...5).map { "BEGIN:VEVENT\nUID:e\($0)\nDTSTART;VALUE=DATE:0001010\($0)\nRRULE:FREQ=DAILY;BYDAY=MO;BYMONTHDAY=13;COUNT=100000\nEND:VEVENT\n" }
        let output = try runner(calendar: events.joined()).run("validate", "net.yaml")
        #expect(output.status == 2)
        #expect(output.stderr.contains("anna.ics:") && output.stderr.contains("takes more than 2000000 steps"), "\(output.stderr)")
    }

    @Test func aRuleWithANegativeZeroOrdinalOrTwoFrequenciesIsRefused() throws {
        let zero = try runner(calendar: event("DTSTART;VALUE=DATE:20270301\nRRULE:FREQ=MONTHLY;BYDAY=-0MO")).run("validate", "net.yaml")
        #expect(zero.status == 2)
        #expect(zero.stderr.contains("anna.ics:6:1: error: RRULE BYDAY value '-0MO' is not a weekday"), "\(zero.stderr)")
        let twice = try runner(calendar: event("DTSTART;VALUE=DATE:20270301\nRRULE:FREQ=DAILY;FREQ=WEEKLY")).run("validate", "net.yaml")
        #expect(twice.status == 2)
        #expect(twice.stderr.contains("anna.ics:6:1: error: RRULE part FREQ appears more than once"), "\(twice.stderr)")
    }

    @Test func timeZonesFollowOneRuleInScenariosAndCalendars() throws {
        let offset = try runner(calendar: event("DTSTART;TZID=GMT+5:20270301T100000\nDURATION:PT1H")).run("validate", "net.yaml")
        #expect(offset.status == 2)
        #expect(offset.stderr.contains("anna.ics:5:1: error: unknown TZID 'GMT+5'"), "\(offset.stderr)")
        let etc = try runner(calendar: event("DTSTART;TZID=Etc/GMT+12:20270301T100000\nDURATION:PT1H"))
        #expect(try etc.run("validate", "net.yaml").status == 0)
        try etc.write(smallScenario.replacingOccurrences(of: "name: Kleines Netzwerk 2027", with: "name: K\ntimezone: Etc/GMT+12"), to: "etc.yaml")
        #expect(try etc.run("validate", "etc.yaml").status == 0)
        try etc.write(smallScenario.replacingOccurrences(of: "name: Kleines Netzwerk 2027", with: "name: K\ntimezone: GMT+5"), to: "gmt.yaml")
        let refused = try etc.run("validate", "gmt.yaml")
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("gmt.yaml:3:11: error: unknown time zone 'GMT+5'"), "\(refused.stderr)")
    }

    @Test func aCalendarThatIsNoTextFileIsNotEchoed() throws {
        let runner = try CommandRunner()
        try runner.write(smallScenario.replacingOccurrences(
            of: "office: berlin}", with: "office: berlin, unavailable: [{ics: /proc/self/environ}]}"), to: "net.yaml")
        let output = try runner.run(environment: ["TREFFPUNKT_SECRET": "do-not-print-me"], "validate", "net.yaml")
        #expect(output.status == 2)
        #expect(!output.stderr.contains("do-not-print-me"))
        #expect(output.stderr.contains("/proc/self/environ:1:1: error:"), "\(output.stderr)")

        // A long line without a colon is quoted with a short excerpt only.
        let secret = String(repeating: "SECRET", count: 200)
        let long = try self.runner(calendar: "BEGIN:VEVENT\n\(secret)\nEND:VEVENT\n").run("validate", "net.yaml")
        #expect(long.status == 2)
        #expect(!long.stderr.contains(String(repeating: "SECRET", count: 10)), "\(long.stderr)")
    }

    @Test func foldersAreNotScenariosOrCalendars() throws {
        let runner = try CommandRunner()
        let folder = try runner.run("validate", ".")
        #expect(folder.status == 2)
        #expect(folder.stderr == ".:1:1: error: . is a folder, not a scenario file\n", "\(folder.stderr)")
        try FileManager.default.createDirectory(at: runner.folder.appendingPathComponent("cal"), withIntermediateDirectories: true)
        try runner.write(smallScenario.replacingOccurrences(
            of: "office: berlin}", with: "office: berlin, unavailable: [{ics: cal}]}"), to: "net.yaml")
        let calendar = try runner.run("validate", "net.yaml")
        #expect(calendar.status == 2)
        #expect(calendar.stderr.contains("net.yaml:16:") && calendar.stderr.contains("is a folder, not a calendar file"), "\(calendar.stderr)")
    }

    @Test func anIDLongerThan64CharactersIsALocatedError() throws {
        let runner = try CommandRunner()
        let long = String(repeating: "a", count: 65)
        try runner.write(smallScenario.replacingOccurrences(of: "{id: anna,", with: "{id: \(long),")
            .replacingOccurrences(of: "staff: [anna]", with: "staff: [\(long)]")
            .replacingOccurrences(of: "staff: [jonas, anna]", with: "staff: [jonas, \(long)]"), to: "net.yaml")
        let output = try runner.run("validate", "net.yaml")
        #expect(output.status == 2)
        #expect(output.stderr.contains("net.yaml:16:") && output.stderr.contains("has 65 characters; at most 64"), "\(output.stderr)")
    }

    @Test func plannedYearsMustHaveKnownPublicHolidays() throws {
        let runner = try CommandRunner()
        try runner.write(smallScenario.replacingOccurrences(of: "2027-", with: "2100-"), to: "net.yaml")
        let output = try runner.run("plan", "net.yaml", "--no-store", "--out", "result", "--years", "2")
        #expect(output.status == 2)
        #expect(output.stderr.contains("2101-03-01 – 2101-05-31 lies outside 1990–2100"), "\(output.stderr)")
        #expect(!runner.exists("result"))
        // Without public holidays any year is fine.
        try runner.write(smallScenario.replacingOccurrences(of: "2027-", with: "2100-")
            .replacingOccurrences(of: "calendar:\n", with: "calendar:\n  public_holidays: false\n"), to: "free.yaml")
        let free = try runner.run("plan", "free.yaml", "--no-store", "--out", "free", "--years", "2")
        #expect(free.status == 0, "\(free.stderr)")
    }
}
