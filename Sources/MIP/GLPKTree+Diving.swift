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
        let copy = glp_create_prob()!
        defer { glp_delete_prob(copy) }
        glp_copy_prob(copy, glp_ios_get_prob(tree), GLP_OFF)
        var parameters = glp_smcp()
        glp_init_smcp(&parameters)
        parameters.msg_lev = GLP_MSG_OFF
        parameters.meth = GLP_DUALP
        let columns = glp_get_num_cols(copy)
        guard columns > 0 else { return false }
        let integerColumns = (1...columns).filter { glp_get_col_kind(copy, $0) != GLP_CV }

        /// Re-solves within the time left; false when the relaxation is infeasible or time is up.
        func solvesToOptimum() -> Bool {
            if let deadline {
                let left = deadline.timeIntervalSinceNow * 1000
                guard left >= 1 else { return false }
                parameters.tm_lim = Int32(min(Double(Int32.max), left))
            }
            if shouldStop?() == true { return false }
            return glp_simplex(copy, &parameters) == 0 && glp_get_status(copy) == GLP_OPT
        }
        guard solvesToOptimum() else { return false }
        for _ in 0..<maximumSteps {
            var chosen: (column: Int32, value: Double)?
            for column in integerColumns {
                let value = glp_get_col_prim(copy, column)
                let fraction = value - value.rounded(.down)
                if fraction > 1e-6, fraction < 1 - 1e-6, value > (chosen?.value ?? -.infinity) {
                    chosen = (column, value)
                }
            }
            guard let (column, value) = chosen else {
                var solution = [0.0] + (1...columns).map { glp_get_col_prim(copy, $0) }
                for column in integerColumns { solution[Int(column)] = solution[Int(column)].rounded() }
                return glp_ios_heur_sol(tree, solution) == 0
            }
            glp_set_col_bnds(copy, column, GLP_FX, value.rounded(.up), value.rounded(.up))
            if !solvesToOptimum() {
                glp_set_col_bnds(copy, column, GLP_FX, value.rounded(.down), value.rounded(.down))
                guard solvesToOptimum() else { return false }
            }
        }
        return false
    }
}
