import Testing
@testable import Treffpunkt

@Suite struct DayTests {
    @Test func civilFieldsRoundTrip() {
        for ordinal in stride(from: -800_000, through: 800_000, by: 997) {
            let day = Day(ordinal: ordinal)
            let (year, month, dayOfMonth) = day.civil
            #expect(Day(year: year, month: month, day: dayOfMonth) == day)
        }
    }

    @Test func knownWeekdaysAndWeeks() {
        #expect(Day(iso: "2016-11-30")?.weekday == .wed)
        #expect(Day(iso: "2018-06-18")?.weekday == .mon)
        #expect(Day(iso: "1970-01-01")?.ordinal == 0)
        // 2021-01-03 belongs to ISO week 53 of 2020; 2024-12-30 to week 1 of 2025.
        #expect(Day(iso: "2021-01-03")!.isoWeek == (2020, 53))
        #expect(Day(iso: "2024-12-30")!.isoWeek == (2025, 1))
        #expect(Day(iso: "2016-02-29")!.description == "2016-02-29")
    }

    @Test func rejectsDatesThatDoNotExist() {
        #expect(Day(iso: "2026-02-30") == nil)
        #expect(Day(iso: "2015-02-29") == nil)
        #expect(Day(iso: "2016-13-01") == nil)
        #expect(Day(iso: "16-01-01") == nil)
        #expect(Day(iso: "2016-1-01") == nil)
    }
}
