/// Σ coefficient × variable + constant.
///
/// Terms may repeat a variable; the solver backend merges them. Operators let model code
/// read like the rule it states: `occupancy <= 1`, `2 * x + y >= 1`.
public struct LinearExpression: Sendable {
    public var terms: [(variable: Variable, coefficient: Double)]
    public var constant: Double

    public init(terms: [(variable: Variable, coefficient: Double)] = [], constant: Double = 0) {
        self.terms = terms
        self.constant = constant
    }

    public init(_ variable: Variable) {
        self.init(terms: [(variable, 1)])
    }

    /// The sum of the variables, each with coefficient 1.
    public static func sum(_ variables: some Sequence<Variable>) -> LinearExpression {
        LinearExpression(terms: variables.map { ($0, 1) })
    }

    public var isEmpty: Bool { terms.isEmpty }

    public static func + (lhs: LinearExpression, rhs: LinearExpression) -> LinearExpression {
        LinearExpression(terms: lhs.terms + rhs.terms, constant: lhs.constant + rhs.constant)
    }

    public static func - (lhs: LinearExpression, rhs: LinearExpression) -> LinearExpression {
        lhs + (-1) * rhs
    }

    public static func * (factor: Double, expression: LinearExpression) -> LinearExpression {
        LinearExpression(terms: expression.terms.map { ($0.variable, factor * $0.coefficient) },
                         constant: factor * expression.constant)
    }

    public static func + (lhs: LinearExpression, rhs: Variable) -> LinearExpression {
        lhs + LinearExpression(rhs)
    }

    public static func - (lhs: LinearExpression, rhs: Variable) -> LinearExpression {
        lhs - LinearExpression(rhs)
    }

    public static func += (lhs: inout LinearExpression, rhs: LinearExpression) {
        lhs = lhs + rhs
    }

    public static func <= (lhs: LinearExpression, rhs: Double) -> LinearConstraint {
        LinearConstraint(lhs, .lessOrEqual, rhs)
    }

    public static func >= (lhs: LinearExpression, rhs: Double) -> LinearConstraint {
        LinearConstraint(lhs, .greaterOrEqual, rhs)
    }

    public static func == (lhs: LinearExpression, rhs: Double) -> LinearConstraint {
        LinearConstraint(lhs, .equal, rhs)
    }

    public static func <= (lhs: LinearExpression, rhs: LinearExpression) -> LinearConstraint {
        LinearConstraint(lhs - rhs, .lessOrEqual, 0)
    }

    public static func == (lhs: LinearExpression, rhs: LinearExpression) -> LinearConstraint {
        LinearConstraint(lhs - rhs, .equal, 0)
    }

    public static func >= (lhs: LinearExpression, rhs: LinearExpression) -> LinearConstraint {
        LinearConstraint(lhs - rhs, .greaterOrEqual, 0)
    }
}

extension Variable {
    public static func * (factor: Double, variable: Variable) -> LinearExpression {
        LinearExpression(terms: [(variable, factor)])
    }

    public static func + (lhs: Variable, rhs: Variable) -> LinearExpression {
        LinearExpression(lhs) + rhs
    }

    public static func + (lhs: Variable, rhs: LinearExpression) -> LinearExpression {
        LinearExpression(lhs) + rhs
    }
}

/// `expression relation bound`, the form every row of a model takes.
public struct LinearConstraint: Sendable {
    public enum Relation: Sendable {
        case lessOrEqual, greaterOrEqual, equal
    }

    /// Left-hand side without its constant, which moves into `bound`.
    public var terms: [(variable: Variable, coefficient: Double)]
    public var relation: Relation
    public var bound: Double

    public init(_ expression: LinearExpression, _ relation: Relation, _ rightHandSide: Double) {
        terms = expression.terms
        self.relation = relation
        bound = rightHandSide - expression.constant
    }
}
