/// An HTML body turned into the text a reader sees: scripts, styles and the head dropped, block
/// elements and `<br>` as line breaks, entities decoded. Where a mail client starts the quoted letter
/// (Outlook's `divRplyFwdMsg`, Gmail's `gmail_quote`, Thunderbird's `moz-cite-prefix`, any
/// `<blockquote>`), a line of ``quoteMarker`` is written, so the reader of the answer knows where to stop.
enum HTMLText {
    /// Outlook's own separator in its plain-text replies: 32 underscores.
    static let quoteMarker = String(repeating: "_", count: 32)

    /// Elements whose content is not text.
    private static let hidden: Set<String> = ["script", "style", "head", "title", "xml", "template", "noscript"]
    /// Elements that start and end a line.
    private static let blocks: Set<String> = [
        "p", "div", "tr", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "pre", "blockquote",
        "dl", "dt", "dd", "center", "section", "article", "header", "footer", "address", "tbody", "thead", "body",
    ]
    /// Classes and ids by which mail clients mark where the quoted letter starts.
    private static let quoteMarks = [
        "divrplyfwdmsg", "gmail_quote", "moz-cite-prefix", "appendonsend", "yahoo_quoted", "outlookmessageheader",
        "mail_quote", "protonmail_quote",
    ]

    /// The elements mail clients put those classes and ids on.
    private static let markable: Set<String> = ["div", "table", "span", "section"]

    private static func isQuoteStart(_ bytes: ArraySlice<UInt8>) -> Bool {
        let tag = String(decoding: bytes.map { asciiLower($0) }, as: UTF8.self)
        return (tag.contains("class") || tag.contains("id")) && quoteMarks.contains { tag.contains($0) }
    }

    static func text(_ html: String) -> String {
        let bytes = Array(html.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count / 2)
        var pendingSpace = false
        var hiddenElement: String?
        var index = 0

        func lineBreak(always: Bool) {
            if always || (!output.isEmpty && output.last != UInt8(ascii: "\n")) { output.append(UInt8(ascii: "\n")) }
            pendingSpace = false
        }

        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") {
                if starts(bytes, at: index, with: "<!--") {
                    index = find(bytes, "-->", from: index + 4).map { $0 + 3 } ?? bytes.count
                    continue
                }
                guard let tag = tag(bytes, at: index) else {
                    if hiddenElement == nil {
                        flushSpace(&output, &pendingSpace)
                        output.append(byte)
                    }
                    index += 1
                    continue
                }
                index = tag.end
                if let hidden = hiddenElement {
                    if tag.closing, tag.name == hidden { hiddenElement = nil }
                    continue
                }
                if hidden.contains(tag.name), !tag.closing, !tag.selfClosing {
                    hiddenElement = tag.name
                    continue
                }
                if tag.name == "br" {
                    lineBreak(always: true)
                } else if tag.name == "td" || tag.name == "th" {
                    pendingSpace = true
                } else if blocks.contains(tag.name) {
                    lineBreak(always: false)
                }
                if !tag.closing,
                    tag.name == "blockquote"
                        || (markable.contains(tag.name) && isQuoteStart(bytes[tag.start..<tag.end]))
                {
                    lineBreak(always: false)
                    output += Array(quoteMarker.utf8)
                    lineBreak(always: true)
                }
                continue
            }
            if hiddenElement != nil {
                index += 1
                continue
            }
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"), 0x0C:
                pendingSpace = true
                index += 1
            case UInt8(ascii: "&"):
                flushSpace(&output, &pendingSpace)
                let (decoded, next) = entity(bytes, at: index)
                output += decoded
                index = next
            default:
                flushSpace(&output, &pendingSpace)
                output.append(byte)
                index += 1
            }
        }
        return tidy(String(decoding: output, as: UTF8.self))
    }

    /// Lines trimmed (a non-breaking space is a space), at most one blank line in a row, none at the ends.
    static func tidy(_ text: String) -> String {
        var lines: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = Substring(line.trimmingWhitespace.replacing("\u{A0}", with: " "))
            if trimmed.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(trimmed)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    private static func flushSpace(_ output: inout [UInt8], _ pendingSpace: inout Bool) {
        if pendingSpace, let last = output.last, last != UInt8(ascii: "\n"), last != UInt8(ascii: " ") {
            output.append(UInt8(ascii: " "))
        }
        pendingSpace = false
    }

    private struct Tag {
        var name: String
        var closing: Bool
        var selfClosing: Bool
        /// Where the tag starts (its `<`) and ends (after its `>`).
        var start: Int
        var end: Int
    }

    /// The tag at `start` (`<`), or nil when the `<` starts no tag (then it is text).
    private static func tag(_ bytes: [UInt8], at start: Int) -> Tag? {
        var index = start + 1
        guard index < bytes.count else { return nil }
        let closing = bytes[index] == UInt8(ascii: "/")
        if closing { index += 1 }
        let declaration = !closing && (bytes[index] == UInt8(ascii: "!") || bytes[index] == UInt8(ascii: "?"))
        if declaration { index += 1 }
        let nameStart = index
        while index < bytes.count, isNameByte(bytes[index]) { index += 1 }
        guard declaration || index > nameStart else { return nil }
        let name = String(decoding: bytes[nameStart..<index].map { asciiLower($0) }, as: UTF8.self)
        var quote: UInt8?
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                break
            }
            index += 1
        }
        let end = min(index + 1, bytes.count)
        let selfClosing = index > start && index - 1 < bytes.count && bytes[index - 1] == UInt8(ascii: "/")
        return Tag(name: declaration ? "!" : name, closing: closing, selfClosing: selfClosing, start: start, end: end)
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: ":")
            || byte == UInt8(ascii: "-")
    }

    private static func asciiLower(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
    }

    private static func starts(_ bytes: [UInt8], at index: Int, with prefix: String) -> Bool {
        let prefixBytes = Array(prefix.utf8)
        return index + prefixBytes.count <= bytes.count
            && Array(bytes[index..<(index + prefixBytes.count)]) == prefixBytes
    }

    private static func find(_ bytes: [UInt8], _ needle: String, from start: Int) -> Int? {
        let needleBytes = Array(needle.utf8)
        guard let first = needleBytes.first, start < bytes.count else { return nil }
        var index = start
        while index + needleBytes.count <= bytes.count {
            if bytes[index] == first, Array(bytes[index..<(index + needleBytes.count)]) == needleBytes { return index }
            index += 1
        }
        return nil
    }

    /// The entity at `start` (`&`) as UTF-8 and the index after it; an unknown or unended one is the
    /// `&` itself.
    private static func entity(_ bytes: [UInt8], at start: Int) -> ([UInt8], Int) {
        var index = start + 1
        let limit = min(bytes.count, start + 34)
        while index < limit, bytes[index] != UInt8(ascii: ";") {
            let byte = bytes[index]
            guard isNameByte(byte) || byte == UInt8(ascii: "#") else { break }
            index += 1
        }
        guard index < limit, bytes[index] == UInt8(ascii: ";"), index > start + 1 else {
            return ([UInt8(ascii: "&")], start + 1)
        }
        let name = String(decoding: bytes[(start + 1)..<index], as: UTF8.self)
        let scalar: Unicode.Scalar?
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            scalar = UInt32(name.dropFirst(2), radix: 16).map { Unicode.Scalar($0) ?? "\u{FFFD}" }
        } else if name.hasPrefix("#") {
            scalar = UInt32(name.dropFirst(), radix: 10).map { Unicode.Scalar($0) ?? "\u{FFFD}" }
        } else {
            scalar = named[name] ?? named[name.lowercased()]
        }
        guard var found = scalar else { return ([UInt8(ascii: "&")], start + 1) }
        if found.value == 0 { found = "\u{FFFD}" }
        return (Array(String(found).utf8), index + 1)
    }

    private static let named: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "auml": "ä", "Auml": "Ä",
        "aring": "å", "Aring": "Å", "ouml": "ö", "Ouml": "Ö", "eacute": "é", "Eacute": "É", "uuml": "ü",
        "Uuml": "Ü", "aelig": "æ", "AElig": "Æ", "oslash": "ø", "Oslash": "Ø", "ndash": "–", "mdash": "—",
        "hellip": "…", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "laquo": "«", "raquo": "»",
        "bull": "•", "middot": "·", "euro": "€", "copy": "©", "reg": "®", "trade": "™", "shy": "\u{AD}",
        "zwnj": "\u{200C}", "zwj": "\u{200D}", "ensp": " ", "emsp": " ", "thinsp": " ", "deg": "°", "sect": "§",
        "para": "¶", "times": "×", "divide": "÷", "frac12": "½", "iexcl": "¡", "iquest": "¿", "ccedil": "ç",
        "egrave": "è", "agrave": "à", "aacute": "á", "oacute": "ó", "iacute": "í", "uacute": "ú", "ntilde": "ñ",
    ]
}
