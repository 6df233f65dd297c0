import Yams

/// One walk over a composed document that measures its nesting and bounds alias expansion.
///
/// Yams expands an alias to the anchored node itself, so the tree shares storage and costs
/// little memory, but a walk over nine aliases of nine aliases of … visits exponentially many
/// nodes. Every later reader walks the same tree, so this walk stops at a node budget
/// and everything after it may walk freely.
struct NodeBudgetWalk {
    let budget: Int
    private(set) var visited = 0

    init(budget: Int) {
        self.budget = budget
    }

    /// The first problem in document order: a node past the budget or nested too deep.
    mutating func check(_ root: Node) -> YAMLProblem? {
        var pending: [(node: Node, depth: Int)] = [(root, 0)]
        while let (node, depth) = pending.popLast() {
            visited += 1
            if visited > budget {
                return YAMLProblem(node.sourceLocation, "alias expansion exceeds \(budget) nodes")
            }
            let children: [Node]
            switch node {
            case .scalar, .alias:
                continue
            case let .sequence(sequence):
                children = Array(sequence)
            case let .mapping(mapping):
                children = mapping.flatMap { [$0.key, $0.value] }
            }
            let nesting = depth + 1
            if nesting > YAMLPreScan.nestingLimit {
                return YAMLProblem(node.sourceLocation, "nesting is deeper than \(YAMLPreScan.nestingLimit) levels")
            }
            pending.append(contentsOf: children.reversed().map { ($0, nesting) })
        }
        return nil
    }
}
