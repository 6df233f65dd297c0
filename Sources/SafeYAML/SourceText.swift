/// The bytes of a file checked to be text YAML can read: UTF-8, no control characters.
///
/// Positions follow libyaml (and so Yams' marks): lines are broken by LF, CR, CRLF, NEL,
/// LS and PS; columns count Unicode scalars; both start at 1.
enum SourceText {
    /// The problem that makes `bytes` unreadable, at the first offending position; nil if readable.
    static func problem(in bytes: [UInt8], file: String) -> YAMLProblem? {
        var index = 0
        var line = 1
        var column = 1
        var previousWasCarriageReturn = false
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            index = 3
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return YAMLProblem(SourceLocation(line: 1, column: 1),
                               "\(file) is UTF-16 (it starts with a byte order mark); save it as UTF-8")
        }
        while index < bytes.count {
            guard let (scalar, length) = decodeScalar(bytes, at: index) else {
                // A lone byte from 0xA0 up is how Latin-1 and Windows-1252 write umlauts and ß.
                let looksLatin = bytes[index] >= 0xA0 && (index + 1 == bytes.count || bytes[index + 1] < 0x80)
                return YAMLProblem(SourceLocation(line: line, column: column),
                                   "\(file) is not valid UTF-8 (byte 0x\(hex(bytes[index])) at offset \(index))"
                                       + (looksLatin ? "; it looks like Latin-1 or Windows-1252: save it as UTF-8" : "; save it as UTF-8"))
            }
            let value = scalar.value
            if !isAllowed(value) {
                let name = value == 0xFEFF ? "a byte order mark" : "control character U+\(hex4(value))"
                return YAMLProblem(SourceLocation(line: line, column: column), "\(name) is not allowed here")
            }
            if value == 0x0A {
                if !previousWasCarriageReturn {
                    line += 1
                }
                column = 1
            } else if isLineBreak(value) {
                line += 1
                column = 1
            } else {
                column += 1
            }
            previousWasCarriageReturn = value == 0x0D
            index += length
        }
        return nil
    }

    /// Byte offset where the first malformed UTF-8 sequence starts, or nil if the bytes are valid.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// The scalar starting at `index` and its length in bytes, or nil if the bytes there are not UTF-8.
    static func decodeScalar(_ bytes: [UInt8], at index: Int) -> (Unicode.Scalar, Int)? {
        let lead = bytes[index]
        if lead < 0x80 {
            return (Unicode.Scalar(lead), 1)
        }
        let length: Int
        var value: UInt32
        let minimum: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F); minimum = 0x80
        case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F); minimum = 0x800
        case 0xF0...0xF4: length = 4; value = UInt32(lead & 0x07); minimum = 0x10000
        default: return nil
        }
        guard index + length <= bytes.count else { return nil }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        guard value >= minimum, let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }

    /// Characters libyaml accepts in a stream (its `IS_PRINTABLE` plus tab and line breaks).
    static func isAllowed(_ value: UInt32) -> Bool {
        switch value {
        case 0x09, 0x0A, 0x0D, 0x20...0x7E, 0x85, 0xA0...0xD7FF, 0x10000...0x10FFFF: true
        case 0xE000...0xFFFD: value != 0xFEFF
        default: false
        }
    }

    /// Line breaks other than LF (which pairs with a preceding CR).
    static func isLineBreak(_ value: UInt32) -> Bool {
        value == 0x0D || value == 0x85 || value == 0x2028 || value == 0x2029
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }

    private static func hex4(_ value: UInt32) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - text.count)) + text
    }
}
