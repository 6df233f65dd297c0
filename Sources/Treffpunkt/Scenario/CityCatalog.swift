import Foundation

/// The German cities the tool ships in `seeds/cities.csv` (compiled into the program), so that
/// a scenario may name a city by its id alone.
public struct CityCatalog: Sendable {
    public var cities: [String: City]
    /// Whether this empty catalog stands in for a list `TREFFPUNKT_SEEDS` names but that could
    /// not be read, so that a city missing from it is blamed on that rather than on the scenario.
    public var isMissing: Bool

    public init(cities: [String: City], isMissing: Bool = false) {
        self.cities = cities
        self.isMissing = isMissing
    }

    /// Reads a catalog in the shipped format: a header `id,name,state,latitude,longitude,population`
    /// (columns found by name), then one city a line; `state` is the two-letter abbreviation.
    public init(csv: String) throws(CatalogError) {
        var lines = csv.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline).map(CityCatalog.fields)
        guard !lines.isEmpty else { throw CatalogError(line: 1, message: "no header") }
        let header = lines.removeFirst().map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        func column(_ name: String) throws(CatalogError) -> Int {
            guard let index = header.firstIndex(of: name) else { throw CatalogError(line: 1, message: "no column '\(name)'") }
            return index
        }
        let idColumn = try column("id"), nameColumn = try column("name"), stateColumn = try column("state")
        let latitudeColumn = try column("latitude"), longitudeColumn = try column("longitude")
        var cities: [String: City] = [:]
        for (offset, fields) in lines.enumerated() {
            let lineNumber = offset + 2
            func field(_ index: Int) -> String? {
                index < fields.count ? fields[index].trimmingCharacters(in: .whitespaces) : nil
            }
            guard let id = field(idColumn), !id.isEmpty, let name = field(nameColumn),
                  let state = field(stateColumn).flatMap(GermanState.init(rawValue:)),
                  let latitude = field(latitudeColumn).flatMap(Double.init), (-90...90).contains(latitude),
                  let longitude = field(longitudeColumn).flatMap(Double.init), (-180...180).contains(longitude) else {
                throw CatalogError(line: lineNumber, message: "expected id, name, state, latitude and longitude")
            }
            cities[id] = City(id: City.ID(id), name: name, state: state, location: Location(latitude: latitude, longitude: longitude))
        }
        self.cities = cities
        self.isMissing = false
    }

    /// Reads the catalog file at `path`.
    public init(contentsOf path: String) throws(CatalogError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CatalogError(line: 0, message: "cannot read \(path)")
        }
        try self.init(csv: String(decoding: data, as: UTF8.self))
    }

    /// The shipped catalog: `cities.csv` in the folder `TREFFPUNKT_SEEDS` names, if set; else
    /// the copy of `seeds/cities.csv` compiled into the program, so that a binary copied
    /// anywhere has it. Empty and `isMissing` if the named file cannot be read.
    public static var bundled: CityCatalog { shipped }

    private static let shipped = catalog(environment: ProcessInfo.processInfo.environment)

    /// The catalog `bundled` stands for under `environment`.
    static func catalog(environment: [String: String]) -> CityCatalog {
        guard let folder = environment["TREFFPUNKT_SEEDS"], !folder.isEmpty else { return embedded }
        let path = URL(fileURLWithPath: folder).appendingPathComponent("cities.csv").path
        return (try? CityCatalog(contentsOf: path)) ?? CityCatalog(cities: [:], isMissing: true)
    }

    /// `seeds/cities.csv` as compiled in (the target's `Resources/cities.csv` links to it).
    static let embedded: CityCatalog = (try? CityCatalog(csv: String(decoding: PackageResources.cities_csv, as: UTF8.self)))
        ?? CityCatalog(cities: [:], isMissing: true)

    /// The fields of one CSV line; a field may be quoted with `"` (and `""` inside for a quote).
    private static func fields(_ line: Substring) -> [String] {
        var fields: [String] = []
        var current = ""
        var quoted = false
        var iterator = line.makeIterator()
        while let character = iterator.next() {
            if quoted {
                if character == "\"" {
                    quoted = false
                } else {
                    current.append(character)
                }
            } else if character == "\"" {
                if !current.isEmpty { current.append(character) }
                quoted = true
            } else if character == "," {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        fields.append(current)
        return fields
    }
}
