import Foundation

/// An unsent mail (RFC 5322, MIME) that a mail program opens as a draft (`X-Unsent: 1`): a UTF-8
/// text and the invitation's `.ics` as a `text/calendar` attachment. Nothing is sent.
public struct MailDraft: Sendable {
    public struct Address: Sendable, Equatable {
        public var name: String
        public var email: String
    }

    public var from: Address
    public var to: [Address]
    public var subject: String
    public var body: String
    public var date: Date
    /// The attached calendar's bytes and its iTIP method (`REQUEST`, `CANCEL`).
    public var calendar: Data
    public var method: String

    /// The message: ASCII headers (non-ASCII text as RFC 2047 encoded words), CRLF line ends.
    public var data: Data {
        // Base64 never holds "=_"; the loop keeps the boundary out of the text as well.
        var boundary = "=_treffpunkt_0"
        var attempt = 0
        while body.contains(boundary) {
            attempt += 1
            boundary = "=_treffpunkt_\(attempt)"
        }
        var lines = [
            "From: " + Self.mailbox(from),
            Self.folded("To: " + to.map(Self.mailbox).joined(separator: ", ")),
            "Subject: " + Self.encodedWords(subject),
            "Date: " + Self.rfc5322Date(date),
            "MIME-Version: 1.0",
            "X-Unsent: 1",
            "Content-Type: multipart/mixed; boundary=\"\(boundary)\"",
            "",
            "--\(boundary)",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: 8bit",
            "",
        ]
        lines += body.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        lines += [
            "--\(boundary)",
            "Content-Type: text/calendar; charset=utf-8; method=\(method); name=\"invite.ics\"",
            "Content-Disposition: attachment; filename=\"invite.ics\"",
            "Content-Transfer-Encoding: base64",
            "",
        ]
        let encoded = calendar.base64EncodedString()
        var index = encoded.startIndex
        while index < encoded.endIndex {
            let end = encoded.index(index, offsetBy: 76, limitedBy: encoded.endIndex) ?? encoded.endIndex
            lines.append(String(encoded[index..<end]))
            index = end
        }
        lines.append("--\(boundary)--")
        return Data((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    /// `Name <address>`, the name quoted when plain ASCII, else as encoded words.
    static func mailbox(_ address: Address) -> String {
        let name = address.name.unicodeScalars.filter { $0.properties.generalCategory != .control }
        let text = String(String.UnicodeScalarView(name))
        guard !text.isEmpty else { return "<\(address.email)>" }
        if text.unicodeScalars.allSatisfy({ $0.isASCII }) {
            let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            return "\"\(escaped)\" <\(address.email)>"
        }
        return "\(encodedWords(text)) <\(address.email)>"
    }

    /// The text as itself when it is printable ASCII, else as RFC 2047 `=?UTF-8?B?…?=` words of at
    /// most 75 characters each, split between characters and joined by folding whitespace.
    static func encodedWords(_ text: String) -> String {
        if text.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 0x20 && $0.value < 0x7F }), text.utf8.count <= 900 {
            return text
        }
        var words: [String] = []
        var chunk = ""
        for character in text {
            if chunk.utf8.count + character.utf8.count > 45, !chunk.isEmpty {
                words.append("=?UTF-8?B?\(Data(chunk.utf8).base64EncodedString())?=")
                chunk = ""
            }
            chunk.append(character)
        }
        if !chunk.isEmpty { words.append("=?UTF-8?B?\(Data(chunk.utf8).base64EncodedString())?=") }
        return words.joined(separator: "\r\n ")
    }

    /// A header folded after commas so that no line passes 78 characters where it can be helped.
    static func folded(_ header: String) -> String {
        var lines: [String] = []
        var line = ""
        for part in header.split(separator: ",", omittingEmptySubsequences: false).map(String.init) {
            let piece = line.isEmpty ? part : "," + part
            if !line.isEmpty, line.count + piece.count > 78 {
                lines.append(line + ",")
                line = part.hasPrefix(" ") ? part : " " + part
            } else {
                line += piece
            }
        }
        lines.append(line)
        return lines.joined(separator: "\r\n")
    }

    /// `Sun, 06 Dec 2026 17:50:00 +0000`.
    static func rfc5322Date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: date)
    }
}
