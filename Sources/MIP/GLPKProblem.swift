internal import CGLPK
import Foundation

/// Owns one GLPK problem object: created in `init`, deleted in `deinit`, used on one thread.
///
/// GLPK aborts the whole process on an invalid argument, and its environment is per thread.
/// Every call therefore goes through this class, which checks indices and numbers first and
/// converts between Swift's 0-based handles and GLPK's 1-based indices in one place.
final class GLPKProblem {
    let problem: OpaquePointer
    private let owningThread = pthread_self()
    private(set) var columnCount = 0
    private(set) var rowCount = 0

    init(_ model: Model) {
        glp_term_out(GLP_OFF)
        problem = glp_create_prob()
        glp_set_obj_dir(problem, GLP_MIN)
        checkThread()
        addColumns(model.variables)
        addRows(model.rows)
        glp_set_obj_coef(problem, 0, model.objective.constant)
        for (variableIndex, coefficient) in GLPKProblem.merged(model.objective.terms) {
            glp_set_obj_coef(problem, glpkColumn(variableIndex), coefficient)
        }
    }

    /// A copy of the problem a branch-and-bound search works on, for a heuristic that
    /// changes bounds without disturbing the search.
    init(copying tree: GLPKTree) {
        glp_term_out(GLP_OFF)
        problem = glp_create_prob()
        glp_copy_prob(problem, glp_ios_get_prob(tree.tree), GLP_OFF)
        columnCount = Int(glp_get_num_cols(problem))
        rowCount = Int(glp_get_num_rows(problem))
    }

    /// Takes the column and row counts from GLPK, after a file was read into the problem.
    func syncCounts() {
        checkThread()
        columnCount = Int(glp_get_num_cols(problem))
        rowCount = Int(glp_get_num_rows(problem))
    }

    deinit {
        glp_delete_prob(problem)
    }

    /// Appends columns for `variables`, whose bounds `Model` has checked.
    private func addColumns(_ variables: [Model.VariableInfo]) {
        checkThread()
        guard !variables.isEmpty else { return }
        precondition(columnCount + variables.count <= Int(Int32.max), "model too large for GLPK")
        glp_add_cols(problem, Int32(variables.count))
        columnCount += variables.count
        for (offset, variable) in variables.enumerated() {
            let column = glpkColumn(columnCount - variables.count + offset)
            switch variable.kind {
            case .binary: glp_set_col_kind(problem, column, GLP_BV)
            case .integer: glp_set_col_kind(problem, column, GLP_IV)
            case .continuous: glp_set_col_kind(problem, column, GLP_CV)
            }
            let (type, lower, upper) = GLPKProblem.boundType(variable.lowerBound, variable.upperBound)
            glp_set_col_bnds(problem, column, type, lower, upper)
        }
    }

    /// Appends `rows`, whose numbers and variables `Model` has checked.
    private func addRows(_ rows: [Model.Row]) {
        checkThread()
        guard !rows.isEmpty else { return }
        precondition(rowCount + rows.count <= Int(Int32.max), "model too large for GLPK")
        glp_add_rows(problem, Int32(rows.count))
        rowCount += rows.count
        for (offset, row) in rows.enumerated() {
            let rowIndex = glpkRow(rowCount - rows.count + offset)
            let bound = row.constraint.bound
            switch row.constraint.relation {
            case .lessOrEqual: glp_set_row_bnds(problem, rowIndex, GLP_UP, 0, bound)
            case .greaterOrEqual: glp_set_row_bnds(problem, rowIndex, GLP_LO, bound, 0)
            case .equal: glp_set_row_bnds(problem, rowIndex, GLP_FX, bound, bound)
            }
            // GLPK rejects a repeated column in a row, so terms are merged first.
            let terms = GLPKProblem.merged(row.constraint.terms)
            guard !terms.isEmpty else { continue }
            let columns = GLPKProblem.oneBased(terms.map { glpkColumn($0.0) }, unused: 0)
            let coefficients = GLPKProblem.oneBased(terms.map(\.1), unused: 0)
            glp_set_mat_row(problem, rowIndex, Int32(terms.count), columns, coefficients)
        }
    }

    /// Solves the LP relaxation with the simplex method, warm-started from the current basis.
    /// `dual` chooses the dual simplex first (fast after bounds changed); `presolve` runs GLPK's
    /// LP presolver first (no warm start; GLPK recovers the optimal basis of the whole problem).
    func solveRelaxation(timeLimitMilliseconds: Int32?, dual: Bool = false, presolve: Bool = false) -> LPOutcome {
        checkThread()
        var parameters = glp_smcp()
        glp_init_smcp(&parameters)
        parameters.msg_lev = GLP_MSG_OFF
        parameters.presolve = presolve ? GLP_ON : GLP_OFF
        if dual { parameters.meth = GLP_DUALP }
        if let timeLimitMilliseconds { parameters.tm_lim = max(1, timeLimitMilliseconds) }
        let code = glp_simplex(problem, &parameters)
        if code == GLP_ETMLIM { return .timeLimit }
        if let error = GLPKError(code: code) { return .failed(error) }
        switch glp_get_status(problem) {
        case GLP_OPT: return .optimal(objective: glp_get_obj_val(problem))
        case GLP_NOFEAS: return .infeasible
        case GLP_UNBND: return .unbounded
        case let status: return .failed(.unexpectedRelaxationStatus(status))
        }
    }

    enum LPOutcome {
        case optimal(objective: Double)
        case infeasible
        case unbounded
        case timeLimit
        case failed(GLPKError)
    }

    /// How a branch-and-bound search ended; the solution status tells what it found.
    enum SearchEnd {
        case completed
        case timeLimit
        case gapReached
        /// `glp_ios_terminate` from the callback.
        case terminated
        case failed(GLPKError)
    }

    /// Runs branch and bound from the optimal relaxation; `monitor` sees every callback.
    func solveInteger(timeLimitMilliseconds: Int32?, relativeGap: Double, monitor: SearchMonitor) -> SearchEnd {
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
        let code = withExtendedLifetime(monitor) {
            parameters.cb_info = Unmanaged.passUnretained(monitor).toOpaque()
            return glp_intopt(problem, &parameters)
        }
        switch code {
        case 0: return .completed
        case GLP_ETMLIM: return .timeLimit
        case GLP_EMIPGAP: return .gapReached
        case GLP_ESTOP: return .terminated
        default: return .failed(GLPKError(code: code) ?? .unknownCode(code))
        }
    }

    /// What the integer search found: GLPK's `glp_mip_status`.
    enum IntegerStatus {
        case optimal, feasible, infeasible, undefined
    }

    var integerStatus: IntegerStatus {
        checkThread()
        switch glp_mip_status(problem) {
        case GLP_OPT: return .optimal
        case GLP_FEAS: return .feasible
        case GLP_NOFEAS: return .infeasible
        default: return .undefined
        }
    }

    var integerObjective: Double {
        checkThread()
        return glp_mip_obj_val(problem)
    }

    /// The integer solution's value of every column, in model order.
    var integerValues: [Double] {
        checkThread()
        return (0..<columnCount).map { glp_mip_col_val(problem, glpkColumn($0)) }
    }

    /// The relaxation's value of every column, in model order.
    var relaxationValues: [Double] {
        checkThread()
        return (0..<columnCount).map { glp_get_col_prim(problem, glpkColumn($0)) }
    }

    /// Columns that must take whole numbers (binary or integer), in model order.
    var integerColumns: [Int] {
        checkThread()
        return (0..<columnCount).filter { glp_get_col_kind(problem, glpkColumn($0)) != GLP_CV }
    }

    /// Fixes a column at a value.
    func fix(column: Int, at value: Double) {
        checkThread()
        precondition(value.isFinite, "a column can only be fixed at a finite value")
        glp_set_col_bnds(problem, glpkColumn(column), GLP_FX, value, value)
    }

    static var version: String { String(cString: glp_version()) }

    // The one place where 0-based positions become GLPK's 1-based indices.

    func glpkColumn(_ index: Int) -> Int32 {
        precondition(index >= 0 && index < columnCount, "column \(index) outside 0..<\(columnCount)")
        return Int32(index + 1)
    }

    func glpkRow(_ index: Int) -> Int32 {
        precondition(index >= 0 && index < rowCount, "row \(index) outside 0..<\(rowCount)")
        return Int32(index + 1)
    }

    /// `values` as a GLPK array, whose element 0 GLPK never reads.
    static func oneBased<Element>(_ values: [Element], unused: Element) -> [Element] {
        [unused] + values
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

    /// Offers GLPK a solution (every column's value, in model order, whole numbers where
    /// required); returns whether GLPK took it as its new incumbent.
    func offer(_ solution: [Double]) -> Bool {
        let problem = glp_ios_get_prob(tree)
        precondition(solution.count == Int(glp_get_num_cols(problem)), "a solution needs a value for every column")
        precondition(solution.allSatisfy(\.isFinite), "a solution's values must be finite")
        return glp_ios_heur_sol(tree, GLPKProblem.oneBased(solution, unused: 0)) == 0
    }
}
