import SafeYAML

/// A position in an input file, 1-based like compilers print it (SafeYAML's, which every
/// reader of input files shares).
public typealias SourceLocation = SafeYAML.SourceLocation
