internal import CGLPK
import Foundation

extension GLPKProblem {
    /// Writes the problem in `format` to `path`, with the model's names made valid for both
    /// formats (letters, digits and `_().,`, unique, at most 255 characters).
    func write(to path: String, format: ModelFileFormat, names: (columns: [String], rows: [String])) throws(GLPKError) {
        precondition(names.columns.count == columnCount && names.rows.count == rowCount, "a name for every column and row")
        precondition(!path.isEmpty && !path.utf8.contains(0), "a file path without NUL characters")
        glp_set_prob_name(problem, "treffpunkt")
        glp_set_obj_name(problem, "objective")
        var used: Set<String> = ["objective"]
        for (position, name) in names.columns.enumerated() {
            glp_set_col_name(problem, glpkColumn(position), GLPKProblem.fileName(name, fallback: "x\(position + 1)", used: &used))
        }
        for (position, name) in names.rows.enumerated() {
            glp_set_row_name(problem, glpkRow(position), GLPKProblem.fileName(name, fallback: "r\(position + 1)", used: &used))
        }
        let code = switch format {
        case .freeMPS: glp_write_mps(problem, GLP_MPS_FILE, nil, path)
        case .cplexLP: glp_write_lp(problem, nil, path)
        }
        if code != 0 { throw .fileNotWritten(path) }
    }

    /// Reads a problem that `write` wrote (tests check the round trip); nil when GLPK cannot read it.
    convenience init?(reading path: String, format: ModelFileFormat) {
        precondition(!path.isEmpty && !path.utf8.contains(0), "a file path without NUL characters")
        self.init(Model())
        let code = switch format {
        case .freeMPS: glp_read_mps(problem, GLP_MPS_FILE, nil, path)
        case .cplexLP: glp_read_lp(problem, nil, path)
        }
        guard code == 0 else { return nil }
        syncCounts()
    }

    /// `name` with characters outside `[A-Za-z0-9_().,]` as `_`, starting with a letter,
    /// unique among `used` (else `fallback`), at most 255 characters.
    static func fileName(_ name: String, fallback: String, used: inout Set<String>) -> String {
        var cleaned = String(name.unicodeScalars.map { scalar -> Character in
            let allowed = scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || "_().,".unicodeScalars.contains(scalar))
            return allowed ? Character(scalar) : "_"
        }.prefix(200))
        if cleaned.first.map({ !$0.isLetter }) ?? true { cleaned = "n" + cleaned }
        if used.contains(cleaned) { cleaned = fallback }
        while used.contains(cleaned) { cleaned += "_" }
        used.insert(cleaned)
        return cleaned
    }
}
