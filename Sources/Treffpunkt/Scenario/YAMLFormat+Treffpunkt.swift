import SafeYAML

/// The tool's two file formats on YAML, as their messages name them.
extension YAMLFormat {
    /// `treffpunkt/1` scenario files.
    static let scenario = YAMLFormat(file: "the file", files: "scenarios", syntax: .yaml)
    /// `treffpunkt-plan/1` plan files, which are JSON.
    static let planFile = YAMLFormat(file: "the plan file", files: "plan files", syntax: .json)
}
