/// RFC 2047 encoded words (`=?utf-8?B?…?=`, `=?iso-8859-1?Q?…?=`) in a received header turned into
/// text, and the text made safe to show: a line break or NUL smuggled inside an encoded word becomes a
/// space, so a decoded subject can never start a header of its own in a reply.
enum EncodedWords {
    /// The longest encoded word looked for: RFC 2047 says 75; some clients write longer.
    private static let maxWordLength = 1000

    static func decode(_ value: String) -> String {
        let bytes = Array(value.utf8)
        var result = ""
        var plain: [UInt8] = []
        var lastWasEncoded = false
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "="), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "?"),
                let (text, next) = word(bytes, at: index)
            {
                // White space between two encoded words is not part of the text.
                let onlySpace = plain.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
                if !(lastWasEncoded && onlySpace) { result += String(decoding: plain, as: UTF8.self) }
                plain.removeAll()
                result += text
                lastWasEncoded = true
                index = next
            } else {
                plain.append(bytes[index])
                index += 1
            }
        }
        result += String(decoding: plain, as: UTF8.self)
        return safe(result)
    }

    /// Control characters (CR, LF, NUL, tab, DEL, C1) as spaces; U+FEFF dropped.
    static func safe(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x00...0x1F, 0x7F...0x9F: scalars.append(" ")
            case 0xFEFF: continue
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// The encoded word starting at `start` (`=?`), decoded, and the index after it; nil when the
    /// text there is not one.
    private static func word(_ bytes: [UInt8], at start: Int) -> (String, Int)? {
        let limit = min(bytes.count, start + maxWordLength)
        var index = start + 2
        let charsetStart = index
        while index < limit, bytes[index] != UInt8(ascii: "?") {
            guard bytes[index] > 0x20, bytes[index] < 0x7F else { return nil }
            index += 1
        }
        guard index + 2 < limit, index > charsetStart, bytes[index + 2] == UInt8(ascii: "?") else { return nil }
        let charset = Charset(name: String(decoding: bytes[charsetStart..<index], as: UTF8.self))
        let encoding = bytes[index + 1] | 0x20  // lowercase
        guard encoding == UInt8(ascii: "b") || encoding == UInt8(ascii: "q") else { return nil }
        let textStart = index + 3
        var end = textStart
        while end + 1 < limit, !(bytes[end] == UInt8(ascii: "?") && bytes[end + 1] == UInt8(ascii: "=")) {
            guard bytes[end] > 0x20, bytes[end] < 0x7F else { return nil }
            end += 1
        }
        guard end + 1 < limit else { return nil }
        let encoded = bytes[textStart..<end]
        let decoded = encoding == UInt8(ascii: "b") ? TransferEncoding.decodeBase64(encoded) : qDecode(encoded)
        return (charset.decode(decoded), end + 2)
    }

    /// The Q encoding: quoted-printable where `_` is a space.
    private static func qDecode(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        QuotedPrintable.decode(ArraySlice(bytes.map { $0 == UInt8(ascii: "_") ? UInt8(ascii: " ") : $0 }))
    }
}
