import Foundation
import SafeYAML

/// Reads a `treffpunkt-plan/1` file for `treffpunkt check`, reporting every problem at its
/// place in the file as `FILE:LINE:COL: error: MESSAGE`.
///
/// JSON is YAML flow syntax, so SafeYAML reads the file with the scenario loader's guards
/// (size, encoding, nesting, keys that are aliases, tags, no anchors since JSON has none) and
/// its marks locate each value; the structure is then decoded field by field, which lets
/// unknown keys, missing keys and wrong types be reported where they are instead of as one
/// opaque decoding error.
public enum PlanReader {
    public static func read(path: String) throws(InvalidInput) -> Plan {
        let data: Data
        do {
            data = try YAMLDocument.contents(ofFile: path, as: .planFile)
        } catch {
            throw InvalidInput([Diagnostic(file: path, error)])
        }
        return try read(data: data, fileName: path)
    }

    /// Reads a plan from its bytes; `fileName` is used in diagnostics.
    public static func read(data: Data, fileName: String) throws(InvalidInput) -> Plan {
        let document: YAMLDocument
        do {
            document = try YAMLDocument.compose([UInt8](data), as: .planFile)
        } catch {
            throw InvalidInput([Diagnostic(file: fileName, error)])
        }
        var decoder = PlanFileDecoder(fileName: fileName)
        let plan = decoder.plan(from: document.root)
        guard let plan, decoder.diagnostics.isEmpty else { throw InvalidInput(decoder.diagnostics) }
        return plan
    }
}
