/// The relative distance between an objective value and a proven bound,
/// |value − bound| / max(1, |value|): how far from optimal a solution may be. GLPK's `mip_gap`
/// and every gap Treffpunkt reports use this measure.
public func relativeGap(of value: Double, bound: Double) -> Double {
    abs(value - bound) / max(1, abs(value))
}
