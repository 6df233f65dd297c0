/// Why a scenario cannot be planned over several years, in planners' words.
public enum MultiYearError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `years` is below 1.
    case noYears(Int)
    /// The period is a year or longer, so consecutive periods would overlap.
    case periodOfAYearOrMore(ClosedRange<Day>)
    /// A negative rotation weight rewards repeat hosts; the model across years cannot price that.
    case negativeRotationWeight(Double)
    /// A later year's period lies outside the years whose public holidays are known.
    case beyondPublicHolidays(ClosedRange<Day>)
    /// A later year's period reaches past year 9999, which dates in files cannot name.
    case beyondFourDigitYears(ClosedRange<Day>)
    /// An .ics calendar of the scenario cannot be expanded over a later year's period.
    case busyCalendar(file: String, line: Int, message: String)

    public var description: String {
        switch self {
        case .noYears(let years):
            return "a multi-year plan needs at least 1 year, not \(years)"
        case .periodOfAYearOrMore(let period):
            return "the period \(period.lowerBound) – \(period.upperBound) lasts a year or more; planning several "
                + "years needs a period that ends before \(period.lowerBound.shifted(byYears: 1)) so that the "
                + "years do not overlap"
        case .negativeRotationWeight(let weight):
            return "rules.weights.rotation is \(weight); planning several years in one model needs a rotation "
                + "weight of 0 or more (plan the years one at a time instead)"
        case .beyondPublicHolidays(let period):
            let years = PublicHolidays.years
            return "the period \(period.lowerBound) – \(period.upperBound) lies outside \(years.lowerBound)–\(years.upperBound), "
                + "the years whose public holidays are known; plan fewer years, or set calendar.public_holidays: false"
        case .beyondFourDigitYears(let period):
            return "the period \(period.lowerBound) – \(period.upperBound) reaches past the year 9999; plan fewer years"
        case .busyCalendar(let file, let line, let message):
            return "\(file):\(line): \(message)"
        }
    }
}
