import SafeYAML
import Yams

/// The known keys of one mapping in a scenario and their value nodes.
struct Fields {
    /// The mapping itself, where a missing key is reported.
    let node: Node
    let values: [String: Node]

    subscript(key: String) -> Node? {
        values[key]
    }
}
