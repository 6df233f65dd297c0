import Foundation

/// The outlines of the 16 German states for the report's map: Natural Earth's 1:10m admin-1
/// boundaries, simplified (`seeds/germany-states.csv`, compiled in; see `seeds/README.md`).
public struct StateOutlines: Sendable {
    /// Each ring of a state: a closed polygon, its last point joined to its first. A state with
    /// islands or exclaves has several.
    public var rings: [(state: GermanState, points: [Location])]

    /// A line of the outlines file that cannot be read.
    public struct DamagedLine: Error, Sendable {
        public var line: Int
        public var message: String
    }

    /// Reads `state,ring` rows, a ring being `LONGITUDE LATITUDE` pairs joined by `;`.
    public init(csv: String) throws {
        var rings: [(GermanState, [Location])] = []
        for (index, line) in csv.split(whereSeparator: \.isNewline).enumerated().dropFirst() {
            let fields = line.split(separator: ",", maxSplits: 1)
            guard fields.count == 2, let state = GermanState(rawValue: String(fields[0])) else {
                throw DamagedLine(line: index + 1, message: "expected STATE,RING")
            }
            let points = try fields[1].split(separator: ";").map { pair -> Location in
                let numbers = pair.split(separator: " ").compactMap { Double($0) }
                guard numbers.count == 2 else { throw DamagedLine(line: index + 1, message: "bad point '\(pair)'") }
                return Location(latitude: numbers[1], longitude: numbers[0])
            }
            rings.append((state, points))
        }
        self.rings = rings
    }

    /// The compiled-in outlines; empty (and the map without a background) should the file be damaged.
    public static let embedded: StateOutlines = (try? StateOutlines(csv: String(decoding: PackageResources.germany_states_csv,
                                                                                 as: UTF8.self)))
        ?? StateOutlines(rings: [])

    init(rings: [(state: GermanState, points: [Location])]) {
        self.rings = rings
    }
}
