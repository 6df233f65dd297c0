/// What changed from one plan to another, meeting by meeting: moved, added and dropped
/// meetings and how many stayed as they were.
///
/// The plans may come from different versions of a scenario, so the diff works on the plans
/// alone. Within each topic it pairs meetings in stages: unchanged ones (same venue and first
/// day) first, then the same venue at the nearest date, then the same city at the nearest
/// date, then the rest in date order; whatever is left over was dropped or added.
public struct PlanDiff: Sendable, Equatable {
    /// A meeting as the diff shows it.
    public struct Meeting: Sendable, Equatable {
        public var topic: Topic.ID
        /// The meeting's number in its own plan.
        public var number: Int
        public var firstDay: Day
        public var city: City.ID
        public var venue: Venue.ID

        public init(topic: Topic.ID, number: Int, firstDay: Day, city: City.ID, venue: Venue.ID) {
            self.topic = topic
            self.number = number
            self.firstDay = firstDay
            self.city = city
            self.venue = venue
        }
    }

    /// A meeting of the earlier plan that the later plan holds on another day or elsewhere.
    public struct Move: Sendable, Equatable {
        public var before: Meeting
        public var after: Meeting

        public init(before: Meeting, after: Meeting) {
            self.before = before
            self.after = after
        }

        /// Days the first day moved; positive when later.
        public var days: Int { before.firstDay.distance(to: after.firstDay) }
        public var venueChanged: Bool { before.venue != after.venue }
        public var cityChanged: Bool { before.city != after.city }
    }

    /// By the earlier plan's first day.
    public var moved: [Move]
    /// Meetings only the later plan has, by first day.
    public var added: [Meeting]
    /// Meetings only the earlier plan has, by first day.
    public var dropped: [Meeting]
    /// Meetings with the same topic, venue and first day in both plans.
    public var unchanged: Int

    public var isEmpty: Bool { moved.isEmpty && added.isEmpty && dropped.isEmpty }

    /// Compares `before` with `after`. A meeting without a readable first day (in `dates` or
    /// `start`) cannot be placed in time and is left out.
    public init(before: Plan, after: Plan) {
        let earlier = PlanDiff.meetings(of: before)
        let later = PlanDiff.meetings(of: after)
        moved = []
        added = []
        dropped = []
        unchanged = 0
        for topic in Set(earlier.map(\.topic) + later.map(\.topic)).sorted() {
            var old = earlier.filter { $0.topic == topic }
            var new = later.filter { $0.topic == topic }
            unchanged += PlanDiff.pairNearest(&old, &new) { $0.venue == $1.venue && $0.firstDay == $1.firstDay }.count
            moved += PlanDiff.pairNearest(&old, &new) { $0.venue == $1.venue }
            moved += PlanDiff.pairNearest(&old, &new) { $0.city == $1.city }
            let byDate = { (lhs: Meeting, rhs: Meeting) in (lhs.firstDay, lhs.number) < (rhs.firstDay, rhs.number) }
            old.sort(by: byDate)
            new.sort(by: byDate)
            moved += zip(old, new).map { Move(before: $0, after: $1) }
            dropped += old.dropFirst(new.count)
            added += new.dropFirst(old.count)
        }
        let order = { (lhs: Meeting, rhs: Meeting) in (lhs.firstDay, lhs.topic, lhs.number) < (rhs.firstDay, rhs.topic, rhs.number) }
        moved.sort { order($0.before, $1.before) }
        added.sort(by: order)
        dropped.sort(by: order)
    }

    private static func meetings(of plan: Plan) -> [Meeting] {
        plan.meetings.compactMap { meeting in
            guard let firstDay = meeting.dates.first else { return nil }
            return Meeting(topic: meeting.topic, number: meeting.number, firstDay: firstDay, city: meeting.city,
                           venue: meeting.venue)
        }
    }

    /// Pairs meetings that satisfy `fits`, nearest first days first (ties by date), and removes
    /// the paired ones from both lists.
    private static func pairNearest(_ old: inout [Meeting], _ new: inout [Meeting],
                                    fits: (Meeting, Meeting) -> Bool) -> [Move] {
        var pairs: [(distance: Int, old: Int, new: Int)] = []
        for (i, before) in old.enumerated() {
            for (j, after) in new.enumerated() where fits(before, after) {
                pairs.append((abs(before.firstDay.distance(to: after.firstDay)), i, j))
            }
        }
        pairs.sort {
            ($0.distance, old[$0.old].firstDay, new[$0.new].firstDay, old[$0.old].number, new[$0.new].number)
                < ($1.distance, old[$1.old].firstDay, new[$1.new].firstDay, old[$1.old].number, new[$1.new].number)
        }
        var usedOld = Set<Int>()
        var usedNew = Set<Int>()
        var moves: [Move] = []
        for pair in pairs where !usedOld.contains(pair.old) && !usedNew.contains(pair.new) {
            usedOld.insert(pair.old)
            usedNew.insert(pair.new)
            moves.append(Move(before: old[pair.old], after: new[pair.new]))
        }
        old = old.enumerated().filter { !usedOld.contains($0.offset) }.map(\.element)
        new = new.enumerated().filter { !usedNew.contains($0.offset) }.map(\.element)
        return moves
    }
}
