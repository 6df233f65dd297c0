/// A short, printable excerpt of text read from a file, for error messages: a message says
/// where and what is wrong, and never echoes a file's content beyond a few characters.
public enum Excerpt {
    /// The most characters of input a message quotes.
    public static let maximumLength = 40

    /// `text` with control and other unprintable characters as `?`, cut to `maximumLength`
    /// characters with `…` when longer.
    public static func of(_ text: some StringProtocol) -> String {
        var result = ""
        var count = 0
        for scalar in text.unicodeScalars {
            if count == maximumLength {
                result += "…"
                break
            }
            let printable = scalar.value >= 0x20 && scalar.value != 0x7F && !(0x80...0x9F).contains(scalar.value)
                && scalar.properties.generalCategory != .format && scalar.properties.generalCategory != .unassigned
                && scalar.properties.generalCategory != .privateUse && scalar.properties.generalCategory != .surrogate
                && scalar.properties.generalCategory != .lineSeparator && scalar.properties.generalCategory != .paragraphSeparator
            result.unicodeScalars.append(printable ? scalar : "?")
            count += 1
        }
        return result
    }
}
