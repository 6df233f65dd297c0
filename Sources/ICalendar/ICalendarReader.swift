/// Reads iCalendar text (RFC 5545) into components: unfolds the physical lines, parses every
/// content line into a property and nests the components between their BEGIN and END.
///
/// Lines may end in CRLF or a bare LF. Property and component names are read in upper case;
/// values stay as written, so TEXT values are unescaped only on request (``LocatedProperty/text``).
public enum ICalendarReader {
    /// The top-level components of the text, usually one VCALENDAR.
    public static func read(_ text: String) throws(ICalendarSyntaxError) -> [ReadComponent] {
        var roots: [ReadComponent] = []
        var open: [ReadComponent] = []
        for (line, content) in try logicalLines(text) {
            let property = try parse(content, line: line)
            switch property.name {
            case "BEGIN":
                let name = property.value.uppercased()
                guard isName(name) else { throw ICalendarSyntaxError(line: line, message: "BEGIN needs a component name, not '\(Excerpt.of(property.value))'") }
                open.append(ReadComponent(name: name, line: line))
            case "END":
                guard let current = open.popLast() else {
                    throw ICalendarSyntaxError(line: line, message: "END:\(Excerpt.of(property.value)) without a matching BEGIN")
                }
                guard current.name == property.value.uppercased() else {
                    throw ICalendarSyntaxError(line: line, message: "END:\(Excerpt.of(property.value)) closes BEGIN:\(Excerpt.of(current.name)) of line \(current.line)")
                }
                if open.isEmpty {
                    roots.append(current)
                } else {
                    open[open.count - 1].components.append(current)
                }
            default:
                guard !open.isEmpty else {
                    throw ICalendarSyntaxError(line: line, message: "property \(Excerpt.of(property.name)) outside of any component")
                }
                open[open.count - 1].properties.append(LocatedProperty(property: property, line: line))
            }
        }
        if let unclosed = open.last {
            throw ICalendarSyntaxError(line: unclosed.line, message: "BEGIN:\(Excerpt.of(unclosed.name)) is never closed by END:\(Excerpt.of(unclosed.name))")
        }
        return roots
    }

    /// The unfolded content lines with the physical line each starts on; blank lines are skipped.
    static func logicalLines(_ text: String) throws(ICalendarSyntaxError) -> [(line: Int, content: String)] {
        var result: [(line: Int, content: String)] = []
        var number = 0
        // Split by scalars: as a Character, CRLF is one grapheme and would not match "\n".
        for scalars in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
            var physical = String(String.UnicodeScalarView(scalars))
            number += 1
            if physical.unicodeScalars.last == "\r" { physical.unicodeScalars.removeLast() }
            if let first = physical.first, first == " " || first == "\t" {
                guard !result.isEmpty else {
                    throw ICalendarSyntaxError(line: number, message: "a continuation line needs a content line before it")
                }
                result[result.count - 1].content += physical.dropFirst()
            } else if !physical.isEmpty {
                result.append((number, physical))
            }
        }
        return result
    }

    /// Parses `NAME;PARAM=VALUE,"QUOTED VALUE";...:value`.
    static func parse(_ content: String, line: Int) throws(ICalendarSyntaxError) -> Property {
        let scalars = Array(content.unicodeScalars)
        var index = 0

        func word() -> String {
            var name = ""
            while index < scalars.count, isNameCharacter(scalars[index]) {
                name.unicodeScalars.append(scalars[index])
                index += 1
            }
            return name.uppercased()
        }

        func fail(_ message: String) -> ICalendarSyntaxError {
            ICalendarSyntaxError(line: line, message: message)
        }

        let name = word()
        guard !name.isEmpty else { throw fail("a content line must start with a property name, not '\(Excerpt.of(content))'") }
        var parameters: [Parameter] = []
        while index < scalars.count, scalars[index] == ";" {
            index += 1
            let parameterName = word()
            guard !parameterName.isEmpty else { throw fail("a parameter of \(Excerpt.of(name)) has no name") }
            guard index < scalars.count, scalars[index] == "=" else { throw fail("parameter \(Excerpt.of(parameterName)) of \(Excerpt.of(name)) needs '=' and a value") }
            index += 1
            var values: [String] = []
            repeat {
                if index < scalars.count, scalars[index] == "," { index += 1 }
                var value = ""
                if index < scalars.count, scalars[index] == "\"" {
                    index += 1
                    while index < scalars.count, scalars[index] != "\"" {
                        value.unicodeScalars.append(scalars[index])
                        index += 1
                    }
                    guard index < scalars.count else { throw fail("parameter \(Excerpt.of(parameterName)) of \(Excerpt.of(name)) has an unclosed quote") }
                    index += 1
                } else {
                    while index < scalars.count, ![";", ":", ",", "\""].contains(scalars[index]) {
                        value.unicodeScalars.append(scalars[index])
                        index += 1
                    }
                }
                values.append(value)
            } while index < scalars.count && scalars[index] == ","
            parameters.append(Parameter(name: parameterName, values: values))
        }
        guard index < scalars.count, scalars[index] == ":" else {
            throw fail("property \(Excerpt.of(name)) needs ':' before its value")
        }
        let value = String(String.UnicodeScalarView(scalars[(index + 1)...]))
        return Property(name: name, parameters: parameters, value: value)
    }

    private static func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-"
    }

    private static func isName(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy(isNameCharacter)
    }
}
