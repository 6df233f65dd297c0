import Foundation

/// Infeasibility reasons in the chosen language.
///
/// The planner states its reasons in English (`PlanningOutcome.infeasible`, the `reasons` of
/// `--json`), filled from the English catalogue. For people, a reason is matched against the English
/// text of each reason key and refilled in this language; ISO dates among the arguments are
/// written as this language writes dates. A reason no key matches is left as it is.
extension Messages {
    /// The keys whose English texts are infeasibility reasons.
    static let reasonKeys: [MessageKey] = MessageKey.allCases.filter { $0.rawValue.hasPrefix("reason") }

    public func reason(_ english: String) -> String {
        guard language != .en else { return english }
        // Reasons of a multi-year run start with their year.
        var prefix = ""
        var text = english[...]
        if text.count > 6, text.prefix(4).allSatisfy(\.isNumber), text.dropFirst(4).hasPrefix(": ") {
            prefix = String(text.prefix(6))
            text = text.dropFirst(6)
        }
        for key in Self.reasonKeys {
            guard let arguments = Self.arguments(of: String(text), in: Messages.english[key]) else { continue }
            return prefix + fill(key, arguments.map { Day(iso: $0).map(numericDate) ?? $0 })
        }
        return english
    }

    /// The `{n}` arguments that fill `template` to `text`, or nil when it does not.
    static func arguments(of text: String, in template: String) -> [String]? {
        let placeholder = /\{(\d+)\}/
        var pattern = "^"
        var order: [Int] = []
        var rest = template[...]
        while let match = rest.firstMatch(of: placeholder) {
            pattern += NSRegularExpression.escapedPattern(for: String(rest[..<match.range.lowerBound]))
            let number = Int(match.output.1)!
            if let group = order.firstIndex(of: number) {
                pattern += "\\\(group + 1)"
            } else {
                order.append(number)
                pattern += "(.+?)"
            }
            rest = rest[match.range.upperBound...]
        }
        pattern += NSRegularExpression.escapedPattern(for: String(rest)) + "$"
        guard let expression = try? NSRegularExpression(pattern: pattern),
              let found = expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        var arguments = Array(repeating: "", count: (order.max() ?? -1) + 1)
        for (group, number) in order.enumerated() {
            guard let range = Range(found.range(at: group + 1), in: text) else { return nil }
            arguments[number] = String(text[range])
        }
        return arguments
    }
}
