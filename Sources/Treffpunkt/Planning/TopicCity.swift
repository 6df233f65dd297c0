/// A topic and a city together, by id or by index: the key of hosting rules (who hosted what,
/// which meeting carries a reference meeting on).
struct TopicCity<TopicKey: Hashable & Comparable, CityKey: Hashable & Comparable>: Hashable, Comparable {
    var topic: TopicKey
    var city: CityKey

    static func < (lhs: TopicCity, rhs: TopicCity) -> Bool {
        (lhs.topic, lhs.city) < (rhs.topic, rhs.city)
    }
}
