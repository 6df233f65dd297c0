/// Why an input calendar cannot be read or expanded: the .ics file, a line of it, and what is wrong there.
struct BusyCalendarError: Error, Sendable, Equatable {
    /// The file as diagnostics name it (relative to the working folder, or absolute).
    var file: String
    var line: Int
    var message: String

    /// `FILE:LINE: error: MESSAGE`, like the loader's diagnostics of .ics files.
    var located: String { "\(file):\(line): error: \(message)" }
}
