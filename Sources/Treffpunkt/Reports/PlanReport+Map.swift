import Foundation

/// The map of Germany: the states' outlines, the network's cities, and a line from every member
/// city to the host of each meeting of its topic. Inline SVG, no script: a row of radio buttons
/// shows one topic's trips (CSS `:has`), a line's or a city's tooltip says who and where.
extension PlanReport {
    /// Width of the drawing in SVG units; the height follows from the projection.
    private static let mapWidth = 520.0

    /// Equirectangular with longitudes shrunk by cos(51°), the middle of Germany: fine at this scale.
    private struct Projection {
        var west: Double, north: Double, scale: Double
        static let squeeze = cos(51.0 * Double.pi / 180)

        func point(_ location: Location) -> (x: Double, y: Double) {
            ((location.longitude - west) * Self.squeeze * scale, (north - location.latitude) * scale)
        }
    }

    var mapSection: String {
        let outlines = StateOutlines.embedded.rings
        let locations = outlines.flatMap(\.points) + scenario.cities.map(\.location)
        guard let west = locations.map(\.longitude).min(), let east = locations.map(\.longitude).max(),
              let south = locations.map(\.latitude).min(), let north = locations.map(\.latitude).max() else { return "" }
        let margin = 0.15
        let scale = Self.mapWidth / ((east - west + 2 * margin) * Projection.squeeze)
        let projection = Projection(west: west - margin, north: north + margin, scale: scale)
        let height = ((north - south + 2 * margin) * scale).rounded(.up)

        let networkStates = Set(scenario.cities.map(\.state))
        let states = GermanState.allCases.compactMap { state -> String? in
            let rings = outlines.filter { $0.state == state }.map(\.points)
            guard !rings.isEmpty else { return nil }
            let path = rings.map { ring in
                "M" + ring.map { coordinates(projection.point($0)) }.joined(separator: "L") + "Z"
            }.joined()
            let kind = networkStates.contains(state) ? "state in-network" : "state"
            return "<path class=\"\(kind)\" d=\"\(path)\"><title>\(e(state.name))</title></path>"
        }.joined(separator: "\n")

        var trips: [String] = []
        var hosted: [City.ID: [String]] = [:]
        for meeting in Self.chronological(plan.meetings) {
            guard let host = scenario.city(meeting.city) else { continue }
            let topic = scenario.topic(meeting.topic)
            let meetingName = "\(topic?.name ?? meeting.topic.rawValue) \(meeting.number)"
            hosted[host.id, default: []].append("\(meetingName), \(labels.numericDate(meeting.firstDay))")
            let to = projection.point(host.location)
            let lines = (topic?.members ?? []).compactMap { scenario.city($0) }.filter { $0.id != host.id }.map { member in
                let from = projection.point(member.location)
                let title = labels(.mapTravelsTo, member.name, host.name) + " (\(meetingName))"
                return "<line x1=\"\(number(from.x))\" y1=\"\(number(from.y))\" x2=\"\(number(to.x))\" y2=\"\(number(to.y))\">"
                    + "<title>\(e(title))</title></line>"
            }
            trips.append("<g class=\"trips \(topicClass(meeting.topic))\">\(lines.joined())</g>")
        }

        let hostPoints = scenario.cities.filter { hosted[$0.id] != nil }.map { projection.point($0.location) }
        let cities = scenario.cities.sorted { hosted[$0.id] == nil && hosted[$1.id] != nil }.map { city -> String in
            let (x, y) = projection.point(city.location)
            let meetings = hosted[city.id] ?? []
            let title = ([city.name] + meetings).joined(separator: "\n")
            // A name goes left of its dot when another host sits just to the right of it.
            let crowded = hostPoints.contains { $0.x > x && $0.x - x < 75 && abs($0.y - y) < 12 }
            let label = meetings.isEmpty ? ""
                : "<text x=\"\(number(crowded ? x - 7 : x + 7))\" y=\"\(number(y + 3.5))\""
                    + "\(crowded ? " text-anchor=\"end\"" : "")>\(e(city.name))</text>"
            let kind = meetings.isEmpty ? "member" : "host"
            return "<g class=\"city \(kind)\"><circle cx=\"\(number(x))\" cy=\"\(number(y))\" r=\"\(meetings.isEmpty ? 3 : 5.5)\"/>"
                + "\(label)<title>\(e(title))</title></g>"
        }.joined(separator: "\n")

        let choices = [("map-all", labels[.mapAllTopics], "")] + topicIDs.enumerated().map { index, id in
            ("map-t\(index)", scenario.topic(id)?.name ?? id.rawValue, "t\(index)")
        }
        let buttons = choices.enumerated().map { index, choice in
            "<input type=\"radio\" name=\"map-topic\" id=\"\(choice.0)\"\(index == 0 ? " checked" : "")>"
                + "<label for=\"\(choice.0)\">\(choice.2.isEmpty ? "" : "<span class=\"swatch \(choice.2)\"></span>")\(e(choice.1))</label>"
        }.joined()
        let legend = "<ul class=\"legend\"><li><svg width=\"14\" height=\"14\"><circle class=\"host-mark\" cx=\"7\" cy=\"7\" r=\"5.5\"/></svg>"
            + "\(e(labels[.mapHost]))</li><li><svg width=\"14\" height=\"14\"><circle class=\"member-mark\" cx=\"7\" cy=\"7\" r=\"3\"/></svg>"
            + "\(e(labels[.mapMember]))</li></ul>"
        return """
            <section class="map">
            <h2>\(e(labels[.map]))</h2>
            <p class="note">\(e(labels[.mapNote]))</p>
            <div class="map-topics">\(buttons)</div>
            \(legend)
            <svg class="germany" viewBox="0 0 \(number(Self.mapWidth)) \(number(height))" role="img" aria-label="\(e(labels[.map]))">
            <g class="states">
            \(states)
            </g>
            <g class="all-trips">
            \(trips.joined(separator: "\n"))
            </g>
            <g class="cities">
            \(cities)
            </g>
            </svg>
            </section>
            """
    }

    private func coordinates(_ point: (x: Double, y: Double)) -> String {
        "\(number(point.x)) \(number(point.y))"
    }

    /// One decimal, no trailing zero: enough for a drawing 520 units wide.
    private func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
