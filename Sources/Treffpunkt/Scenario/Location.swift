import Foundation

/// A point on the earth, WGS84 degrees.
public struct Location: Hashable, Sendable {
    public var latitude: Double
    public var longitude: Double

    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }

    /// Mean earth radius (IUGG), the radius the scenario format prescribes for distances.
    public static let earthRadiusKilometres = 6371.0088

    /// Great-circle distance in kilometres (haversine formula).
    public func distance(to other: Location) -> Double {
        let toRadians = Double.pi / 180
        let deltaLatitude = (other.latitude - latitude) * toRadians
        let deltaLongitude = (other.longitude - longitude) * toRadians
        let haversine = pow(sin(deltaLatitude / 2), 2)
            + cos(latitude * toRadians) * cos(other.latitude * toRadians) * pow(sin(deltaLongitude / 2), 2)
        return 2 * Location.earthRadiusKilometres * asin(min(1, sqrt(haversine)))
    }
}
