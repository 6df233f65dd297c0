/// "Did you mean …?" for a misspelt key or id: the closest known word, if close enough.
enum Suggestion {
    /// The candidate nearest to `word` by edit distance, if at most a third of its length (and 1) away.
    static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
        let limit = max(1, min(3, word.count / 3))
        var best: (word: String, distance: Int)?
        for candidate in candidates where candidate != word && !areOpposites(word, candidate) {
            let distance = editDistance(word, candidate, limit: limit)
            if distance <= limit, distance < (best?.distance ?? Int.max) {
                best = (candidate, distance)
            }
        }
        return best?.word
    }

    /// Prefixes that turn a word into its opposite (`available` – `unavailable`).
    private static let negations = ["un", "in", "non", "non_", "not_", "no_"]

    /// Whether one word is the other with a negating prefix, so suggesting it would invert the meaning.
    static func areOpposites(_ first: String, _ second: String) -> Bool {
        negations.contains { first == $0 + second || second == $0 + first }
    }

    /// The candidate that means the opposite of `word`, if any.
    static func opposite(of word: String, among candidates: some Sequence<String>) -> String? {
        candidates.first { areOpposites(word, $0) }
    }

    /// ` (did you mean 'x'?)` or nothing.
    static func hint(for word: String, among candidates: some Sequence<String>) -> String {
        closest(to: word, among: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }

    /// Optimal string alignment distance (insertions, deletions, substitutions, adjacent swaps);
    /// anything above `limit` is reported as `limit + 1`.
    static func editDistance(_ first: String, _ second: String, limit: Int) -> Int {
        let a = Array(first.unicodeScalars), b = Array(second.unicodeScalars)
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            if current.min() ?? 0 > limit { return limit + 1 }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return min(previous[b.count], limit + 1)
    }
}
