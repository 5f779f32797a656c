import Foundation

/// Header values as RFC 5322 and RFC 2047 want them: checked for control characters, non-ASCII text
/// in encoded words, and every line folded at 78 octets (never past 998).
enum HeaderText {
    /// The longest line we write, without its line ending (RFC 5322's "should").
    static let lineLength = 78

    /// Refuses CR, LF, NUL and the other control characters, and values longer than `limit`.
    static func check(_ value: String, field: String, limit: Int) throws(MailError) {
        guard !value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw .controlCharacter(field: field)
        }
        guard value.count <= limit else { throw .tooLong(field: field, limit: limit) }
    }

    /// Free text (a subject, a display name) as header words: plain ASCII words as they are, anything
    /// else as UTF-8 encoded words of at most 75 characters, split between characters.
    static func words(_ text: String) -> [String] {
        let plain = text.allSatisfy { $0.isASCII && ($0 == " " || !$0.isWhitespace) } && !text.contains("=?")
        if plain { return text.split(separator: " ").map(String.init) }
        var words: [String] = []
        var chunk = ""
        for character in text {
            // 39 octets of UTF-8 make 52 characters of base64: with "=?UTF-8?B?" and "?=", 64 in all, which
            // leaves room for "Subject: " on the first line.
            if chunk.utf8.count + character.utf8.count > 39 {
                words.append(encodedWord(chunk))
                chunk = ""
            }
            chunk.append(character)
        }
        if !chunk.isEmpty { words.append(encodedWord(chunk)) }
        return words
    }

    static func encodedWord(_ text: String) -> String {
        "=?UTF-8?B?" + Data(text.utf8).base64EncodedString() + "?="
    }

    /// A display name as a phrase: ASCII atoms as they are, other ASCII as a quoted string, anything
    /// else as encoded words.
    static func phrase(_ name: String) -> [String] {
        let atext = Set("!#$%&'*+-/=?^_`{|}~ ")
        if name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || atext.contains($0)) }), !name.contains("=?") {
            return name.split(separator: " ").map(String.init)
        }
        if name.allSatisfy({ $0.isASCII }) {
            let escaped = name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            return ["\"\(escaped)\""]
        }
        return words(name)
    }

    /// "Name: word word …", folded before a word that would pass 78 octets.
    static func fold(_ name: String, _ words: [String], newline: String) -> String {
        var lines: [String] = []
        var line = name + ":"
        for word in words {
            if line.utf8.count + 1 + word.utf8.count > lineLength, line != name + ":" {
                lines.append(line)
                line = ""
            }
            line += " " + word
        }
        lines.append(line)
        return lines.joined(separator: newline)
    }
}
