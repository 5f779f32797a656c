import Foundation

/// RFC 2045 quoted-printable: what a text body becomes so that every line is short ASCII, whatever the
/// text holds. Lines end in `newline`; encoded lines are at most 76 characters.
enum QuotedPrintable {
    static func encode(_ text: String, newline: String) -> String {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
        return lines.map { encodeLine(Array($0.utf8), newline: newline) }.joined(separator: newline)
    }

    private static func encodeLine(_ bytes: [UInt8], newline: String) -> String {
        var output = ""
        var line = ""
        for (index, byte) in bytes.enumerated() {
            let last = index == bytes.count - 1
            let token: String
            switch byte {
            case 33...60, 62...126: token = String(UnicodeScalar(byte))
            case 32, 9: token = last ? escaped(byte) : String(UnicodeScalar(byte))  // no white space at the end
            default: token = escaped(byte)
            }
            // A soft break ("=") keeps lines at 76; the line's last token may use the 76th place itself.
            if line.count + token.count > (last ? 76 : 75) {
                output += line + "=" + newline
                line = ""
            }
            line += token
        }
        return output + line
    }

    private static func escaped(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return "=" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
    }
}
