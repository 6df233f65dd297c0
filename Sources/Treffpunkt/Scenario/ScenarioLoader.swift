import Foundation

/// Reads `treffpunkt/1` scenario files. (Interface placeholder: the loader is being written.)
public enum ScenarioLoader {
    /// Loads and validates the scenario at `path`; every problem found is in the thrown `InvalidInput`.
    public static func load(path: String, cities catalog: CityCatalog = .bundled) throws(InvalidInput) -> LoadedScenario {
        throw InvalidInput([Diagnostic(file: path, location: .start, message: "scenario loading is not implemented yet")])
    }

    /// Loads a scenario from its bytes; `fileName` is used in diagnostics and the plan's `scenario.file`.
    public static func load(data: Data, fileName: String, cities catalog: CityCatalog = .bundled) throws(InvalidInput) -> LoadedScenario {
        throw InvalidInput([Diagnostic(file: fileName, location: .start, message: "scenario loading is not implemented yet")])
    }
}

/// A scenario that passed every check, with the warnings found on the way.
public struct LoadedScenario: Sendable {
    public var scenario: Scenario
    public var warnings: [Diagnostic]

    public init(scenario: Scenario, warnings: [Diagnostic]) {
        self.scenario = scenario
        self.warnings = warnings
    }
}

/// The German cities the tool ships in `seeds/cities.csv`. (Interface placeholder.)
public struct CityCatalog: Sendable {
    public var cities: [String: City]

    public init(cities: [String: City]) {
        self.cities = cities
    }

    public static var bundled: CityCatalog { CityCatalog(cities: [:]) }
}
