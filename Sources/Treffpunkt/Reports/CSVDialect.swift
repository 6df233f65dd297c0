/// How a CSV file is written: for German spreadsheets, or plain RFC 4180.
public enum CSVDialect: String, Sendable, CaseIterable {
    /// What German Excel and LibreOffice open with a double click: UTF-8 with a byte-order mark,
    /// `;` between fields (`,` is their decimal separator), CRLF, quoting as in RFC 4180.
    case excel
    /// RFC 4180 as written: `,` between fields, CRLF, no byte-order mark.
    case rfc4180

    public var separator: Character { self == .excel ? ";" : "," }
    public var byteOrderMark: Bool { self == .excel }

    /// A field quoted when it holds the separator, a quote, a line break, or space at either
    /// end; quotes inside are doubled (RFC 4180, 2.6 and 2.7). A field that a spreadsheet would
    /// read as a formula gets a leading `'` first (see `guardingFormula`).
    public func field(_ text: String) -> String {
        let text = Self.guardingFormula(text)
        let needsQuotes = text.contains { $0 == separator || $0 == "\"" || $0.isNewline }
            || text.first?.isWhitespace == true || text.last?.isWhitespace == true
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `text` with a `'` in front when it begins with `=`, `+`, `-`, `@`, a tab or a carriage
    /// return and is not a plain number such as `-12.5`: Excel and LibreOffice then show it as
    /// text instead of evaluating it (CSV injection; OWASP's rule). In both dialects, since
    /// either may be opened by a spreadsheet.
    public static func guardingFormula(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return text }
        let digits = text.dropFirst()
        let isNumber = first == "-" && !digits.isEmpty && digits.first != "." && digits.last != "."
            && digits.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") } && digits.filter { $0 == "." }.count <= 1
        return isNumber ? text : "'" + text
    }

    /// Rows joined by CRLF, each ending with one; with the byte-order mark where the dialect has it.
    public func text(_ rows: [[String]]) -> String {
        (byteOrderMark ? "\u{FEFF}" : "")
            + rows.map { $0.map(field).joined(separator: String(separator)) + "\r\n" }.joined()
    }
}
