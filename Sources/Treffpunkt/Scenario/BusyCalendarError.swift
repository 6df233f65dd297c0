/// Why an input calendar cannot be read: a line of the .ics file and what is wrong there.
struct BusyCalendarError: Error, Sendable {
    var line: Int
    var message: String
}
