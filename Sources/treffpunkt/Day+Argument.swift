import ArgumentParser
import Treffpunkt

/// A day on the command line, `YYYY-MM-DD`; anything else is a usage error naming the option.
extension Day: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(iso: argument)
    }
}
