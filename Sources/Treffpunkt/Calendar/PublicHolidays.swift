/// Statewide public holidays of the German states, the days on which no meeting takes place at a host.
///
/// Only days that a state's law sets for the whole state count; days that hold in some
/// municipalities only (Mariä Himmelfahrt in parts of Bayern, Fronleichnam in parts of
/// Sachsen and Thüringen, the Augsburger Friedensfest) are left to a city's
/// `extra_holidays`. The calendar covers 1990 to 2100, with the changes in law in that time:
///
/// - Tag der Deutschen Einheit on 3 October from 1990 (unification, 3 October 1990). Until
///   then West Germany's Tag der deutschen Einheit was 17 June; 1990 has it in the western
///   states and Berlin, the last year it was observed.
/// - Buß- und Bettag in every state until 1994, in Sachsen alone from 1995.
/// - Reformationstag in Brandenburg, Mecklenburg-Vorpommern, Sachsen, Sachsen-Anhalt and
///   Thüringen; in 2017, its 500th anniversary, in every state; from 2018 also in Bremen,
///   Hamburg, Niedersachsen and Schleswig-Holstein.
/// - Internationaler Frauentag in Berlin from 2019, in Mecklenburg-Vorpommern from 2023;
///   Weltkindertag in Thüringen from 2019.
/// - Berlin's one-off days: 8 May 2020 and 2025 (75th and 80th anniversaries of the end of
///   the war in Europe) and 17 June 2028 (75th anniversary of the 1953 uprising).
///
/// The five eastern states were founded on 3 October 1990; 1990 gives them their own days
/// (Reformationstag, Heilige Drei Könige in Sachsen-Anhalt, Ostersonntag and Pfingstsonntag
/// in Brandenburg) for the whole year, a simplification for a year no plan falls in.
public enum PublicHolidays {
    /// A named holiday on a day.
    public struct Holiday: Sendable, Equatable {
        public var day: Day
        public var name: String

        public init(day: Day, name: String) {
            self.day = day
            self.name = name
        }
    }

    /// The years this calendar knows; other years have no holidays.
    public static let years: ClosedRange<Int> = 1990...2100

    /// The statewide public holidays of `state` in `year`, in date order.
    ///
    /// Two holidays can share a day (Christi Himmelfahrt fell on 1 May in 2008); both are listed.
    public static func holidays(in state: GermanState, year: Int) -> [Holiday] {
        guard years.contains(year) else { return [] }
        let easter = Easter.sunday(year: year)
        var holidays: [Holiday] = []
        func add(_ name: String, _ day: Day) {
            holidays.append(Holiday(day: day, name: name))
        }
        func add(_ name: String, month: Int, day: Int) {
            add(name, Day(year: year, month: month, day: day)!)
        }
        func add(_ name: String, daysAfterEaster: Int) {
            add(name, easter.advanced(by: daysAfterEaster))
        }
        let western: Set<GermanState> = [.BW, .BY, .BE, .HB, .HH, .HE, .NI, .NW, .RP, .SL, .SH]

        add("Neujahr", month: 1, day: 1)
        if [.BW, .BY, .ST].contains(state) {
            add("Heilige Drei Könige", month: 1, day: 6)
        }
        if (state == .BE && year >= 2019) || (state == .MV && year >= 2023) {
            add("Internationaler Frauentag", month: 3, day: 8)
        }
        add("Karfreitag", daysAfterEaster: -2)
        if state == .BB {
            add("Ostersonntag", daysAfterEaster: 0)
        }
        add("Ostermontag", daysAfterEaster: 1)
        add("Tag der Arbeit", month: 5, day: 1)
        if state == .BE && (year == 2020 || year == 2025) {
            add("Tag der Befreiung", month: 5, day: 8)
        }
        add("Christi Himmelfahrt", daysAfterEaster: 39)
        if state == .BB {
            add("Pfingstsonntag", daysAfterEaster: 49)
        }
        add("Pfingstmontag", daysAfterEaster: 50)
        if [.BW, .BY, .HE, .NW, .RP, .SL].contains(state) {
            add("Fronleichnam", daysAfterEaster: 60)
        }
        if year == 1990 && western.contains(state) {
            add("Tag der deutschen Einheit", month: 6, day: 17)
        }
        if state == .BE && year == 2028 {
            add("Jahrestag des Volksaufstandes vom 17. Juni 1953", month: 6, day: 17)
        }
        if state == .SL {
            add("Mariä Himmelfahrt", month: 8, day: 15)
        }
        if state == .TH && year >= 2019 {
            add("Weltkindertag", month: 9, day: 20)
        }
        add("Tag der Deutschen Einheit", month: 10, day: 3)
        if [.BB, .MV, .SN, .ST, .TH].contains(state)
            || year == 2017
            || ([.HB, .HH, .NI, .SH].contains(state) && year >= 2018) {
            add("Reformationstag", month: 10, day: 31)
        }
        if [.BW, .BY, .NW, .RP, .SL].contains(state) {
            add("Allerheiligen", month: 11, day: 1)
        }
        if state == .SN || year <= 1994 {
            add("Buß- und Bettag", repentanceDay(year: year))
        }
        add("1. Weihnachtstag", month: 12, day: 25)
        add("2. Weihnachtstag", month: 12, day: 26)

        // Movable days pass fixed ones (Christi Himmelfahrt may come before 1 May, Fronleichnam
        // after 17 June); days that coincide keep the order above.
        return holidays.enumerated()
            .sorted { ($0.element.day, $0.offset) < ($1.element.day, $1.offset) }
            .map(\.element)
    }

    /// The statewide public holiday of `state` on `day`, if there is one (the first, if two share the day).
    public static func holiday(on day: Day, in state: GermanState) -> Holiday? {
        holidays(in: state, year: day.year).first { $0.day == day }
    }

    /// The statewide public holidays of `state` on the days in `days`, in date order.
    public static func holidays(in state: GermanState, during days: ClosedRange<Day>) -> [Holiday] {
        (days.lowerBound.year...days.upperBound.year).flatMap { year in
            holidays(in: state, year: year).filter { days.contains($0.day) }
        }
    }

    /// Buß- und Bettag: the Wednesday before the last Sunday of the church year, so 16–22 November.
    private static func repentanceDay(year: Int) -> Day {
        let november22 = Day(year: year, month: 11, day: 22)!
        let daysBack = (november22.weekday.rawValue - Weekday.wed.rawValue + 7) % 7
        return november22.advanced(by: -daysBack)
    }
}
