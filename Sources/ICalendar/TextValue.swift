/// The TEXT value type of RFC 5545 section 3.3.11: escaping of free text such as summaries and addresses.
public enum TextValue {
    /// Escapes backslash, semicolon and comma, writes line breaks as `\n` and drops other control characters.
    ///
    /// CR LF and a lone LF are each one line break; a lone CR is dropped. Tabs are kept, as RFC 5545 allows them.
    public static func escape(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": escaped += "\\\\"
            case ";": escaped += "\\;"
            case ",": escaped += "\\,"
            case "\n": escaped += "\\n"
            case _ where ContentLine.isControl(scalar): continue
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
