/// A decision variable of a `Model`. Handles are only meaningful for the model that made them.
public struct Variable: Hashable, Sendable {
    /// 0-based position in the model's variable list.
    let index: Int
}

/// Whether a variable takes any value within its bounds or only whole numbers.
public enum VariableKind: Sendable {
    case continuous
    case integer
    /// An integer in [0, 1].
    case binary
}

/// A row of a `Model`.
public struct Constraint: Hashable, Sendable {
    /// 0-based position in the model's constraint list.
    let index: Int
}
