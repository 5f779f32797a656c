/// A Content-Type (or Content-Disposition) field read: the lowercased type and subtype and the
/// parameters, their names lowercased and their values unquoted (RFC 2231's `name*=charset''value` too).
struct MIMEContentType: Sendable, Equatable {
    var type: String
    var subtype: String
    var parameters: [String: String]

    static let textPlain = MIMEContentType(type: "text", subtype: "plain", parameters: [:])
    static let messageRFC822 = MIMEContentType(type: "message", subtype: "rfc822", parameters: [:])

    /// Nil for a value without `type/subtype`; `Content-Disposition: attachment` reads as type
    /// "attachment" with an empty subtype.
    init?(_ value: String, requireSubtype: Bool = true) {
        let segments = Self.segments(value)
        guard let first = segments.first else { return nil }
        let media = first.trimmingWhitespace.lowercased()
        let pieces = media.split(separator: "/", maxSplits: 1)
        if requireSubtype {
            guard pieces.count == 2, !pieces[0].isEmpty, !pieces[1].isEmpty else { return nil }
        }
        type = pieces.first.map { String($0.trimmingWhitespace) } ?? ""
        subtype = pieces.count == 2 ? String(pieces[1].trimmingWhitespace) : ""
        var parameters: [String: String] = [:]
        for segment in segments.dropFirst() {
            guard let equals = segment.firstIndex(of: "=") else { continue }
            var name = segment[..<equals].trimmingWhitespace.lowercased()
            var value = String(segment[segment.index(after: equals)...].trimmingWhitespace)
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
                value = Self.unquote(value.dropFirst().dropLast())
            }
            if name.hasSuffix("*") {
                name.removeLast()
                value = Self.extendedValue(value)
            }
            if parameters[name] == nil { parameters[name] = value }
        }
        self.parameters = parameters
    }

    init(type: String, subtype: String, parameters: [String: String]) {
        self.type = type
        self.subtype = subtype
        self.parameters = parameters
    }

    /// The value split at `;` outside quoted strings.
    private static func segments(_ value: String) -> [Substring] {
        var segments: [Substring] = []
        var start = value.startIndex
        var inQuote = false
        var escaped = false
        var index = value.startIndex
        while index < value.endIndex {
            let character = value[index]
            if escaped {
                escaped = false
            } else if character == "\\" && inQuote {
                escaped = true
            } else if character == "\"" {
                inQuote.toggle()
            } else if character == ";" && !inQuote {
                segments.append(value[start..<index])
                start = value.index(after: index)
            }
            index = value.index(after: index)
        }
        segments.append(value[start...])
        return segments
    }

    private static func unquote(_ text: Substring) -> String {
        var result = ""
        var escaped = false
        for character in text {
            if escaped || character != "\\" {
                result.append(character)
                escaped = false
            } else {
                escaped = true
            }
        }
        return result
    }

    /// RFC 2231: `utf-8'sv'%C3%A5r` → "år".
    private static func extendedValue(_ value: String) -> String {
        let parts = value.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3 else { return value }
        var bytes: [UInt8] = []
        var utf8 = Array(parts[2].utf8)[...]
        while let byte = utf8.popFirst() {
            if byte == UInt8(ascii: "%"), utf8.count >= 2,
                let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return Charset(name: parts[0]).decode(bytes)
    }
}
