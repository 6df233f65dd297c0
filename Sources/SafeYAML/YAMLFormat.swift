/// What a file format built on YAML is called in messages, and whether it is JSON read
/// through YAML.
public struct YAMLFormat: Sendable {
    /// The syntax files of the format are written in.
    public enum Syntax: Sendable {
        /// YAML 1.1 as libyaml reads it; anchors and aliases are allowed (the node budget bounds them).
        case yaml
        /// JSON, which is YAML flow syntax: anchors and aliases are refused, and syntax errors
        /// are worded as JSON's.
        case json
    }

    /// One file as messages name it: "the file", "the plan file".
    public var file: String
    /// One file of the format, for "… is a folder, not a scenario file".
    public var oneFile: String {
        files.hasSuffix("s") ? "a " + String(files.dropLast()) + (files == "scenarios" ? " file" : "") : "a " + files
    }
    /// Files of the format in the plural: "scenarios", "plan files".
    public var files: String
    public var syntax: Syntax

    public init(file: String, files: String, syntax: Syntax) {
        self.file = file
        self.files = files
        self.syntax = syntax
    }
}
