/// The work one expansion of calendars may do, counted in steps: a day a recurrence rule looks
/// at, an occurrence listed. Shared by every event and file of one expansion, so that no input
/// makes it run for long; running out is a located error.
public final class ExpansionBudget {
    /// Steps of a whole expansion, by default: a few seconds at most.
    public static let defaultSteps = 2_000_000

    public let steps: Int
    /// Steps not yet used.
    public internal(set) var remaining: Int

    public init(steps: Int = ExpansionBudget.defaultSteps) {
        self.steps = steps
        self.remaining = steps
    }

    /// Draws `count` steps for the work on `line`; throws when too few are left.
    public func spend(_ count: Int, line: Int) throws(ICalendarSyntaxError) {
        guard count <= remaining else {
            remaining = 0
            throw exhausted(line: line)
        }
        remaining -= count
    }

    func exhausted(line: Int) -> ICalendarSyntaxError {
        ICalendarSyntaxError(line: line, message: "expanding the calendars takes more than \(steps) steps here "
            + "(a recurrence is looked at day by day from its DTSTART); start the series nearer the planning period")
    }
}
