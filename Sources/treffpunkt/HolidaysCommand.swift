import ArgumentParser
import Treffpunkt

/// `--state nw` and `--state NW` both name Nordrhein-Westfalen.
extension GermanState: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(rawValue: argument.uppercased())
    }
}

struct HolidaysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "holidays",
        abstract: "Lists the statewide public holidays of a German state in a year, as the planner uses them."
    )

    @Option(help: "State: \(GermanState.allCases.map(\.rawValue).joined(separator: ", ")).")
    var state: GermanState

    @Option(help: "Year, 1990 to 2100.")
    var year: Int

    func validate() throws {
        guard (1990...2100).contains(year) else { throw ValidationError("--year must lie between 1990 and 2100") }
    }

    func run() {
        for holiday in PublicHolidays.holidays(in: state, year: year) {
            print("\(holiday.day)  \(holiday.name)")
        }
    }
}
