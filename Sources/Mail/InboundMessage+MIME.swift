import Foundation

/// Reading the bytes: the header section, the MIME tree within ``InboundLimits``, the text part.
extension InboundMessage {
    /// Reads one message as an MTA delivers it (CRLF or LF line endings; an mbox `From ` line first is
    /// skipped). Refused before parsing when larger than `limits.maxBytes`; during parsing when a
    /// header section or the MIME tree exceeds its limit. Broken encodings never refuse: what cannot
    /// be decoded is kept as it is or becomes U+FFFD.
    package static func parse(
        _ bytes: [UInt8], limits: InboundLimits = .standard
    ) throws(InboundMailError) -> InboundMessage {
        guard bytes.count <= limits.maxBytes else { throw .tooLarge }
        guard !bytes.isEmpty else { throw .malformed("it is empty") }
        var start = 0
        if bytes.starts(with: Array("From ".utf8)) {
            start = (bytes.firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count - 1) + 1
        }
        var reader = MIMEReader(bytes: bytes, limits: limits)
        let (fields, bodyStart) = try reader.headerSection(start..<bytes.count)
        guard !fields.isEmpty else { throw .malformed("it does not start with header fields") }
        try reader.entity(fields: fields, body: bodyStart..<bytes.count, depth: 0, defaultType: .textPlain)
        let text: String?
        let fromHTML: Bool
        if let plain = reader.plain {
            text = Self.clean(plain)
            fromHTML = false
        } else if let html = reader.html {
            text = Self.clean(HTMLText.text(html))
            fromHTML = true
        } else {
            text = nil
            fromHTML = false
        }
        return InboundMessage(fields: fields, text: text, textIsFromHTML: fromHTML, partCount: reader.parts)
    }

    /// Line breaks as LF (CRLF, CR, U+2028 and U+2029 too); NUL and every other control character but tab
    /// removed, and a byte-order mark.
    static func clean(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var afterCR = false
        for scalar in text.unicodeScalars {
            let wasAfterCR = afterCR
            afterCR = false
            switch scalar.value {
            case 0x0D:
                scalars.append("\n")
                afterCR = true
            case 0x0A:
                if !wasAfterCR { scalars.append("\n") }
            case 0x2028, 0x2029: scalars.append("\n")
            case 0x09: scalars.append(scalar)
            case 0x00...0x1F, 0x7F...0x9F, 0xFEFF: continue
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}

/// The walk over one message's bytes: counts parts across the whole tree and keeps the first
/// plain-text and the first HTML part that are not attachments.
struct MIMEReader {
    let bytes: [UInt8]
    let limits: InboundLimits
    private(set) var parts = 0
    private(set) var plain: String?
    private(set) var html: String?

    init(bytes: [UInt8], limits: InboundLimits) {
        self.bytes = bytes
        self.limits = limits
    }

    mutating func entity(
        fields: [InboundHeaderField], body: Range<Int>, depth: Int, defaultType: MIMEContentType
    ) throws(InboundMailError) {
        parts += 1
        guard parts <= limits.maxParts else { throw .tooManyParts }
        guard depth <= limits.maxDepth else { throw .tooDeep }
        let type = Self.field("Content-Type", in: fields).flatMap { MIMEContentType($0) } ?? defaultType
        let disposition = Self.field("Content-Disposition", in: fields).flatMap {
            MIMEContentType($0, requireSubtype: false)
        }
        if disposition?.type == "attachment" { return }
        switch (type.type, type.subtype) {
        case ("multipart", _):
            guard let boundary = type.parameters["boundary"], !boundary.isEmpty, boundary.utf8.count <= 200 else {
                return
            }
            let childType = type.subtype == "digest" ? MIMEContentType.messageRFC822 : .textPlain
            for range in try partRanges(body, boundary: boundary) {
                let (childFields, childBody) = try headerSection(range)
                try entity(
                    fields: childFields, body: childBody..<range.upperBound, depth: depth + 1, defaultType: childType)
            }
        case ("text", "plain") where plain == nil:
            plain = decodedText(fields: fields, body: body, type: type)
        case ("text", "html") where html == nil:
            html = decodedText(fields: fields, body: body, type: type)
        default:
            return  // attachments, forwarded messages, images: not the answer
        }
    }

    /// A header section starting at `range.lowerBound`: its fields and where its body starts. A
    /// section ends at an empty line, at the end, or at a line that is no field (a part without the
    /// empty line); a first line that is no field means no header at all.
    func headerSection(_ range: Range<Int>) throws(InboundMailError) -> ([InboundHeaderField], Int) {
        var fields: [InboundHeaderField] = []
        var name: String?
        var value: [UInt8] = []
        var index = range.lowerBound
        let end = range.upperBound

        func flush() throws(InboundMailError) {
            guard let current = name else { return }
            guard fields.count < limits.maxHeaderFields else { throw .headersTooLarge }
            fields.append(InboundHeaderField(name: current, value: String(Self.text(value).trimmingWhitespace)))
            name = nil
            value.removeAll(keepingCapacity: true)
        }

        while index < end {
            let lineEnd = bytes[index..<end].firstIndex(of: UInt8(ascii: "\n")) ?? end
            let next = lineEnd < end ? lineEnd + 1 : end
            guard next - range.lowerBound <= limits.maxHeaderBytes else { throw .headersTooLarge }
            var contentEnd = lineEnd
            if contentEnd > index, bytes[contentEnd - 1] == UInt8(ascii: "\r") { contentEnd -= 1 }
            if contentEnd == index {
                try flush()
                return (fields, next)
            }
            let first = bytes[index]
            if first == UInt8(ascii: " ") || first == UInt8(ascii: "\t"), name != nil {
                value += bytes[index..<contentEnd]
            } else if let colon = bytes[index..<contentEnd].firstIndex(of: UInt8(ascii: ":")),
                let fieldName = Self.fieldName(bytes[index..<colon])
            {
                try flush()
                name = fieldName
                value = Array(bytes[(colon + 1)..<contentEnd])
            } else {
                try flush()
                return (fields, index)
            }
            index = next
        }
        try flush()
        return (fields, end)
    }

    /// The body ranges between the boundary's delimiter lines (`--boundary`, then white space only),
    /// up to the closing one (`--boundary--`) or, when it never comes, the end. The line break before
    /// a delimiter belongs to it. The preamble and epilogue are not parts.
    func partRanges(_ body: Range<Int>, boundary: String) throws(InboundMailError) -> [Range<Int>] {
        let delimiter = Array(("--" + boundary).utf8)
        var ranges: [Range<Int>] = []
        var partStart: Int?
        var index = body.lowerBound
        let end = body.upperBound
        while index < end {
            let lineEnd = bytes[index..<end].firstIndex(of: UInt8(ascii: "\n")) ?? end
            let next = lineEnd < end ? lineEnd + 1 : end
            if lineEnd - index >= delimiter.count, bytes[index] == UInt8(ascii: "-"),
                bytes[index..<(index + delimiter.count)].elementsEqual(delimiter)
            {
                let rest = bytes[(index + delimiter.count)..<lineEnd].filter {
                    $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") && $0 != UInt8(ascii: "\r")
                }
                let closing = rest == [UInt8(ascii: "-"), UInt8(ascii: "-")]
                if rest.isEmpty || closing {
                    if let start = partStart {
                        var partEnd = index
                        if partEnd > start, bytes[partEnd - 1] == UInt8(ascii: "\n") { partEnd -= 1 }
                        if partEnd > start, bytes[partEnd - 1] == UInt8(ascii: "\r") { partEnd -= 1 }
                        ranges.append(start..<max(start, partEnd))
                        guard ranges.count < limits.maxParts else { throw .tooManyParts }
                    }
                    if closing { return ranges }
                    partStart = next
                }
            }
            index = next
        }
        if let start = partStart { ranges.append(start..<end) }
        return ranges
    }

    private func decodedText(fields: [InboundHeaderField], body: Range<Int>, type: MIMEContentType) -> String {
        let encoding = TransferEncoding(name: Self.field("Content-Transfer-Encoding", in: fields))
        let decoded = encoding.decode(bytes[body])
        let charsetName = type.parameters["charset"] ?? (type.subtype == "html" ? Self.metaCharset(decoded) : nil)
        let text = Charset(name: charsetName ?? "us-ascii").decode(decoded)
        guard type.subtype == "plain", type.parameters["format"]?.lowercased() == "flowed" else { return text }
        return Self.unflowed(text, deleteSpace: type.parameters["delsp"]?.lowercased() == "yes")
    }

    /// The charset an HTML document names in its first 4 KiB (`<meta charset=…>` or `content="…; charset=…"`).
    private static func metaCharset(_ bytes: [UInt8]) -> String? {
        let lowered = bytes.prefix(4096).map { byte -> UInt8 in
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte | 0x20
            case 0x80...: UInt8(ascii: " ")
            default: byte
            }
        }
        let head = String(decoding: lowered, as: UTF8.self)
        guard let range = head.range(of: "charset=") else { return nil }
        let name = head[range.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
            .prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        return name.isEmpty ? nil : String(name)
    }

    /// RFC 3676 format=flowed joined back: a line ending in a space continues on the next (the
    /// signature delimiter `-- ` excepted); a leading space added for transport is removed.
    static func unflowed(_ text: String, deleteSpace: Bool) -> String {
        var lines: [String] = []
        var paragraph: String?
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let quotes = line.prefix { $0 == ">" }
            line = line.dropFirst(quotes.count)
            if line.hasPrefix(" ") { line = line.dropFirst() }
            let flowed = line.hasSuffix(" ") && line != "-- "
            let content = flowed && deleteSpace ? line.dropLast() : line
            let joined = (paragraph ?? String(quotes) + (quotes.isEmpty ? "" : " ")) + content
            if flowed {
                paragraph = joined
            } else {
                lines.append(joined)
                paragraph = nil
            }
        }
        if let paragraph { lines.append(paragraph) }
        return lines.joined(separator: "\n")
    }

    /// The first field of that name in `fields`, undecoded.
    static func field(_ name: String, in fields: [InboundHeaderField]) -> String? {
        let key = name.lowercased()
        return fields.first { $0.name.lowercased() == key }?.value
    }

    /// A field name: printable ASCII without white space (white space before the colon is tolerated).
    private static func fieldName(_ bytes: ArraySlice<UInt8>) -> String? {
        var name = bytes
        while let last = name.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { name = name.dropLast() }
        guard !name.isEmpty, name.count <= 200, name.allSatisfy({ (33...126).contains($0) }) else { return nil }
        return String(decoding: name, as: UTF8.self)
    }

    /// Header bytes as text: UTF-8 when they are (RFC 6532), else Windows-1252.
    static func text(_ bytes: [UInt8]) -> String {
        Charset.isValidUTF8(bytes) ? String(decoding: bytes, as: UTF8.self) : Charset.windows1252.decode(bytes)
    }
}
