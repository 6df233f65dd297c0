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

    /// Reads escaped TEXT back: `\\`, `\;`, `\,` and `\n` or `\N`; any other backslash stays as written.
    public static func unescape(_ text: String) -> String {
        var result = ""
        var escaping = false
        for scalar in text.unicodeScalars {
            if escaping {
                switch scalar {
                case "n", "N": result += "\n"
                case "\\", ";", ",": result.unicodeScalars.append(scalar)
                default: result += "\\" + String(scalar)
                }
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        if escaping { result += "\\" }
        return result
    }
}
