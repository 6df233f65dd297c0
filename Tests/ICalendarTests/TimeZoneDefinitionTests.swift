import Testing
@testable import ICalendar

@Suite struct TimeZoneDefinitionTests {
    private func lines(_ identifier: String, _ years: ClosedRange<Int>) throws -> [String] {
        try TimeZoneDefinition(identifier: identifier, years: years).component.contentLines
    }

    @Test func berlinFollowsTheLastSundayRulesOfMarchAndOctober() throws {
        let definition = try TimeZoneDefinition(identifier: "Europe/Berlin", years: 2016...2018)
        #expect(definition.observances.count == 2)
        let standard = try #require(definition.observances.first { $0.kind == .standard })
        let daylight = try #require(definition.observances.first { $0.kind == .daylight })
        #expect(standard.rule == YearlyRule(month: 10, weekday: 1, ordinal: -1))
        #expect(daylight.rule == YearlyRule(month: 3, weekday: 1, ordinal: -1))
        let text = try lines("Europe/Berlin", 2016...2018)
        #expect(text == [
            "BEGIN:VTIMEZONE", "TZID:Europe/Berlin",
            "BEGIN:STANDARD", "DTSTART:19701025T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
            "TZNAME:CET", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:19700329T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
            "TZNAME:CEST", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
            "END:VTIMEZONE",
        ])
    }

    @Test func newYorkUsesTheSecondAndFirstSunday() throws {
        let definition = try TimeZoneDefinition(identifier: "America/New_York", years: 2016...2019)
        #expect(definition.observances.map(\.rule) == [
            YearlyRule(month: 11, weekday: 1, ordinal: 1), YearlyRule(month: 3, weekday: 1, ordinal: 2),
        ])
        #expect(definition.observances.map(\.start.text) == ["19701101T020000", "19700308T020000"])
        #expect(definition.observances.map(\.offsetTo) == [-5 * 3600, -4 * 3600])
    }

    @Test func sydneyHasDaylightTimeAroundNewYear() throws {
        let definition = try TimeZoneDefinition(identifier: "Australia/Sydney", years: 2016...2018)
        let rules = definition.observances.map { "\($0.kind.rawValue) \($0.rule?.text ?? "-") \($0.offsetTo)" }
        #expect(rules == [
            "STANDARD FREQ=YEARLY;BYMONTH=4;BYDAY=1SU 36000",
            "DAYLIGHT FREQ=YEARLY;BYMONTH=10;BYDAY=1SU 39600",
        ])
    }

    @Test(arguments: [("UTC", "+0000", "UTC"), ("Asia/Tokyo", "+0900", "JST")])
    func aZoneWithoutDaylightTimeHasOneStandard(identifier: String, offset: String, name: String) throws {
        #expect(try lines(identifier, 2016...2018) == [
            "BEGIN:VTIMEZONE", "TZID:\(identifier)",
            "BEGIN:STANDARD", "DTSTART:19700101T000000", "TZOFFSETFROM:\(offset)", "TZOFFSETTO:\(offset)",
            "TZNAME:\(name)", "END:STANDARD",
            "END:VTIMEZONE",
        ])
    }

    /// Moscow kept summer time all year from March 2011 and moved to +0300 in October 2014: no yearly rule.
    @Test func aZoneThatChangedItsRulesGetsOneObservancePerTransition() throws {
        let definition = try TimeZoneDefinition(identifier: "Europe/Moscow", years: 2010...2015)
        #expect(definition.observances.allSatisfy { $0.rule == nil })
        let onsets = definition.observances.map { "\($0.start.text) \($0.offsetFrom / 3600)>\($0.offsetTo / 3600)" }
        #expect(onsets == [
            "20100101T000000 3>3",
            "20100328T020000 3>4",
            "20101031T030000 4>3",
            "20110327T020000 3>4",
            "20141026T020000 4>3",
        ])
    }

    @Test func rejectsAnUnknownZone() {
        #expect(throws: UnknownTimeZone(identifier: "Mars/Olympus")) {
            try TimeZoneDefinition(identifier: "Mars/Olympus", years: 2016...2016)
        }
    }

    @Test func lastWeekdayRulesFindTheirDayInEveryYear() {
        let lastSundayOfMarch = YearlyRule(month: 3, weekday: 1, ordinal: -1)
        #expect([2016, 2017, 2018, 2019, 2020].map { lastSundayOfMarch.date(in: $0).day } == [27, 26, 25, 31, 29])
        let secondSundayOfMarch = YearlyRule(month: 3, weekday: 1, ordinal: 2)
        #expect([2016, 2017, 2018].map { secondSundayOfMarch.date(in: $0).day } == [13, 12, 11])
    }
}
