internal import CGLPK
import Foundation

extension GLPKTree {
    /// Whether GLPK asks for a heuristic solution at the root node.
    var wantsRootHeuristic: Bool {
        glp_ios_reason(tree) == GLP_IHEUR && glp_ios_node_level(tree, glp_ios_curr_node(tree)) == 0
    }

    /// LP diving from the root relaxation: on a copy of the problem, fixes the fractional
    /// integer column whose value is largest at its ceiling (or, if that leaves no feasible
    /// relaxation, at its floor), re-solves, and repeats until the relaxation is integral.
    /// Hands an integral solution to GLPK as an incumbent; returns whether GLPK took it.
    ///
    /// Treffpunkt's relaxations are tight but highly degenerate: their optimum is often the
    /// integer optimum, reached by many fractional vertices, and GLPK's own rounding rarely
    /// finds an integral one. A dive usually does, in a few dozen warm-started re-solves.
    /// The dive gives up at `deadline` or when `shouldStop` says so, like the search itself.
    func diveToIncumbent(maximumSteps: Int = 500, deadline: Date?, shouldStop: (@Sendable () -> Bool)?) -> Bool {
        let copy = GLPKProblem(copying: self)
        let integerColumns = copy.integerColumns
        guard copy.columnCount > 0 else { return false }

        /// Re-solves within the time left; false when the relaxation is infeasible or time is up.
        func solvesToOptimum() -> Bool {
            var milliseconds: Int32?
            if let deadline {
                let left = deadline.timeIntervalSinceNow * 1000
                guard left >= 1 else { return false }
                milliseconds = Int32(min(Double(Int32.max), left))
            }
            if shouldStop?() == true { return false }
            if case .optimal = copy.solveRelaxation(timeLimitMilliseconds: milliseconds, dual: true) { return true }
            return false
        }
        guard solvesToOptimum() else { return false }
        for _ in 0..<maximumSteps {
            var values = copy.relaxationValues
            var chosen: (column: Int, value: Double)?
            for column in integerColumns {
                let value = values[column]
                let fraction = value - value.rounded(.down)
                if fraction > 1e-6, fraction < 1 - 1e-6, value > (chosen?.value ?? -.infinity) {
                    chosen = (column, value)
                }
            }
            guard let (column, value) = chosen else {
                for column in integerColumns { values[column] = values[column].rounded() }
                return offer(values)
            }
            copy.fix(column: column, at: value.rounded(.up))
            if !solvesToOptimum() {
                copy.fix(column: column, at: value.rounded(.down))
                guard solvesToOptimum() else { return false }
            }
        }
        return false
    }
}
