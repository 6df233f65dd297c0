/// The date of Easter Sunday by the Gregorian computus, from which the movable holidays follow.
///
/// The church defines Easter as the first Sunday after the paschal full moon, the
/// ecclesiastical full moon on or after 21 March. The moon is not observed: its age on
/// 1 January (the epact) comes from the year's place in the 19-year Metonic cycle,
/// corrected for the leap days the Gregorian calendar drops in century years and for
/// the slow drift of the 19-year cycle against the real moon.
public enum Easter {
    /// Easter Sunday of `year`; the computus holds for Gregorian years from 1583 on.
    public static func sunday(year: Int) -> Day {
        precondition(year >= 1583, "the Gregorian computus starts in 1583")
        // Position in the Metonic cycle, 1…19: years with the same number repeat their moon phases.
        let goldenNumber = year % 19 + 1
        let century = year / 100 + 1
        // Leap days the Gregorian calendar has dropped since the reform (1700, 1800, 1900, 2100, …).
        let solarCorrection = 3 * century / 4 - 12
        // The 19-year cycle runs about one day ahead of the moon in 310 years: 8 shifts per 2500 years.
        let lunarCorrection = (8 * century + 5) / 25 - 5
        // Age of the moon on 1 January, 0…29.
        var epact = (11 * goldenNumber + 20 + lunarCorrection - solarCorrection) % 30
        // Epact 25 in the second part of the cycle and epact 24 are moved by one day, so that
        // no two years of one cycle get the same paschal full moon and it never falls on 19 April.
        if epact == 24 || (epact == 25 && goldenNumber > 11) {
            epact += 1
        }
        // The paschal full moon as a day of March (values above 31 run on into April), 21…50.
        var fullMoon = 44 - epact
        if fullMoon < 21 {
            fullMoon += 30
        }
        // The Sunday strictly after the full moon. March (-sundayKey mod 7) is a Sunday.
        let sundayKey = 5 * year / 4 - solarCorrection - 10
        let easterInMarch = fullMoon + 7 - (sundayKey + fullMoon) % 7
        return Day(year: year, month: 3, day: 1)!.advanced(by: easterInMarch - 1)
    }
}
