/// A mixed-integer linear program to minimise: variables, rows and an objective.
///
/// Pure Swift and solver-independent; a backend such as `GLPKSolver` translates it.
/// Every number is checked when it enters, so a backend never sees a NaN or a bad bound.
public struct Model: Sendable {
    public struct VariableInfo: Sendable {
        public var name: String
        public var kind: VariableKind
        public var lowerBound: Double
        public var upperBound: Double
    }

    public struct Row: Sendable {
        public var name: String
        public var constraint: LinearConstraint
    }

    public private(set) var variables: [VariableInfo] = []
    public private(set) var rows: [Row] = []
    /// Minimised.
    public private(set) var objective = LinearExpression()

    public init() {}

    /// Adds a variable; bounds default to [0, 1] for binaries and [0, ∞) otherwise.
    public mutating func addVariable(_ kind: VariableKind, name: String, lowerBound: Double = 0,
                                     upperBound: Double? = nil) -> Variable {
        let upper = upperBound ?? (kind == .binary ? 1 : .infinity)
        precondition(!lowerBound.isNaN && !upper.isNaN && lowerBound <= upper && lowerBound < .infinity
                         && upper > -.infinity, "invalid bounds [\(lowerBound), \(upper)] for \(name)")
        if kind != .continuous {
            precondition((lowerBound.isInfinite || lowerBound.rounded() == lowerBound)
                             && (upper.isInfinite || upper.rounded() == upper),
                         "integer variable \(name) needs whole-number bounds")
        }
        if kind == .binary {
            precondition(lowerBound >= 0 && upper <= 1, "binary variable \(name) must lie in [0, 1]")
        }
        variables.append(VariableInfo(name: name, kind: kind, lowerBound: lowerBound, upperBound: upper))
        return Variable(index: variables.count - 1)
    }

    /// Narrows a variable's bounds, e.g. to fix a binary at 1.
    public mutating func setBounds(of variable: Variable, lower: Double, upper: Double) {
        checkHandle(variable)
        precondition(lower.isFinite && upper.isFinite && lower <= upper, "invalid bounds [\(lower), \(upper)]")
        variables[variable.index].lowerBound = lower
        variables[variable.index].upperBound = upper
    }

    @discardableResult
    public mutating func addConstraint(_ constraint: LinearConstraint, name: String) -> Constraint {
        precondition(constraint.bound.isFinite, "constraint \(name) has a non-finite bound")
        for term in constraint.terms {
            checkHandle(term.variable)
            precondition(term.coefficient.isFinite, "constraint \(name) has a non-finite coefficient")
        }
        rows.append(Row(name: name, constraint: constraint))
        return Constraint(index: rows.count - 1)
    }

    /// Adds `weight × expression` to the objective.
    public mutating func minimise(_ expression: LinearExpression, weight: Double = 1) {
        precondition(weight.isFinite && expression.constant.isFinite, "objective weight must be finite")
        for term in expression.terms {
            checkHandle(term.variable)
            precondition((weight * term.coefficient).isFinite, "objective coefficient must be finite")
        }
        objective += weight * expression
    }

    /// The objective's value at a result's solution.
    public func objectiveValue(of result: SolveResult) -> Double {
        objective.terms.reduce(objective.constant) { $0 + $1.coefficient * result.value(of: $1.variable) }
    }

    private func checkHandle(_ variable: Variable) {
        precondition(variable.index >= 0 && variable.index < variables.count, "variable from another model")
    }
}
