import Foundation

/// The abbreviations (CET, CEST, JST) of a zone, read from its TZif file in the system's zoneinfo directory.
///
/// Foundation on Linux names offsets only as `GMT+1`; the tz database's own abbreviations are what
/// calendar clients show, so they are taken from the file (RFC 8536) where there is one.
struct ZoneInfoFile {
    private struct LocalTimeType {
        var isDaylight: Bool
        var abbreviation: String
    }

    private var transitions: [Int64] = []
    private var transitionTypes: [Int] = []
    private var types: [LocalTimeType] = []
    /// The standard and daylight names of the POSIX rule that applies after the last transition.
    private var footerNames: (standard: String, daylight: String?)?

    init?(identifier: String) {
        guard !identifier.isEmpty, !identifier.split(separator: "/").contains(".."), !identifier.hasPrefix("/")
        else { return nil }
        let environment = ProcessInfo.processInfo.environment["TZDIR"].map { [$0] } ?? []
        let directories = environment + ["/usr/share/zoneinfo", "/var/db/timezone/zoneinfo"]
        guard let data = directories.lazy.compactMap({ FileManager.default.contents(atPath: "\($0)/\(identifier)") }).first,
              let parsed = Self.parse([UInt8](data))
        else { return nil }
        self = parsed
    }

    private init() {}

    /// The abbreviation in force at an instant; `isDaylight` picks the name of the rule after the last transition.
    func abbreviation(at instant: Date, isDaylight: Bool) -> String? {
        let seconds = Int64(instant.timeIntervalSince1970.rounded(.down))
        if let last = transitions.last, seconds >= last, let footerNames {
            return isDaylight ? footerNames.daylight : footerNames.standard
        }
        if transitions.isEmpty, let footerNames {
            return isDaylight ? footerNames.daylight : footerNames.standard
        }
        guard let index = transitions.lastIndex(where: { $0 <= seconds }) else {
            return types.first?.abbreviation
        }
        let type = transitionTypes[index]
        return types.indices.contains(type) ? types[type].abbreviation : nil
    }

    private static func parse(_ bytes: [UInt8]) -> ZoneInfoFile? {
        guard bytes.count >= 44, bytes[0..<4].elementsEqual("TZif".utf8) else { return nil }
        func count(_ at: Int, _ field: Int) -> Int {
            let start = at + 20 + 4 * field
            return Int(bytes[start]) << 24 | Int(bytes[start + 1]) << 16 | Int(bytes[start + 2]) << 8 | Int(bytes[start + 3])
        }
        func blockSize(_ header: Int, timeSize: Int) -> Int {
            let (utc, std, leap, time, type, chars) = (count(header, 0), count(header, 1), count(header, 2),
                                                       count(header, 3), count(header, 4), count(header, 5))
            return 44 + time * timeSize + time + type * 6 + chars + leap * (timeSize + 4) + std + utc
        }
        var header = 0
        var timeSize = 4
        if bytes[4] >= UInt8(ascii: "2") {
            header = blockSize(0, timeSize: 4)
            timeSize = 8
        }
        guard bytes.count >= header + 44, bytes.count >= header + blockSize(header, timeSize: timeSize) else { return nil }
        let (timeCount, typeCount, charCount) = (count(header, 3), count(header, 4), count(header, 5))
        var file = ZoneInfoFile()
        var position = header + 44
        func integer(_ size: Int) -> Int64 {
            var value: Int64 = bytes[position] & 0x80 != 0 ? -1 : 0
            for byte in bytes[position..<position + size] {
                value = value << 8 | Int64(byte)
            }
            position += size
            return value
        }
        file.transitions = (0..<timeCount).map { _ in integer(timeSize) }
        file.transitionTypes = (0..<timeCount).map { _ in Int(integer(1) & 0xFF) }
        var rawTypes: [(isDaylight: Bool, index: Int)] = []
        for _ in 0..<typeCount {
            _ = integer(4)
            let isDaylight = integer(1) & 0xFF != 0
            rawTypes.append((isDaylight, Int(integer(1) & 0xFF)))
        }
        let characters = Array(bytes[position..<position + charCount])
        file.types = rawTypes.map { type in
            let tail = characters.dropFirst(type.index).prefix { $0 != 0 }
            return LocalTimeType(isDaylight: type.isDaylight, abbreviation: String(decoding: tail, as: UTF8.self))
        }
        if timeSize == 8 {
            let end = header + blockSize(header, timeSize: 8)
            let footer = String(decoding: bytes[end...], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            file.footerNames = footerNames(footer)
        }
        return file
    }

    /// The names in a POSIX TZ string such as `CET-1CEST,M3.5.0,M10.5.0/3` or `<+09>-9`.
    private static func footerNames(_ rule: String) -> (standard: String, daylight: String?)? {
        var rest = Substring(rule)
        func name() -> String? {
            if rest.first == "<" {
                guard let close = rest.firstIndex(of: ">") else { return nil }
                defer { rest = rest[rest.index(after: close)...] }
                return String(rest[rest.index(after: rest.startIndex)..<close])
            }
            let letters = rest.prefix { $0.isLetter }
            rest = rest.dropFirst(letters.count)
            return letters.count >= 3 ? String(letters) : nil
        }
        guard let standard = name() else { return nil }
        rest = rest.drop { "+-0123456789:".contains($0) }
        return (standard, rest.isEmpty ? nil : name())
    }
}
