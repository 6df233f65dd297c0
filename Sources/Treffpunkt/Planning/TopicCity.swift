/// A topic and a city together, by id or by index: the key of hosting rules (who hosted what,
/// which meeting carries a reference meeting on).
struct TopicCity<TopicKey: Hashable & Comparable, CityKey: Hashable & Comparable>: Hashable, Comparable {
    var topic: TopicKey
    var city: CityKey

    static func < (lhs: TopicCity, rhs: TopicCity) -> Bool {
        (lhs.topic, lhs.city) < (rhs.topic, rhs.city)
    }
}

/// A topic in one planned year (0 for a single period): the unit whose meeting count rule H1
/// requires.
struct TopicYear: Hashable, Comparable {
    var topic: Int
    var year: Int

    static func < (lhs: TopicYear, rhs: TopicYear) -> Bool {
        (lhs.topic, lhs.year) < (rhs.topic, rhs.year)
    }

    /// Every year of each of `topics`.
    static func all(_ topics: some Sequence<Int>, years: Int) -> Set<TopicYear> {
        Set(topics.flatMap { topic in (0..<years).map { TopicYear(topic: topic, year: $0) } })
    }
}
