/// The UTC-OFFSET value type: `+0100`, `-0500`, or `+053028` when seconds are needed.
enum UTCOffset {
    static func text(seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let magnitude = abs(seconds)
        var text = sign + Digits.padded(magnitude / 3600, 2) + Digits.padded(magnitude % 3600 / 60, 2)
        if magnitude % 60 != 0 {
            text += Digits.padded(magnitude % 60, 2)
        }
        return text
    }
}
