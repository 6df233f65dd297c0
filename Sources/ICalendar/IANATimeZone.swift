import Foundation

/// Which time-zone names are accepted, the same for a scenario's `timezone` and an .ics TZID:
/// the IANA tz database's ids (`Europe/Berlin`, `UTC`, `Etc/GMT-1`), not the offsets Foundation
/// also understands (`GMT+5`, `UTC+01:00`), which name no zone a calendar client knows.
public enum IANATimeZone {
    /// What to write instead of an unknown id.
    public static let hint = "use an IANA time-zone id such as 'Europe/Berlin' (for a fixed offset 'Etc/GMT-5' is UTC+5)"

    /// Whether `identifier` is an id of the tz database that this system can use.
    public static func isKnown(_ identifier: String) -> Bool {
        guard TimeZone(identifier: identifier) != nil else { return false }
        if identifier == "UTC" || known.contains(identifier) { return true }
        // Foundation's list leaves out some of the database's ids (the `Etc/` area on Linux);
        // those count when the database has a file of that name.
        let parts = identifier.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }),
              identifier.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || "0123456789/_+-".unicodeScalars.contains($0)) })
        else { return false }
        return ZoneInfoFile(identifier: identifier) != nil
    }

    private static let known = Set(TimeZone.knownTimeZoneIdentifiers)
}
