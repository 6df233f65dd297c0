internal import CGLPK
import Foundation

/// Owns one GLPK problem object: created in `init`, deleted in `deinit`, used on one thread.
///
/// GLPK aborts the whole process on an invalid argument, and its environment is per thread.
/// Every call therefore goes through this class, which checks indices and numbers first and
/// converts between Swift's 0-based handles and GLPK's 1-based indices in one place.
final class GLPKProblem {
    private let problem: OpaquePointer
    private let owningThread = pthread_self()
    let columnCount: Int
    let rowCount: Int

    init(_ model: Model) {
        glp_term_out(GLP_OFF)
        problem = glp_create_prob()
        columnCount = model.variables.count
        rowCount = model.rows.count
        glp_set_obj_dir(problem, GLP_MIN)
        if columnCount > 0 { glp_add_cols(problem, Int32(columnCount)) }
        if rowCount > 0 { glp_add_rows(problem, Int32(rowCount)) }
        for (index, variable) in model.variables.enumerated() {
            let column = glpkIndex(index, count: columnCount)
            switch variable.kind {
            case .binary: glp_set_col_kind(problem, column, GLP_BV)
            case .integer: glp_set_col_kind(problem, column, GLP_IV)
            case .continuous: glp_set_col_kind(problem, column, GLP_CV)
            }
            let (type, lower, upper) = GLPKProblem.boundType(variable.lowerBound, variable.upperBound)
            glp_set_col_bnds(problem, column, type, lower, upper)
        }
        var rowIndices: [Int32] = [0]
        var columnIndices: [Int32] = [0]
        var coefficients: [Double] = [0]
        for (index, row) in model.rows.enumerated() {
            let rowIndex = glpkIndex(index, count: rowCount)
            let bound = row.constraint.bound
            switch row.constraint.relation {
            case .lessOrEqual: glp_set_row_bnds(problem, rowIndex, GLP_UP, 0, bound)
            case .greaterOrEqual: glp_set_row_bnds(problem, rowIndex, GLP_LO, bound, 0)
            case .equal: glp_set_row_bnds(problem, rowIndex, GLP_FX, bound, bound)
            }
            // GLPK rejects a repeated (row, column) pair, so terms are merged first.
            for (variableIndex, coefficient) in GLPKProblem.merged(row.constraint.terms) {
                rowIndices.append(rowIndex)
                columnIndices.append(glpkIndex(variableIndex, count: columnCount))
                coefficients.append(coefficient)
            }
        }
        precondition(rowIndices.count - 1 <= Int(Int32.max), "model too large for GLPK")
        glp_load_matrix(problem, Int32(rowIndices.count - 1), rowIndices, columnIndices, coefficients)
        glp_set_obj_coef(problem, 0, model.objective.constant)
        for (variableIndex, coefficient) in GLPKProblem.merged(model.objective.terms) {
            glp_set_obj_coef(problem, glpkIndex(variableIndex, count: columnCount), coefficient)
        }
    }

    deinit {
        glp_delete_prob(problem)
    }

    /// Solves the LP relaxation with the simplex method. Returns the GLPK status of the basic solution.
    func solveRelaxation(timeLimitMilliseconds: Int32?) -> LPOutcome {
        checkThread()
        var parameters = glp_smcp()
        glp_init_smcp(&parameters)
        parameters.msg_lev = GLP_MSG_OFF
        parameters.presolve = GLP_OFF
        if let timeLimitMilliseconds { parameters.tm_lim = max(1, timeLimitMilliseconds) }
        let code = glp_simplex(problem, &parameters)
        switch code {
        case 0:
            switch glp_get_status(problem) {
            case GLP_OPT: return .optimal(objective: glp_get_obj_val(problem))
            case GLP_NOFEAS: return .infeasible
            case GLP_UNBND: return .unbounded
            default: return .failed("the simplex method ended with status \(glp_get_status(problem))")
            }
        case GLP_ETMLIM: return .timeLimit
        default: return .failed("the simplex method failed with code \(code)")
        }
    }

    enum LPOutcome {
        case optimal(objective: Double)
        case infeasible
        case unbounded
        case timeLimit
        case failed(String)
    }

    /// Runs branch and bound from the optimal relaxation; `monitor` sees every callback.
    func solveInteger(timeLimitMilliseconds: Int32?, relativeGap: Double, monitor: SearchMonitor) -> Int32 {
        checkThread()
        precondition(relativeGap.isFinite && relativeGap >= 0, "relative gap must be finite and ≥ 0")
        var parameters = glp_iocp()
        glp_init_iocp(&parameters)
        parameters.msg_lev = GLP_MSG_OFF
        parameters.presolve = GLP_OFF
        parameters.mip_gap = relativeGap
        if let timeLimitMilliseconds { parameters.tm_lim = max(1, timeLimitMilliseconds) }
        parameters.cb_func = { tree, info in
            guard let tree, let info else { return }
            Unmanaged<SearchMonitor>.fromOpaque(info).takeUnretainedValue().observe(GLPKTree(tree: tree))
        }
        return withExtendedLifetime(monitor) {
            parameters.cb_info = Unmanaged.passUnretained(monitor).toOpaque()
            return glp_intopt(problem, &parameters)
        }
    }

    var integerStatus: Int32 {
        checkThread()
        return glp_mip_status(problem)
    }

    var integerObjective: Double {
        checkThread()
        return glp_mip_obj_val(problem)
    }

    /// The integer solution's value of every column, in model order.
    var integerValues: [Double] {
        checkThread()
        return (0..<columnCount).map { glp_mip_col_val(problem, glpkIndex($0, count: columnCount)) }
    }

    static var version: String { String(cString: glp_version()) }

    private func glpkIndex(_ index: Int, count: Int) -> Int32 {
        precondition(index >= 0 && index < count, "index \(index) outside 0..<\(count)")
        return Int32(index + 1)
    }

    private func checkThread() {
        precondition(pthread_equal(owningThread, pthread_self()) != 0, "a GLPK problem must stay on its thread")
    }

    private static func boundType(_ lower: Double, _ upper: Double) -> (Int32, Double, Double) {
        switch (lower.isInfinite, upper.isInfinite) {
        case (true, true): return (GLP_FR, 0, 0)
        case (false, true): return (GLP_LO, lower, 0)
        case (true, false): return (GLP_UP, 0, upper)
        case (false, false): return lower == upper ? (GLP_FX, lower, upper) : (GLP_DB, lower, upper)
        }
    }

    private static func merged(_ terms: [(variable: Variable, coefficient: Double)]) -> [(Int, Double)] {
        var sums: [Int: Double] = [:]
        for term in terms { sums[term.variable.index, default: 0] += term.coefficient }
        return sums.filter { $0.value != 0 }.sorted { $0.key < $1.key }
    }
}

/// The branch-and-bound tree as a callback sees it.
struct GLPKTree {
    let tree: OpaquePointer

    var isNewIncumbent: Bool { glp_ios_reason(tree) == GLP_IBINGO }

    /// Best bound over the active nodes, nil when none is left.
    var bestBound: Double? {
        let node = glp_ios_best_node(tree)
        return node == 0 ? nil : glp_ios_node_bound(tree, node)
    }

    var incumbent: Double? {
        let problem = glp_ios_get_prob(tree)
        return glp_mip_status(problem) == GLP_FEAS ? glp_mip_obj_val(problem) : nil
    }

    /// Nodes generated so far.
    var nodeCount: Int {
        var active: Int32 = 0, current: Int32 = 0, total: Int32 = 0
        glp_ios_tree_size(tree, &active, &current, &total)
        return Int(total)
    }

    func terminate() {
        glp_ios_terminate(tree)
    }
}
