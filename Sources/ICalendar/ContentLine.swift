/// Content lines of RFC 5545 section 3.1: rendering, folding at 75 octets and unfolding.
public enum ContentLine {
    /// The longest physical line in octets, without its CRLF.
    public static let maximumOctets = 75

    /// The line break every physical line ends with.
    public static let lineBreak = "\r\n"

    /// A control character that may not appear raw in a content line (all but horizontal tab).
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t") || scalar.value == 0x7F
    }

    /// The logical line `NAME;PARAM=VALUE:value` for a property, without folding and without control characters.
    public static func unfolded(_ property: Property) -> String {
        var line = property.name
        for parameter in property.parameters {
            line += ";" + parameter.contentLineText
        }
        line += ":" + property.value
        return String(String.UnicodeScalarView(line.unicodeScalars.filter { !isControl($0) }))
    }

    /// Splits a logical line into physical lines of at most 75 octets each, continuation lines
    /// starting with one space that counts towards the limit.
    ///
    /// Lines break only between Unicode scalars, so no UTF-8 sequence is split.
    public static func fold(_ line: String) -> [String] {
        var lines: [String] = []
        var current = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let width = UTF8.width(scalar)
            if octets + width > maximumOctets {
                lines.append(current)
                current = " "
                octets = 1
            }
            current.unicodeScalars.append(scalar)
            octets += width
        }
        lines.append(current)
        return lines
    }

    /// Joins folded physical lines again: every CRLF followed by a space or tab is removed.
    public static func unfold(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if index + 2 < scalars.count, scalars[index] == "\r", scalars[index + 1] == "\n",
               scalars[index + 2] == " " || scalars[index + 2] == "\t" {
                index += 3
                continue
            }
            result.append(scalars[index])
            index += 1
        }
        return String(result)
    }
}
