/// A sentence for planners, such as why there is no plan: a catalogue key and its arguments,
/// put into words only when it is shown. `description` is the English text, which `--json`
/// writes.
public struct Reason: Sendable, Hashable, CustomStringConvertible {
    /// What fills a placeholder.
    public enum Argument: Sendable, Hashable, ExpressibleByStringInterpolation {
        /// An id or count, written as it is in every language.
        case text(String)
        /// A date, as the language writes dates (ISO in English).
        case day(Day)
        /// A figure such as a total, with the language's separators.
        case number(Double)
        /// Words that are themselves from the catalogue, joined by `separator`.
        case phrases([Reason], separator: String)

        public init(stringLiteral value: String) { self = .text(value) }

        static func phrase(_ reason: Reason) -> Argument { .phrases([reason], separator: "") }
    }

    public var key: MessageKey
    public var arguments: [Argument]

    public init(_ key: MessageKey, _ arguments: Argument...) {
        self.init(key, arguments)
    }

    public init(_ key: MessageKey, _ arguments: [Argument]) {
        self.key = key
        self.arguments = arguments
    }

    /// This reason, for a multi-year run, prefixed with its year.
    func inYear(_ year: Int) -> Reason { Reason(.reasonInYear, "\(year)", .phrase(self)) }

    public var description: String { text(in: .en) }

    public func text(in language: Language) -> String {
        text(language.messages)
    }

    public func text(_ messages: Messages) -> String {
        // One pass over the template, so that an argument's own braces stay as they are.
        let template = messages[key]
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"), let number = Int(rest[afterOpen..<close]),
               arguments.indices.contains(number) {
                result += render(arguments[number], messages)
                rest = rest[rest.index(after: close)...]
            } else {
                result += "{"
                rest = rest[afterOpen...]
            }
        }
        return result + rest
    }

    private func render(_ argument: Argument, _ messages: Messages) -> String {
        switch argument {
        case .text(let text): text
        case .day(let day): messages.numericDate(day)
        case .number(let value): PlanTable.figure(value, messages)
        case .phrases(let reasons, let separator): reasons.map { $0.text(messages) }.joined(separator: separator)
        }
    }
}

extension Reason {
    /// `day` or `days`, `city` or `cities`, … by count.
    static func count(_ count: Int, _ one: MessageKey, _ many: MessageKey) -> Argument {
        .phrase(Reason(count == 1 ? one : many))
    }

    /// The full name of a weekday (`Monday`, `Montag`).
    static func weekday(_ day: Weekday) -> Argument {
        let keys: [MessageKey] = [.monday, .tuesday, .wednesday, .thursday, .friday, .saturday, .sunday]
        return .phrase(Reason(keys[day.rawValue - 1]))
    }
}
