import Foundation
import Testing
@testable import Treffpunkt

/// The report's map: the states' outlines, every city, and a line per member city and meeting.
@Suite struct PlanReportMapTests {
    @Test func theOutlinesCoverEveryStateWithinGermany() {
        let rings = StateOutlines.embedded.rings
        #expect(Set(rings.map(\.state)) == Set(GermanState.allCases))
        let points = rings.flatMap(\.points)
        #expect(points.count > 1000 && points.count < 5000, "\(points.count) points")
        #expect(points.allSatisfy { (47.2...55.1).contains($0.latitude) && (5.8...15.1).contains($0.longitude) })
    }

    @Test func everyCityHasItsStateAroundIt() throws {
        // Each catalogue city lies inside a ring of its own state (ray casting), which checks the
        // outlines and the projection's orientation against data from another source.
        let rings = StateOutlines.embedded.rings
        var outside: [String] = []
        for city in CityCatalog.embedded.cities.values {
            let own = rings.filter { $0.state == city.state }.map(\.points)
            let inside = own.filter { Self.contains($0, city.location) }.count % 2 == 1
            let nearEdge = own.contains { ring in ring.contains { abs($0.latitude - city.location.latitude) < 0.05 && abs($0.longitude - city.location.longitude) < 0.08 } }
            if !inside && !nearEdge { outside.append(city.id.rawValue) }
        }
        #expect(outside.isEmpty, "cities outside their state: \(outside)")
    }

    @Test func theMapShowsHostsMembersAndTheirTrips() throws {
        var network = TinyNetwork()
        network.addTopic("kooperation", meetings: 2)
        let plan = try #require(network.plan())
        let html = PlanReport(plan: plan, scenario: network.scenario).html
        let map = try #require(html.components(separatedBy: "<section class=\"map\">").dropFirst().first?
            .components(separatedBy: "</section>").first)
        #expect(map.components(separatedBy: "<path class=\"state").count - 1 == 16)
        let hosts = Set(plan.meetings.map(\.city))
        #expect(map.components(separatedBy: "<g class=\"city host\">").count - 1 == hosts.count)
        #expect(map.components(separatedBy: "<g class=\"city member\">").count - 1 == network.scenario.cities.count - hosts.count)
        let trips = plan.meetings.reduce(0) { count, meeting in
            count + (network.scenario.topic(meeting.topic)?.members.filter { $0 != meeting.city }.count ?? 0)
        }
        #expect(map.components(separatedBy: "<line ").count - 1 == trips)
        for meeting in plan.meetings {
            let host = try #require(network.scenario.city(meeting.city))
            #expect(map.contains("<text") && map.contains(">\(host.name)</text>"))
        }
        // One radio button per topic and one for all; CSS hides the other topics' trips.
        #expect(map.components(separatedBy: "type=\"radio\"").count - 1 == network.scenario.topics.count + 1)
        #expect(html.contains(".map:has(#map-t1:checked) .trips:not(.t1) { display: none; }"))
    }

    private static func contains(_ ring: [Location], _ point: Location) -> Bool {
        var inside = false
        var previous = ring[ring.count - 1]
        for current in ring {
            if (current.latitude > point.latitude) != (previous.latitude > point.latitude),
               point.longitude < (previous.longitude - current.longitude) * (point.latitude - current.latitude)
                   / (previous.latitude - current.latitude) + current.longitude {
                inside.toggle()
            }
            previous = current
        }
        return inside
    }
}

/// The year view shades the closed days of some states and some cities, not only public holidays.
@Suite struct YearViewClosedDaysTests {
    @Test func schoolHolidaysAndLocalHolidaysAreShadedWithTheirReasons() throws {
        var network = TinyNetwork()
        network.scenario.calendar.stateBlackouts[.NI] = DateSet([.init(days: TinyNetwork.day("2027-02-01")...TinyNetwork.day("2027-02-05"),
                                                                      reason: "Winterferien")])
        let bremen = try #require(network.scenario.cities.firstIndex { $0.id == "bremen" })
        network.scenario.cities[bremen].extraHolidays = DateSet([.init(days: TinyNetwork.day("2027-03-09")...TinyNetwork.day("2027-03-09"),
                                                                       reason: "Stadtfest")])
        let plan = try #require(network.plan())
        let html = PlanReport(plan: plan, scenario: network.scenario).html
        let allCells = html.components(separatedBy: "<td").dropFirst()
        func cells(of day: String) -> [Substring] {
            let german = Messages.german.date(TinyNetwork.day(day))
            return allCells.filter { $0.contains("title=\"\(german)") }.map { $0.prefix { $0 != ">" } }
        }
        // Every lane of a closed day without a meeting names the reason; the first lane (state)
        // or the last (city) carries the bar.
        let winter = cells(of: "2027-02-03")
        #expect(!winter.isEmpty && winter.allSatisfy { $0.contains("Winterferien (NI)") })
        #expect(winter.filter { $0.contains("state-closed") }.count == 1)
        let feast = cells(of: "2027-03-09")
        #expect(!feast.isEmpty && feast.allSatisfy { $0.contains("Stadtfest (Bremen)") })
        #expect(feast.filter { $0.contains("city-closed") }.count == 1)
        let open = cells(of: "2027-02-10")
        #expect(!open.isEmpty && open.allSatisfy { !$0.contains("state-closed") && !$0.contains("city-closed") })
        #expect(html.contains("<span class=\"swatch state-closed\"></span>"))
    }
}
