import Treffpunkt

/// A meeting on the command line, `TOPIC#N` (`explain`, `move`).
struct MeetingArgument: Equatable {
    var topic: Topic.ID
    var number: Int

    /// Nil for anything but a topic id, `#` and a number from 1.
    init?(_ text: String) {
        let pieces = text.split(separator: "#", omittingEmptySubsequences: false)
        guard pieces.count == 2, !pieces[0].isEmpty, let number = Int(pieces[1]), number >= 1 else { return nil }
        topic = Topic.ID(String(pieces[0]))
        self.number = number
    }

    static func notAMeeting(_ text: String) -> String { "'\(text)' is not a meeting; write TOPIC#N, such as monitoring#2" }
}
