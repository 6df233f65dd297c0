/// Placeholder; the model builder is being written.
public struct Model {}
