import Yams

/// Reading the network's places and people: `cities`, `venues`, `staff`.
extension ScenarioReader {
    /// A city with the topic ids it offers, kept with their nodes until the topics are known.
    struct CityEntry {
        var city: City
        var offers: [(id: String, node: Node)]
    }

    mutating func readCities(_ node: Node) -> [CityEntry] {
        var entries: [CityEntry] = []
        var ids: [(id: String, node: Node)] = []
        for item in items(node, "cities") {
            guard let fields = reader.fields(item, in: "a city", allowed: [
                "id", "name", "state", "location", "delegates", "offers", "extra_holidays", "contact",
            ], required: ["id"]) else { continue }
            let idNode = fields["id"]
            let id = idNode.flatMap { reader.id($0, "id") }
            if let id, let idNode {
                ids.append((id, idNode))
            }
            let shipped = id.flatMap { catalog.cities[$0] }
            // A city named by id alone that the list does not know: one error, with the nearest id.
            if let id, let idNode, shipped == nil, fields["name"] == nil, fields["state"] == nil, fields["location"] == nil {
                reader.report(catalog.isMissing
                    ? "city '\(id)' has only an id, and the city list cannot be read (TREFFPUNKT_SEEDS names a folder "
                        + "without a readable cities.csv); give its name, state and location"
                    : "city '\(id)' is not in the shipped city list" + Suggestion.hint(for: id, among: catalog.cities.keys)
                        + "; give its name, state and location, or use its id from the list", at: idNode)
                continue
            }
            func missing(_ key: String) {
                let city = id.map { "city '\($0)'" } ?? "a city"
                let reason = id == nil ? ""
                    : catalog.isMissing ? " (TREFFPUNKT_SEEDS names a folder without a readable cities.csv)"
                    : " (it is not in the shipped city list)"
                reader.report("missing key '\(key)' in \(city)\(reason)", at: item)
            }

            var name = shipped?.name
            if let node = fields["name"] {
                name = reader.text(node, "name")
            } else if shipped == nil {
                missing("name")
            }
            var state = shipped?.state
            if let node = fields["state"] {
                state = nil
                if let text = reader.text(node, "state") {
                    state = GermanState(rawValue: text)
                    if state == nil {
                        reportUnknownState(text, at: node)
                    }
                }
            } else if shipped == nil {
                missing("state")
            }
            var location = shipped?.location
            if let node = fields["location"] {
                location = readLocation(node)
            } else if shipped == nil {
                missing("location")
            }
            let delegates = fields["delegates"].flatMap { reader.integer($0, "delegates", minimum: 0, maximum: ScenarioReader.maximumCount) } ?? 2
            let offers = fields["offers"].flatMap { reader.idList($0, "offers", nonEmpty: false) } ?? []
            let extraHolidays = fields["extra_holidays"].flatMap { reader.dateSet($0, "extra_holidays") } ?? .empty
            let contacts = fields["contact"].flatMap { readContacts($0) } ?? []
            guard let id, let name, let state, let location else { continue }
            let city = City(id: City.ID(id), name: name, state: state, location: location, delegates: delegates,
                            offers: offers.map { Topic.ID($0.id) }, extraHolidays: extraHolidays, contacts: contacts)
            entries.append(CityEntry(city: city, offers: offers))
        }
        checkUnique(ids, kind: "city")
        return entries
    }

    /// A city's `contact`: one `{name, email}` or a list of them.
    private mutating func readContacts(_ node: Node) -> [Contact]? {
        let items: [Node]
        if case .sequence = node {
            guard let list = reader.list(node, "contact") else { return nil }
            items = list
        } else {
            items = [node]
        }
        var contacts: [Contact] = []
        for item in items {
            guard let fields = reader.fields(item, in: "a contact", allowed: ["name", "email"], required: ["name", "email"])
            else { continue }
            let name = fields["name"].flatMap { reader.text($0, "name") }
            let email = fields["email"].flatMap { reader.emailAddress($0, "email") }
            if let name, let email {
                contacts.append(Contact(name: name, email: email))
            }
        }
        return contacts
    }

    /// `[lat, lon]` in WGS84 degrees.
    private mutating func readLocation(_ node: Node) -> Location? {
        guard let items = reader.list(node, "location") else { return nil }
        guard items.count == 2 else {
            reader.report("'location' must be [latitude, longitude], found \(items.count) numbers", at: node)
            return nil
        }
        let latitude = reader.number(items[0], "latitude")
        let longitude = reader.number(items[1], "longitude")
        if let latitude, !(-90...90).contains(latitude) {
            reader.report("latitude \(latitude) is outside -90 to 90", at: items[0])
            return nil
        }
        if let longitude, !(-180...180).contains(longitude) {
            reader.report("longitude \(longitude) is outside -180 to 180", at: items[1])
            return nil
        }
        guard let latitude, let longitude else { return nil }
        return Location(latitude: latitude, longitude: longitude)
    }

    mutating func readVenues(_ node: Node) -> [Venue] {
        var venues: [Venue] = []
        var ids: [(id: String, node: Node)] = []
        for item in items(node, "venues") {
            guard let fields = reader.fields(item, in: "a venue", allowed: [
                "id", "name", "city", "address", "capacity", "cost_per_day", "available", "unavailable",
            ], required: ["id", "name", "city", "capacity"]) else { continue }
            let id = fields["id"].flatMap { reader.id($0, "id") }
            if let id, let node = fields["id"] {
                ids.append((id, node))
            }
            let name = fields["name"].flatMap { reader.text($0, "name") }
            let city = fields["city"].flatMap { reader.id($0, "city") }
            if let city, let node = fields["city"] {
                checkReference(city, at: node, kind: "city")
            }
            let address = fields["address"].flatMap { reader.text($0, "address") }
            let capacity = fields["capacity"].flatMap { reader.integer($0, "capacity", minimum: 1, maximum: ScenarioReader.maximumCount) }
            let cost = fields["cost_per_day"].flatMap { reader.number($0, "cost_per_day", minimum: 0, maximum: ScenarioReader.maximumMagnitude) } ?? 0
            let available = fields["available"].flatMap { reader.dateSet($0, "available") }
            let unavailable = fields["unavailable"].flatMap { reader.dateSet($0, "unavailable") } ?? .empty
            guard let id, let name, let city, let capacity else { continue }
            venues.append(Venue(id: Venue.ID(id), name: name, city: City.ID(city), address: address, capacity: capacity,
                                costPerDay: cost, available: available, unavailable: unavailable))
        }
        checkUnique(ids, kind: "venue")
        return venues
    }

    mutating func readStaff(_ node: Node) -> [StaffMember] {
        var staff: [StaffMember] = []
        var ids: [(id: String, node: Node)] = []
        for item in items(node, "staff") {
            guard let fields = reader.fields(item, in: "a staff member", allowed: [
                "id", "name", "email", "office", "weekdays", "unavailable", "max_meetings_per_month",
            ], required: ["id", "name", "office"]) else { continue }
            let id = fields["id"].flatMap { reader.id($0, "id") }
            if let id, let node = fields["id"] {
                ids.append((id, node))
            }
            let name = fields["name"].flatMap { reader.text($0, "name") }
            let email = fields["email"].flatMap { reader.text($0, "email") }
            let office = fields["office"].flatMap { reader.id($0, "office") }
            if let office, let node = fields["office"] {
                checkReference(office, at: node, kind: "city")
            }
            let weekdays = fields["weekdays"].flatMap { reader.weekdays($0, "weekdays") }
            let unavailable = fields["unavailable"].flatMap { reader.dateSet($0, "unavailable") } ?? .empty
            let perMonth = fields["max_meetings_per_month"].flatMap { reader.integer($0, "max_meetings_per_month", minimum: 1, maximum: ScenarioReader.maximumCount) }
            guard let id, let name, let office else { continue }
            staff.append(StaffMember(id: StaffMember.ID(id), name: name, email: email, office: City.ID(office), weekdays: weekdays,
                                     unavailable: unavailable, maxMeetingsPerMonth: perMonth))
        }
        checkUnique(ids, kind: "staff")
        return staff
    }
}
