import Treffpunkt

/// Days written as `"2027-03-01"` in tests; a literal that is not a day stops the test run.
extension Day: ExpressibleByStringLiteral {
    public init(stringLiteral text: String) {
        guard let day = Day(iso: text) else { preconditionFailure("'\(text)' is not a day") }
        self = day
    }
}

extension LocalTimestamp: ExpressibleByStringLiteral {
    public init(stringLiteral text: String) {
        guard let timestamp = LocalTimestamp(iso: text) else { preconditionFailure("'\(text)' is not a local time") }
        self = timestamp
    }
}
