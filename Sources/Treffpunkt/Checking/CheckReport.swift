/// What the checker found.
public struct CheckReport: Sendable {
    /// One broken rule, said in planners' words.
    public struct Violation: Sendable, Equatable, CustomStringConvertible {
        /// `H1` … `H8`, or `objective` for a term that does not match the plan's.
        public var rule: String
        /// The finding in English: stable for scripts and tests, whatever the output language.
        public var message: String
        /// The catalogue entry and its arguments, for `text(in:)`; nil for a message given as text.
        public var key: MessageKey?
        public var arguments: [Argument]

        /// An argument of a finding, written the way the output language writes it.
        public enum Argument: Sendable, Equatable, ExpressibleByStringInterpolation {
            case text(String)
            /// ISO in English (as before the catalogue), `18.06.2018` in German.
            case day(Day)
            /// Days joined with commas.
            case days([Day])
            /// Weekdays joined with commas: `sat` in English (the scenario's spelling), `Sa` in German.
            case weekdays([Weekday])

            public init(stringLiteral value: String) { self = .text(value) }
            public init(stringInterpolation: DefaultStringInterpolation) {
                self = .text(String(stringInterpolation: stringInterpolation))
            }

            func text(_ messages: Messages) -> String {
                switch self {
                case .text(let text): text
                case .day(let day): messages.language == .en ? day.description : messages.numericDate(day)
                case .days(let days): days.map { Argument.day($0).text(messages) }.joined(separator: ", ")
                case .weekdays(let weekdays):
                    weekdays.map { messages.language == .en ? $0.abbreviation : messages.weekday($0) }
                        .joined(separator: ", ")
                }
            }
        }

        public init(rule: String, message: String) {
            self.rule = rule
            self.message = message
            key = nil
            arguments = []
        }

        public init(rule: String, key: MessageKey, arguments: [Argument]) {
            self.rule = rule
            self.key = key
            self.arguments = arguments
            message = Messages.english.fill(key, arguments.map { $0.text(.english) })
        }

        /// The finding in the language of `messages`.
        public func text(in messages: Messages) -> String {
            guard let key else { return message }
            return messages.fill(key, arguments.map { $0.text(messages) })
        }

        /// `H2: …` in the language of `messages`.
        public func line(in messages: Messages) -> String { "\(rule): \(text(in: messages))" }

        public var description: String { "\(rule): \(message)" }

        /// Two findings are the same when they name the same rule in the same words.
        public static func == (lhs: Violation, rhs: Violation) -> Bool {
            lhs.rule == rhs.rule && lhs.message == rhs.message
        }
    }

    public var violations: [Violation]
    /// The objective's weighted terms recomputed from the plan's meetings.
    public var recomputedTerms: ObjectiveTerms

    public init(violations: [Violation], recomputedTerms: ObjectiveTerms) {
        self.violations = violations
        self.recomputedTerms = recomputedTerms
    }

    public var isValid: Bool { violations.isEmpty }
}
