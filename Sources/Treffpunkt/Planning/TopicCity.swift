/// A topic and a city together, by id or by index: the key of hosting rules (who hosted what,
/// which meeting carries a reference meeting on).
struct TopicCity<Key: Hashable & Comparable>: Hashable, Comparable {
    var topic: Key
    var city: Key

    static func < (lhs: TopicCity, rhs: TopicCity) -> Bool {
        (lhs.topic, lhs.city) < (rhs.topic, rhs.city)
    }
}
