/// A day of the week, ISO numbered (Monday 1 … Sunday 7), spelt as in scenarios (`mon` … `sun`).
public enum Weekday: Int, CaseIterable, Sendable, Comparable {
    case mon = 1, tue, wed, thu, fri, sat, sun

    public init?(abbreviation: String) {
        guard let match = Weekday.allCases.first(where: { $0.abbreviation == abbreviation }) else { return nil }
        self = match
    }

    /// `mon` … `sun`.
    public var abbreviation: String { String(describing: self) }

    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.rawValue < rhs.rawValue }
}
