import Foundation
import Testing
@testable import Treffpunkt

@Suite struct PublicHolidaysTests {
    // MARK: Easter

    @Test(arguments: [
        "2016-03-27", "2018-04-01", "2024-03-31", "2025-04-20", "2038-04-25",
        // Earliest (22 March) and latest (25 April) possible dates.
        "1818-03-22", "2285-03-22", "1943-04-25",
        // The epact corrections: paschal full moon moved from 19 to 18 April (1981), and 18 April as Easter itself.
        "1981-04-19", "1954-04-18", "2049-04-18",
        "2008-03-23", "2011-04-24", "1583-04-10", "2100-03-28",
    ])
    func easterOnKnownDates(_ iso: String) {
        let known = Day(iso: iso)!
        #expect(Easter.sunday(year: known.year) == known)
    }

    @Test func easterIsASundayBetween22MarchAnd25April() {
        for year in 1583...4099 {
            let easter = Easter.sunday(year: year)
            #expect(easter.weekday == .sun, "\(easter)")
            #expect(easter >= Day(year: year, month: 3, day: 22)!, "\(easter)")
            #expect(easter <= Day(year: year, month: 4, day: 25)!, "\(easter)")
        }
    }

    // MARK: Cross-check with the `holidays` package

    /// Days where the `holidays` package (which generated the fixture) and the scenario
    /// format's definition of a statewide holiday disagree. Each is left out of the
    /// comparison for that state and date, on both sides, with its reason.
    ///
    /// Empty for `holidays` 0.109 in the fixture's years: the days that hold only in parts of
    /// a state (Mariä Himmelfahrt in BY, Fronleichnam in SN and TH) are in its "catholic"
    /// category, which the fixture script leaves out, and it has Berlin's 17 June 2028 as we
    /// do. It differs only where the comparison does not look: it starts in 1991, and some
    /// names are spelt differently ("Erster Mai", "Frauentag", "Erster Weihnachtstag").
    static let knownDisagreements: [(state: GermanState, date: String, reason: String)] = []

    @Test func matchesTheHolidaysPackageFixture() throws {
        let fixture = try Self.fixture()
        let excluded = Set(Self.knownDisagreements.map { "\($0.state.rawValue) \($0.date)" })
        #expect(fixture.count == GermanState.allCases.count * 27, "fixture has every state in 27 years")
        for (stateYear, expectedDays) in fixture {
            let (state, year) = (stateYear.state, stateYear.year)
            let ours = Set(PublicHolidays.holidays(in: state, year: year).map(\.day))
            let keep = { (day: Day) in !excluded.contains("\(state.rawValue) \(day)") }
            let missing = expectedDays.filter(keep).subtracting(ours).sorted()
            let extra = ours.filter(keep).subtracting(expectedDays).sorted()
            #expect(missing.isEmpty, "\(state) \(year): not a holiday here but in the fixture: \(missing)")
            #expect(extra.isEmpty, "\(state) \(year): a holiday here but not in the fixture: \(extra)")
        }
    }

    /// The fixture's holiday days by state and year.
    private static func fixture() throws -> [StateYear: Set<Day>] {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()
            .appendingPathComponent("Fixtures/holidays.csv")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        #expect(lines.first == "state,date,name")
        var days: [StateYear: Set<Day>] = [:]
        for line in lines.dropFirst() {
            let fields = line.split(separator: ",", maxSplits: 2)
            let state = try #require(GermanState(rawValue: String(fields[0])), "\(line)")
            let day = try #require(Day(iso: fields[1]), "\(line)")
            days[StateYear(state: state, year: day.year), default: []].insert(day)
        }
        return days
    }

    private struct StateYear: Hashable {
        var state: GermanState
        var year: Int
    }

    // MARK: Changes in law

    private func names(_ state: GermanState, on iso: String) -> [String] {
        let day = Day(iso: iso)!
        return PublicHolidays.holidays(in: state, year: day.year).filter { $0.day == day }.map(\.name)
    }

    private func isHoliday(_ state: GermanState, _ iso: String) -> Bool {
        PublicHolidays.holiday(on: Day(iso: iso)!, in: state) != nil
    }

    private static let east: [GermanState] = [.BB, .MV, .SN, .ST, .TH]
    private static let north: [GermanState] = [.HB, .HH, .NI, .SH]

    @Test func reformationstag() {
        for state in GermanState.allCases {
            #expect(isHoliday(state, "2017-10-31"), "500 years of the Reformation: \(state)")
            let always = Self.east.contains(state)
            let since2018 = always || Self.north.contains(state)
            #expect(isHoliday(state, "2016-10-31") == always, "\(state)")
            #expect(isHoliday(state, "2018-10-31") == since2018, "\(state)")
            #expect(isHoliday(state, "2024-10-31") == since2018, "\(state)")
            #expect(isHoliday(state, "1990-10-31") == always, "\(state)")
        }
        #expect(names(.SN, on: "2017-10-31") == ["Reformationstag"])
    }

    @Test func frauentagAndWeltkindertag() {
        #expect(!isHoliday(.BE, "2018-03-08"))
        #expect(names(.BE, on: "2019-03-08") == ["Internationaler Frauentag"])
        #expect(!isHoliday(.MV, "2022-03-08"))
        #expect(isHoliday(.MV, "2023-03-08"))
        #expect(!isHoliday(.TH, "2018-09-20"))
        #expect(names(.TH, on: "2019-09-20") == ["Weltkindertag"])
        for state in GermanState.allCases where state != .BE && state != .MV {
            #expect(!isHoliday(state, "2025-03-08"), "\(state)")
        }
        for state in GermanState.allCases where state != .TH {
            #expect(!isHoliday(state, "2025-09-19"), "\(state)")
        }
    }

    @Test func berlinsOneOffDays() {
        #expect(names(.BE, on: "2020-05-08") == ["Tag der Befreiung"])
        #expect(isHoliday(.BE, "2025-05-08"))
        for year in [2019, 2021, 2024, 2026, 2030] {
            #expect(!isHoliday(.BE, "\(year)-05-08"), "\(year)")
        }
        #expect(!isHoliday(.BB, "2025-05-08"))
        #expect(isHoliday(.BE, "2028-06-17"))
        #expect(!isHoliday(.BE, "2027-06-17"))
        #expect(!isHoliday(.BB, "2028-06-17"))
    }

    @Test func bussUndBettagOnlyInSachsenAfter1994() {
        for state in GermanState.allCases {
            #expect(names(state, on: "1994-11-16") == ["Buß- und Bettag"], "\(state)")
            #expect(isHoliday(state, "1995-11-22") == (state == .SN), "\(state)")
        }
        // Always the Wednesday in 16–22 November.
        for iso in ["2023-11-22", "2024-11-20", "2025-11-19", "2026-11-18", "2027-11-17", "2032-11-17", "2038-11-17"] {
            #expect(names(.SN, on: iso) == ["Buß- und Bettag"], "\(iso)")
        }
    }

    @Test func germanUnityDay() {
        for state in GermanState.allCases {
            #expect(names(state, on: "1990-10-03") == ["Tag der Deutschen Einheit"], "\(state)")
            #expect(isHoliday(state, "2026-10-03"), "\(state)")
            #expect(isHoliday(state, "1990-06-17") == !Self.east.contains(state), "\(state)")
            #expect(!isHoliday(state, "1991-06-17"), "\(state)")
        }
        #expect(names(.NW, on: "1990-06-17") == ["Tag der deutschen Einheit"])
    }

    @Test func regionalDays() {
        for state in GermanState.allCases {
            #expect(isHoliday(state, "2025-01-06") == [.BW, .BY, .ST].contains(state), "\(state)")
            #expect(isHoliday(state, "2025-04-20") == (state == .BB), "Ostersonntag: \(state)")
            #expect(isHoliday(state, "2025-06-08") == (state == .BB), "Pfingstsonntag: \(state)")
            // Fronleichnam is not statewide in Sachsen and Thüringen, nor Mariä Himmelfahrt in Bayern.
            #expect(isHoliday(state, "2025-06-19") == [.BW, .BY, .HE, .NW, .RP, .SL].contains(state), "\(state)")
            #expect(isHoliday(state, "2025-08-15") == (state == .SL), "\(state)")
            #expect(isHoliday(state, "2025-11-01") == [.BW, .BY, .NW, .RP, .SL].contains(state), "\(state)")
        }
    }

    @Test func nationwideDaysIn2025() {
        let expected = ["2025-01-01", "2025-04-18", "2025-04-21", "2025-05-01", "2025-05-29",
                        "2025-06-09", "2025-10-03", "2025-12-25", "2025-12-26"]
        for state in GermanState.allCases {
            for iso in expected {
                #expect(isHoliday(state, iso), "\(state) \(iso)")
            }
        }
        #expect(PublicHolidays.holidays(in: .HB, year: 2025).map(\.day.description)
                == Array(expected.prefix(6)) + ["2025-10-03", "2025-10-31", "2025-12-25", "2025-12-26"])
    }

    // MARK: Shape of the answers

    @Test func onlyYearsFrom1990To2100() {
        for state in GermanState.allCases {
            #expect(PublicHolidays.holidays(in: state, year: 1989).isEmpty)
            #expect(PublicHolidays.holidays(in: state, year: 2101).isEmpty)
            #expect(!PublicHolidays.holidays(in: state, year: 1990).isEmpty)
            #expect(!PublicHolidays.holidays(in: state, year: 2100).isEmpty)
        }
    }

    @Test func inDateOrderWithinTheYear() {
        for state in GermanState.allCases {
            for year in PublicHolidays.years {
                let days = PublicHolidays.holidays(in: state, year: year).map(\.day)
                #expect(days == days.sorted(), "\(state) \(year)")
                #expect(days.allSatisfy { $0.year == year }, "\(state) \(year)")
            }
        }
    }

    @Test func twoHolidaysOnOneDay() {
        // In 2008 Christi Himmelfahrt fell on 1 May.
        #expect(names(.HH, on: "2008-05-01") == ["Tag der Arbeit", "Christi Himmelfahrt"])
        #expect(PublicHolidays.holiday(on: Day(iso: "2008-05-01")!, in: .HH)?.name == "Tag der Arbeit")
    }

    @Test func holidaysDuringAPeriodAcrossNewYear() {
        let period = Day(iso: "2025-12-20")!...Day(iso: "2026-01-10")!
        #expect(PublicHolidays.holidays(in: .BW, during: period).map(\.day.description)
                == ["2025-12-25", "2025-12-26", "2026-01-01", "2026-01-06"])
        #expect(PublicHolidays.holidays(in: .NI, during: period).map(\.name)
                == ["1. Weihnachtstag", "2. Weihnachtstag", "Neujahr"])
    }
}
