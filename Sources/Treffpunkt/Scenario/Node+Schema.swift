import Yams

/// How the scenario schema sees a composed YAML node: its raw text, its shape (its position
/// is SafeYAML's `sourceLocation`).
extension Node {
    /// The scalar's text as written, or nil for a list or mapping.
    var rawText: String? {
        scalar?.string
    }

    /// Whether the scalar was quoted, which makes it text whatever it looks like.
    var isQuoted: Bool {
        guard let style = scalar?.style else { return false }
        return style == .singleQuoted || style == .doubleQuoted
    }

    /// Whether the node is a plain scalar with no text (`key:` or `key: ~` or `null`), a value left out.
    var isEmptyValue: Bool {
        guard let scalar, scalar.style == .plain || scalar.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// "nothing", the scalar's text in quotes, "a list", "a mapping" or "an alias", for messages
    /// that say what was found.
    var shapeDescription: String {
        switch self {
        case .scalar: isEmptyValue ? "nothing" : "'\(rawText ?? "")'"
        case .sequence: "a list"
        case .mapping: "a mapping"
        case .alias: "an alias"
        }
    }
}
