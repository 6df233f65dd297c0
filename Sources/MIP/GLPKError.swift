internal import CGLPK

/// Why GLPK could not finish a solve, each with a sentence a planner can report.
///
/// Stops that are not failures (time limit, a stop request, the requested gap reached) are
/// not errors; `GLPKProblem` turns them into `SolveResult.StopReason`s.
public enum GLPKError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `GLP_EBADB`: the starting basis does not fit the problem.
    case invalidBasis
    /// `GLP_ESING`: a basis matrix became singular.
    case singularBasis
    /// `GLP_ECOND`: a basis matrix became too ill-conditioned.
    case illConditionedBasis
    /// `GLP_EBOUND`: a variable or row has a lower bound above its upper bound.
    case invalidBounds
    /// `GLP_EFAIL`: the solver gave up for an internal reason.
    case solverFailure
    /// `GLP_EOBJLL`, `GLP_EOBJUL`: the objective passed a limit (the wrapper sets none).
    case objectiveLimit
    /// `GLP_EITLIM`: the iteration limit (the wrapper sets none).
    case iterationLimit
    /// `GLP_EROOT`: branch and bound started without an optimal relaxation.
    case noOptimalRelaxation
    /// `GLP_ENOPFS`: the presolver found the relaxation infeasible.
    case relaxationInfeasible
    /// `GLP_ENODFS`: the presolver found the relaxation unbounded.
    case relaxationUnbounded
    /// The relaxation ended in a state the simplex method should not leave it in.
    case unexpectedRelaxationStatus(Int32)
    /// A solution GLPK called feasible breaks a row of its own model beyond tolerance.
    case solutionBreaksModel(String)
    /// `glp_write_mps` or `glp_write_lp` could not write the file at this path.
    case fileNotWritten(String)
    /// A return code this wrapper does not know.
    case unknownCode(Int32)

    public var description: String {
        switch self {
        case .invalidBasis:
            "GLPK was handed an invalid starting basis; this is a bug in Treffpunkt, please report it"
        case .singularBasis:
            "GLPK stopped on a singular basis matrix (numerical trouble); please report the scenario"
        case .illConditionedBasis:
            "GLPK stopped on an ill-conditioned basis matrix (numerical trouble); please report the scenario"
        case .invalidBounds:
            "a variable of the model had a lower bound above its upper bound; this is a bug in Treffpunkt"
        case .solverFailure:
            "GLPK's simplex method failed internally; please report the scenario"
        case .objectiveLimit:
            "GLPK stopped at an objective limit that Treffpunkt never sets; please report the scenario"
        case .iterationLimit:
            "GLPK stopped at an iteration limit that Treffpunkt never sets; please report the scenario"
        case .noOptimalRelaxation:
            "GLPK's branch and bound started without an optimal relaxation; this is a bug in Treffpunkt"
        case .relaxationInfeasible:
            "GLPK's presolver found that the relaxation has no solution, so no plan keeps every rule"
        case .relaxationUnbounded:
            "GLPK's presolver found the relaxation unbounded; this is a bug in the model"
        case .unexpectedRelaxationStatus(let status):
            "the simplex method ended without a verdict (status \(status)); please report the scenario"
        case .solutionBreaksModel(let rule):
            "GLPK returned a solution that breaks \(rule) of its own model (numerical trouble); please report the scenario"
        case .fileNotWritten(let path):
            "GLPK could not write the model to \(path); check that its folder exists and is writable"
        case .unknownCode(let code):
            "GLPK failed with the unknown return code \(code); please report the scenario"
        }
    }

    /// The error of a failing GLPK return code; nil for 0 and for the codes of a stop.
    init?(code: Int32) {
        switch code {
        case 0, GLP_ETMLIM, GLP_ESTOP, GLP_EMIPGAP: return nil
        case GLP_EBADB: self = .invalidBasis
        case GLP_ESING: self = .singularBasis
        case GLP_ECOND: self = .illConditionedBasis
        case GLP_EBOUND: self = .invalidBounds
        case GLP_EFAIL: self = .solverFailure
        case GLP_EOBJLL, GLP_EOBJUL: self = .objectiveLimit
        case GLP_EITLIM: self = .iterationLimit
        case GLP_EROOT: self = .noOptimalRelaxation
        case GLP_ENOPFS: self = .relaxationInfeasible
        case GLP_ENODFS: self = .relaxationUnbounded
        default: self = .unknownCode(code)
        }
    }
}
