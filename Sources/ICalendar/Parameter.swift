/// A property parameter such as `TZID=Europe/Berlin` or `VALUE=DATE`.
public struct Parameter: Hashable, Sendable {
    public var name: String
    public var values: [String]

    public init(name: String, values: [String]) {
        self.name = name
        self.values = values
    }

    public init(name: String, value: String) {
        self.init(name: name, values: [value])
    }

    /// The parameter as written in a content line: values that hold `:`, `;` or `,` are quoted.
    ///
    /// A parameter value can hold neither a DQUOTE nor a control character, not even quoted,
    /// so both are dropped.
    public var contentLineText: String {
        let rendered = values.map { value -> String in
            let safe = String(String.UnicodeScalarView(value.unicodeScalars.filter {
                $0 != "\"" && !ContentLine.isControl($0)
            }))
            return safe.contains(where: { $0 == ":" || $0 == ";" || $0 == "," }) ? "\"\(safe)\"" : safe
        }
        return "\(name)=\(rendered.joined(separator: ","))"
    }
}
