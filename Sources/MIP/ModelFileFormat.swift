/// A file format GLPK writes a model in, for other solvers and for reading by eye.
public enum ModelFileFormat: String, Sendable, CaseIterable {
    /// Free MPS (`glp_write_mps` with `GLP_MPS_FILE`): read by HiGHS, CPLEX, Gurobi, SCIP, CBC.
    case freeMPS = "mps"
    /// CPLEX LP (`glp_write_lp`): algebraic, easier to read; GLPK leaves out the objective's
    /// constant (Treffpunkt's plan models have none; a re-plan's `changes` term does).
    case cplexLP = "lp"

    /// The format a file name asks for by its extension (`.mps` or `.lp`, any case); nil otherwise.
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), !fileName[dot...].contains("/") else { return nil }
        self.init(rawValue: fileName[fileName.index(after: dot)...].lowercased())
    }
}
