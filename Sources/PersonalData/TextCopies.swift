import Foundation

/// Finds the copies of a text that is to be erased, in an event's JSON data: the text as written, in
/// letters (where its line breaks may have become other whitespace or `<br/>`) and in HTML (where
/// `&`, `<`, `>` and quotes are entities). Pure, so it is tested without a database.
package struct TextCopies: Sendable {
    /// The texts to look for (the field's values as recorded), longest first so that a longer text is
    /// replaced whole before a shorter one inside it.
    package let texts: [String]
    let patterns: [NSRegularExpression]
    /// What stands in their place.
    package let marker: String

    package init(texts: [String], marker: String) {
        let cleaned = Set(texts.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty })
        self.texts = cleaned.sorted { ($0.count, $0) > ($1.count, $1) }
        self.marker = marker
        patterns = self.texts.compactMap { try? NSRegularExpression(pattern: Self.pattern(for: $0)) }
    }

    /// A word of the text for the database to search with: its longest run of letters and digits, which
    /// no JSON or HTML escaping changes.
    package var needles: [String] {
        texts.map { text in
            let words = text.split(whereSeparator: { (character: Character) in
                !(character.isLetter || character.isNumber)
            })
            return words.max { $0.count < $1.count }.map(String.init) ?? text
        }
    }

    /// Each word matched as written or as HTML writes it; between words, any whitespace or line break.
    static func pattern(for text: String) -> String {
        let words = text.split(whereSeparator: \.isWhitespace).map { word in
            word.map { character -> String in
                let plain = NSRegularExpression.escapedPattern(for: String(character))
                switch character {
                case "&": return "(?:&|&amp;)"
                case "<": return "(?:<|&lt;)"
                case ">": return "(?:>|&gt;)"
                case "\"": return "(?:\"|&quot;)"
                case "'": return "(?:'|&#39;)"
                default: return plain
                }
            }.joined()
        }
        // A text that begins or ends with a letter or digit is not found inside a longer word.
        let before = text.first.map { $0.isLetter || $0.isNumber } == true ? #"(?<![\p{L}\p{N}])"# : ""
        let after = text.last.map { $0.isLetter || $0.isNumber } == true ? #"(?![\p{L}\p{N}])"# : ""
        return before + words.joined(separator: #"(?:\s|<br\s*/?>)+"#) + after
    }

    /// `value` with every copy replaced by the marker; `nil` when it holds none.
    package func erased(_ value: String) -> String? {
        var result = value
        for pattern in patterns {
            let range = NSRange(result.startIndex..., in: result)
            result = pattern.stringByReplacingMatches(
                in: result, range: range, withTemplate: NSRegularExpression.escapedTemplate(for: marker))
        }
        return result == value ? nil : result
    }

    /// The string values in `json` (an event's data) that hold a copy, with the path to each.
    package func copies(in json: Data) -> [(path: [String], value: String)] {
        guard let object = try? JSONSerialization.jsonObject(with: json) else { return [] }
        var found: [(path: [String], value: String)] = []
        Self.walk(object, path: []) { path, string in
            if let erased = erased(string) { found.append((path, erased)) }
        }
        return found
    }

    /// The string values under `key` (at any depth) in `json`, with their paths.
    package static func values(of key: String, in json: Data) -> [(path: [String], value: String)] {
        guard let object = try? JSONSerialization.jsonObject(with: json) else { return [] }
        var found: [(path: [String], value: String)] = []
        walk(object, path: []) { path, string in
            if path.last == key { found.append((path, string)) }
        }
        return found
    }

    /// Whether `json` is about the record with `id` under `key` (a finding in its revision's stream).
    package static func concerns(_ json: Data, key: String, id: String) -> Bool {
        guard let object = try? JSONSerialization.jsonObject(with: json) as? [String: Any] else { return false }
        return (object[key] as? String)?.lowercased() == id.lowercased()
    }

    private static func walk(_ value: Any, path: [String], _ visit: ([String], String) -> Void) {
        switch value {
        case let string as String:
            visit(path, string)
        case let object as [String: Any]:
            for (key, child) in object.sorted(by: { $0.key < $1.key }) { walk(child, path: path + [key], visit) }
        case let array as [Any]:
            for (index, child) in array.enumerated() { walk(child, path: path + [String(index)], visit) }
        default:
            break
        }
    }
}
