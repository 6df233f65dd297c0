/// Which days a host city cannot hold a meeting (rule H3), and why.
///
/// Combines the statewide public holidays of the city's state (when the scenario uses
/// them), the city's own `extra_holidays`, network-wide `blackouts` and the
/// `state_blackouts` of the city's state.
public struct ClosedDays: Sendable {
    private let rules: CalendarRules
    private var holidayNames: [GermanState: [Day: String]] = [:]

    /// Prepares the holidays of every state of `cities` within `period`.
    public init(rules: CalendarRules, cities: [City], period: ClosedRange<Day>) {
        self.rules = rules
        guard rules.publicHolidays else { return }
        for state in Set(cities.map(\.state)) {
            let holidays = PublicHolidays.holidays(in: state, during: period)
            // Two holidays on one day (e.g. 1 May 2008) keep the first name.
            holidayNames[state] = Dictionary(holidays.map { ($0.day, $0.name) }, uniquingKeysWith: { first, _ in first })
        }
    }

    /// Why `day` is closed for meetings hosted in `city`, or nil when it is open.
    public func reason(_ day: Day, hostedIn city: City) -> String? {
        if let name = holidayNames[city.state]?[day] {
            return "\(name) (public holiday in \(city.state.rawValue))"
        }
        if let item = city.extraHolidays.item(containing: day) {
            return item.reason.map { "\($0) (local holiday in \(city.name))" } ?? "local holiday in \(city.name)"
        }
        if let item = rules.blackouts.item(containing: day) {
            return item.reason.map { "\($0) (network blackout)" } ?? "network blackout"
        }
        if let item = rules.stateBlackouts[city.state]?.item(containing: day) {
            let state = city.state.rawValue
            return item.reason.map { "\($0) (blackout in \(state))" } ?? "blackout in \(state)"
        }
        return nil
    }

    public func isClosed(_ day: Day, hostedIn city: City) -> Bool {
        reason(day, hostedIn: city) != nil
    }
}
