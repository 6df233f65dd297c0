import Yams

/// Reading what meets and how: `formats` and `topics`.
extension ScenarioReader {
    mutating func readFormats(_ node: Node) -> [MeetingFormat] {
        var formats: [MeetingFormat] = []
        var ids: [(id: String, node: Node)] = []
        for item in items(node, "formats") {
            guard let fields = reader.fields(item, in: "a format", allowed: [
                "id", "name", "days", "start_time", "end_time", "start_weekdays", "weekdays", "registration_days",
            ], required: ["id", "name", "days", "start_time", "end_time"]) else { continue }
            let id = fields["id"].flatMap { reader.id($0, "id") }
            if let id, let node = fields["id"] {
                ids.append((id, node))
            }
            let name = fields["name"].flatMap { reader.text($0, "name") }
            let days = fields["days"].flatMap { reader.integer($0, "days", minimum: 1, maximum: ScenarioReader.maximumDays) }
            let startTime = fields["start_time"].flatMap { reader.time($0, "start_time") }
            let endTime = fields["end_time"].flatMap { reader.time($0, "end_time") }
            let startWeekdays = fields["start_weekdays"].map { reader.weekdays($0, "start_weekdays") } ?? MeetingFormat.workingDays
            let weekdays = fields["weekdays"].map { reader.weekdays($0, "weekdays") } ?? MeetingFormat.workingDays
            let registrationDays = fields["registration_days"].flatMap { reader.integer($0, "registration_days", minimum: 0, maximum: ScenarioReader.maximumDays) } ?? 14

            if let startWeekdays, let weekdays, let node = fields["start_weekdays"] ?? fields["weekdays"] {
                let outside = startWeekdays.subtracting(weekdays).sorted()
                if !outside.isEmpty {
                    let names = outside.map(\.abbreviation).joined(separator: ", ")
                    reader.report("start weekdays \(names) are not among the format's 'weekdays'", at: node)
                }
            }
            if days == 1, let startTime, let endTime, endTime <= startTime, let node = fields["end_time"] {
                reader.report("'end_time' \(endTime) must be after 'start_time' \(startTime) when a meeting lasts one day", at: node)
            }
            guard let id, let name, let days, let startTime, let endTime, let startWeekdays, let weekdays else { continue }
            formats.append(MeetingFormat(id: MeetingFormat.ID(id), name: name, days: days, startTime: startTime, endTime: endTime,
                                         startWeekdays: startWeekdays, weekdays: weekdays, registrationDays: registrationDays))
        }
        checkUnique(ids, kind: "format")
        return formats
    }

    mutating func readTopics(_ node: Node, cities: [City]) -> [Topic] {
        var topics: [Topic] = []
        var ids: [(id: String, node: Node)] = []
        for item in items(node, "topics") {
            guard let fields = reader.fields(item, in: "a topic", allowed: [
                "id", "name", "format", "meetings", "members", "hosts", "staff", "attendees", "min_gap_days", "max_gap_days",
            ], required: ["id", "name", "format", "meetings", "members"]) else { continue }
            let id = fields["id"].flatMap { reader.id($0, "id") }
            if let id, let node = fields["id"] {
                ids.append((id, node))
            }
            let name = fields["name"].flatMap { reader.text($0, "name") }
            let format = fields["format"].flatMap { reader.id($0, "format") }
            if let format, let node = fields["format"] {
                checkReference(format, at: node, kind: "format")
            }
            let meetings = fields["meetings"].flatMap { reader.integer($0, "meetings", minimum: 1, maximum: ScenarioReader.maximumCount) }
            let members = fields["members"].flatMap { reader.idList($0, "members", nonEmpty: true) }
            let hosts = fields["hosts"].map { reader.idList($0, "hosts", nonEmpty: true) }
            let topicStaff = fields["staff"].flatMap { reader.idList($0, "staff", nonEmpty: false) } ?? []
            for city in (members ?? []) + ((hosts ?? []) ?? []) {
                checkReference(city.id, at: city.node, kind: "city")
            }
            for person in topicStaff {
                checkReference(person.id, at: person.node, kind: "staff")
            }
            let minGap = fields["min_gap_days"].flatMap { reader.integer($0, "min_gap_days", minimum: 0, maximum: ScenarioReader.maximumDays) } ?? 0
            let maxGap = fields["max_gap_days"].flatMap { reader.integer($0, "max_gap_days", minimum: 1, maximum: ScenarioReader.maximumDays) }
            if let maxGap, maxGap < minGap, let node = fields["max_gap_days"] {
                reader.report("'max_gap_days' \(maxGap) is below 'min_gap_days' \(minGap)", at: node)
            }
            var attendees: Int?
            if let node = fields["attendees"] {
                attendees = reader.integer(node, "attendees", minimum: 1, maximum: ScenarioReader.maximumCount)
            } else if let members {
                let delegates = members.compactMap { member in cities.first { $0.id.rawValue == member.id }?.delegates }
                attendees = delegates.reduce(0, +) + topicStaff.count
            }
            guard let id, let name, let format, let meetings, let members, let attendees else { continue }
            let hostIDs = ((hosts ?? nil) ?? members).map { City.ID($0.id) }
            topics.append(Topic(id: Topic.ID(id), name: name, format: MeetingFormat.ID(format), meetings: meetings,
                                members: members.map { City.ID($0.id) }, hosts: hostIDs,
                                staff: topicStaff.map { StaffMember.ID($0.id) }, attendees: attendees,
                                minGapDays: minGap, maxGapDays: maxGap))
        }
        checkUnique(ids, kind: "topic")
        return topics
    }
}
