/// Rows as a JSON array of objects, keys in column order: numbers as numbers, an empty cell as
/// `null`, everything else as a string.
package enum JSONRows {
    package enum Kind: Sendable { case text, number }

    package static func document(columns: [(name: String, kind: Kind)], rows: [[String]]) -> String {
        guard !rows.isEmpty else { return "[]\n" }
        let objects = rows.map { row in
            "  {"
                + columns.indices.map { index in
                    let value = index < row.count ? row[index] : ""
                    return string(columns[index].name) + ": " + json(value, columns[index].kind)
                }.joined(separator: ", ") + "}"
        }
        return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    static func json(_ value: String, _ kind: Kind) -> String {
        if value.isEmpty { return "null" }
        if kind == .number, Double(value) != nil, value.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" }) {
            return value
        }
        return string(value)
    }

    /// A JSON string literal.
    package static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar == "\u{2028}" || scalar == "\u{2029}":
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
