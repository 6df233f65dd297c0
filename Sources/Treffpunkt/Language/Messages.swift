/// The words of one language, and how it writes dates, times and numbers for people.
///
/// `messages[.venue]` is a text; `messages(.summaryLine, a, b)` fills `{0}`, `{1}`. Numbers in
/// JSON and CSV never pass through here: they stay plain (`PlanTable.format`).
public struct Messages: Sendable {
    public let language: Language
    private let catalogue: [MessageKey: String]

    public init(language: Language) {
        self.language = language
        catalogue = Self.catalogue(of: language)
    }

    public static let german = Messages(language: .de)
    public static let english = Messages(language: .en)

    /// The catalogue of `language`, as written; `MessagesTests` checks it is complete.
    public static func catalogue(of language: Language) -> [MessageKey: String] {
        switch language {
        case .de: germanCatalogue
        case .en: englishCatalogue
        }
    }

    /// The text of `key`; the key's name if the catalogue lacks it (a test prevents that).
    public subscript(_ key: MessageKey) -> String {
        catalogue[key] ?? key.rawValue
    }

    /// The text of `key` with `{0}`, `{1}`, … replaced by `arguments`.
    public func callAsFunction(_ key: MessageKey, _ arguments: String...) -> String {
        fill(key, arguments)
    }

    /// The text of `key` with `{0}`, `{1}`, … replaced by `arguments`.
    public func fill(_ key: MessageKey, _ arguments: [String]) -> String {
        var text = self[key]
        for (index, argument) in arguments.enumerated() {
            text = text.replacingOccurrences(of: "{\(index)}", with: argument)
        }
        return text
    }

    /// The `lang` attribute of HTML.
    public var languageCode: String { language.rawValue }

    /// January … December.
    public var monthNames: [String] {
        [MessageKey.january, .february, .march, .april, .may, .june, .july, .august, .september, .october, .november,
         .december].map { self[$0] }
    }

    /// Name, unit and one sentence of an objective term, by its JSON name; nil for one not known.
    public func term(_ name: String) -> (name: String, unit: String, explanation: String)? {
        let keys: [String: (MessageKey, MessageKey, MessageKey)] = [
            "travel": (.travelTerm, .travelUnit, .travelExplanation),
            "venue_cost": (.venueCostTerm, .venueCostUnit, .venueCostExplanation),
            "rotation": (.rotationTerm, .rotationUnit, .rotationExplanation),
            "balance": (.balanceTerm, .balanceUnit, .balanceExplanation),
            "offers": (.offersTerm, .offersUnit, .offersExplanation),
            "changes": (.changesTerm, .changesUnit, .changesExplanation),
        ]
        return keys[name].map { (self[$0.0], self[$0.1], self[$0.2]) }
    }

    // MARK: Dates, times, numbers

    /// `Mo 18.06.2018`; in English `Mon 2018-06-18`.
    public func date(_ day: Day) -> String {
        "\(weekday(day)) \(numericDate(day))"
    }

    /// `18.06.2018`; in English ISO, `2018-06-18`.
    public func numericDate(_ day: Day) -> String {
        let (year, month, dayOfMonth) = day.civil
        return switch language {
        case .de: "\(Self.twoDigits(dayOfMonth)).\(Self.twoDigits(month)).\(year)"
        case .en: day.description
        }
    }

    /// `Mo` / `Mon`.
    public func weekday(_ day: Day) -> String {
        weekday(day.weekday)
    }

    public func weekday(_ weekday: Weekday) -> String {
        let keys: [MessageKey] = [.mondayShort, .tuesdayShort, .wednesdayShort, .thursdayShort, .fridayShort,
                                  .saturdayShort, .sundayShort]
        return self[keys[weekday.rawValue - 1]]
    }

    /// `13:00`, from seconds since midnight.
    public func time(secondsOfDay: Int) -> String {
        "\(Self.twoDigits(secondsOfDay / 3600)):\(Self.twoDigits(secondsOfDay / 60 % 60))"
    }

    /// The decimal and thousands separators of numbers in text: `,` and `.` in German.
    public var decimalSeparator: Character { language == .de ? "," : "." }
    public var groupingSeparator: Character { language == .de ? "." : "," }

    /// A number for people: grouped thousands, at most `decimals` decimals, none for whole numbers
    /// (`90.530,85` in German, `90,530.85` in English).
    public func number(_ value: Double, decimals: Int = 2) -> String {
        guard value.isFinite else { return value.isNaN ? "–" : (value < 0 ? "−∞" : "∞") }
        let scale = (0..<decimals).reduce(1.0) { product, _ in product * 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 1e17 else { return "\(value)" }
        let units = UInt64(scaled)
        let whole = units / UInt64(scale)
        let fraction = units % UInt64(scale)
        var digits = Array(String(whole))
        var grouped = ""
        while digits.count > 3 {
            grouped = String(groupingSeparator) + String(digits.suffix(3)) + grouped
            digits.removeLast(3)
        }
        grouped = String(digits) + grouped
        if fraction > 0 {
            var decimalsText = String(fraction)
            decimalsText = String(repeating: "0", count: decimals - decimalsText.count) + decimalsText
            while decimalsText.hasSuffix("0") { decimalsText.removeLast() }
            grouped += String(decimalSeparator) + decimalsText
        }
        return (value < 0 && units > 0 ? "−" : "") + grouped
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
