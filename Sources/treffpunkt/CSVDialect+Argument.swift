import ArgumentParser
import Treffpunkt

extension CSVDialect: ExpressibleByArgument {}
