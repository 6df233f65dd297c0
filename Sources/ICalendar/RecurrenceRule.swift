/// The supported part of an RFC 5545 RRULE (FREQ, INTERVAL, COUNT, UNTIL, BYDAY, BYMONTHDAY,
/// BYMONTH; WKST=MO), which decides the days an event repeats on.
public struct RecurrenceRule: Sendable {
    public enum Frequency: String, Sendable { case daily = "DAILY", weekly = "WEEKLY", monthly = "MONTHLY", yearly = "YEARLY" }

    /// The days of the week, Monday first as ISO 8601 and `WKST=MO` count them.
    public enum Weekday: Int, Sendable, CaseIterable { case mon = 1, tue, wed, thu, fri, sat, sun }

    public var frequency: Frequency
    public var interval = 1
    public var count: Int?
    /// The UNTIL value as written (a DATE or DATE-TIME), upper-cased.
    public var until: String?
    /// `BYDAY` entries: an ordinal (0 for every such weekday) and the weekday.
    public var byDay: [(ordinal: Int, weekday: Weekday)] = []
    public var byMonthDay: [Int] = []
    public var byMonth: [Int] = []

    static let weekdayCodes: [String: Weekday] = ["MO": .mon, "TU": .tue, "WE": .wed, "TH": .thu, "FR": .fri,
                                                  "SA": .sat, "SU": .sun]

    /// The most occurrences COUNT may ask for.
    public static let maximumCount = 100_000
    /// The largest INTERVAL.
    public static let maximumInterval = 10_000

    /// Parses an RRULE value; `line` is the property's, for the error that names any part
    /// this reader does not support or any value out of range. Each part may appear once.
    public init(_ value: String, line: Int) throws(ICalendarSyntaxError) {
        func fail(_ message: String) -> ICalendarSyntaxError { ICalendarSyntaxError(line: line, message: message) }
        var frequency: Frequency?
        var seen = Set<String>()
        for part in value.split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2 else { throw fail("RRULE part '\(Excerpt.of(part))' has no value") }
            let (name, text) = (pair[0].uppercased(), pair[1].uppercased())
            guard seen.insert(name).inserted else { throw fail("RRULE part \(Excerpt.of(name)) appears more than once") }
            /// A whole number of plain digits, with a sign only where `signed`; nil when not one or beyond `maximum` in size.
            func number(_ item: Substring, signed: Bool, maximum: Int) -> Int? {
                var digits = item
                var negative = false
                if signed, let first = digits.first, first == "+" || first == "-" {
                    negative = first == "-"
                    digits = digits.dropFirst()
                }
                guard !digits.isEmpty, digits.count <= 9, digits.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }),
                      let magnitude = Int(digits), magnitude >= 1, magnitude <= maximum else { return nil }
                return negative ? -magnitude : magnitude
            }
            func integers(maximum: Int, signed: Bool) throws(ICalendarSyntaxError) -> [Int] {
                var result: [Int] = []
                for item in text.split(separator: ",", omittingEmptySubsequences: false) {
                    guard let number = number(item, signed: signed, maximum: maximum) else {
                        let range = signed ? "1 to \(maximum) or -\(maximum) to -1" : "1 to \(maximum)"
                        throw fail("RRULE \(name) value '\(Excerpt.of(item))' is out of range (\(range))")
                    }
                    result.append(number)
                }
                return result
            }
            switch name {
            case "FREQ":
                guard let known = Frequency(rawValue: text) else {
                    throw fail("RRULE FREQ=\(Excerpt.of(text)) is not supported (DAILY, WEEKLY, MONTHLY, YEARLY are)")
                }
                frequency = known
            case "INTERVAL":
                guard let number = number(Substring(text), signed: false, maximum: RecurrenceRule.maximumInterval) else {
                    throw fail("RRULE INTERVAL '\(Excerpt.of(text))' must be a whole number from 1 to \(RecurrenceRule.maximumInterval)")
                }
                interval = number
            case "COUNT":
                guard let number = number(Substring(text), signed: false, maximum: RecurrenceRule.maximumCount) else {
                    throw fail("RRULE COUNT '\(Excerpt.of(text))' must be a whole number from 1 to \(RecurrenceRule.maximumCount)")
                }
                count = number
            case "UNTIL": until = text
            case "BYMONTHDAY": byMonthDay = try integers(maximum: 31, signed: true)
            case "BYMONTH": byMonth = try integers(maximum: 12, signed: false)
            case "BYDAY":
                for item in text.split(separator: ",", omittingEmptySubsequences: false) {
                    let code = String(item.suffix(2))
                    let prefix = item.dropLast(2)
                    guard item.count >= 2, let weekday = RecurrenceRule.weekdayCodes[code],
                          let ordinal = prefix.isEmpty ? 0 : number(prefix, signed: true, maximum: 53) else {
                        throw fail("RRULE BYDAY value '\(Excerpt.of(item))' is not a weekday such as MO, 1MO or -1FR (ordinals 1 to 53)")
                    }
                    byDay.append((ordinal, weekday))
                }
            case "WKST":
                guard text == "MO" else { throw fail("RRULE WKST=\(Excerpt.of(text)) is not supported (only MO)") }
            default:
                throw fail("RRULE part \(Excerpt.of(name)) is not supported (FREQ, INTERVAL, COUNT, UNTIL, BYDAY, BYMONTHDAY, BYMONTH are)")
            }
        }
        guard let frequency else { throw fail("RRULE has no FREQ") }
        self.frequency = frequency
        if count != nil, until != nil { throw fail("RRULE has both COUNT and UNTIL") }
        if byDay.contains(where: { $0.ordinal != 0 }), frequency == .daily || frequency == .weekly {
            throw fail("RRULE BYDAY with an ordinal needs FREQ=MONTHLY or YEARLY")
        }
        if !byMonthDay.isEmpty, frequency == .weekly { throw fail("RRULE BYMONTHDAY is not allowed with FREQ=WEEKLY") }
    }

    /// The dates, from `start` on and up to `last`, on which an occurrence starts (the first is
    /// `start`), at most `limit` of them.
    public func dates(from start: CalendarDate, through last: CalendarDate, limit: Int) -> [CalendarDate] {
        guard let first = DayNumber(start), let end = DayNumber(last) else { return [] }
        var steps = Int.max
        return days(from: first, through: end, limit: limit, steps: &steps)?.map(\.calendarDate) ?? []
    }

    /// The days from `start` (or, without COUNT, from `skippingTo` when later) through `last` on
    /// which an occurrence starts, at most `limit`. Each day looked at costs one of `steps`; nil
    /// when they run out. Whether a day matches depends on the day and `start` alone, so a rule
    /// without COUNT may begin looking anywhere.
    func days(from start: DayNumber, skippingTo skip: DayNumber? = nil, through last: DayNumber, limit: Int,
              steps: inout Int) -> [DayNumber]? {
        var result: [DayNumber] = []
        var day = count == nil ? max(start, skip ?? start) : start
        var found = 0
        let startMonthIndex = start.year * 12 + start.month - 1
        let startWeek = start.ordinal - (start.weekday.rawValue - 1)
        while day <= last, result.count < limit {
            if let count, found >= count { break }
            guard steps > 0 else { return nil }
            steps -= 1
            if day == start || matches(day, start: start, startMonthIndex: startMonthIndex, startWeek: startWeek) {
                result.append(day)
                found += 1
            }
            day = next(after: day, start: start, startMonthIndex: startMonthIndex)
        }
        return result
    }

    /// The next day that may match: the day after, or the first of the next month or year when
    /// the rest of this month or year cannot (BYMONTH, or a MONTHLY or YEARLY interval), so that
    /// sparse rules counted from a distant DTSTART look at few days.
    private func next(after day: DayNumber, start: DayNumber, startMonthIndex: Int) -> DayNumber {
        let (year, month, _) = day.civil
        let monthIndex = year * 12 + month - 1
        let skipsYear = frequency == .yearly && (year - start.year) % interval != 0
        let skipsMonth = (!byMonth.isEmpty && !byMonth.contains(month))
            || (frequency == .monthly && (monthIndex - startMonthIndex) % interval != 0)
        if skipsYear, let first = DayNumber(year: year + 1, month: 1, day: 1), first > day { return first }
        if skipsMonth, let first = DayNumber(year: month == 12 ? year + 1 : year, month: month == 12 ? 1 : month + 1, day: 1),
           first > day { return first }
        return day.advanced(by: 1)
    }

    private func matches(_ day: DayNumber, start: DayNumber, startMonthIndex: Int, startWeek: Int) -> Bool {
        let (year, month, dayOfMonth) = day.civil
        if !byMonth.isEmpty, !byMonth.contains(month) { return false }
        let monthLength = DayNumber.daysInMonth(year: year, month: month)
        let monthDayMatches = byMonthDay.isEmpty || byMonthDay.contains { $0 > 0 ? $0 == dayOfMonth : monthLength + 1 + $0 == dayOfMonth }
        switch frequency {
        case .daily:
            return start.distance(to: day) % interval == 0 && monthDayMatches
                && (byDay.isEmpty || byDay.contains { $0.weekday == day.weekday })
        case .weekly:
            let week = day.ordinal - (day.weekday.rawValue - 1)
            guard ((week - startWeek) / 7) % interval == 0 else { return false }
            return byDay.isEmpty ? day.weekday == start.weekday : byDay.contains { $0.weekday == day.weekday }
        case .monthly:
            guard (year * 12 + month - 1 - startMonthIndex) % interval == 0 else { return false }
            if byDay.isEmpty, byMonthDay.isEmpty { return dayOfMonth == start.civil.day }
            return monthDayMatches && (byDay.isEmpty || byDay.contains { inMonth($0, day: dayOfMonth, length: monthLength, weekday: day.weekday) })
        case .yearly:
            guard (year - start.year) % interval == 0 else { return false }
            if byDay.isEmpty, byMonthDay.isEmpty {
                return dayOfMonth == start.civil.day && (byMonth.isEmpty ? month == start.month : true)
            }
            let weekdayMatches = byDay.isEmpty || byDay.contains { entry in
                if !byMonth.isEmpty { return inMonth(entry, day: dayOfMonth, length: monthLength, weekday: day.weekday) }
                let first = DayNumber(year: year, month: 1, day: 1)!
                let dayOfYear = first.distance(to: day) + 1
                let yearLength = DayNumber.isLeapYear(year) ? 366 : 365
                return inPeriod(entry, position: dayOfYear, length: yearLength, weekday: day.weekday)
            }
            return monthDayMatches && weekdayMatches
        }
    }

    private func inMonth(_ entry: (ordinal: Int, weekday: Weekday), day: Int, length: Int, weekday: Weekday) -> Bool {
        inPeriod(entry, position: day, length: length, weekday: weekday)
    }

    /// Whether a day at `position` (1-based) of a month or year is the entry's nth such weekday.
    private func inPeriod(_ entry: (ordinal: Int, weekday: Weekday), position: Int, length: Int, weekday: Weekday) -> Bool {
        guard entry.weekday == weekday else { return false }
        if entry.ordinal == 0 { return true }
        if entry.ordinal > 0 { return (position - 1) / 7 + 1 == entry.ordinal }
        return (length - position) / 7 + 1 == -entry.ordinal
    }
}
