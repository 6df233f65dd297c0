/// Zero-padded decimal numbers for date, time and offset values.
enum Digits {
    static func padded(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
