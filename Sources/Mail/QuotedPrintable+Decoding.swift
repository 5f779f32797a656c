/// RFC 2045 quoted-printable read back, as mail clients write it and sometimes break it.
extension QuotedPrintable {
    /// `=XX` (either case) becomes its byte and `=` at a line's end joins the lines; a `=` followed by
    /// anything else is kept as it is; white space at a line's end is dropped (transport may add it).
    static func decode(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var pendingSpace: [UInt8] = []  // white space kept back until we know it is not at a line's end
        var index = bytes.startIndex
        let end = bytes.endIndex
        while index < end {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                pendingSpace.append(byte)
                index += 1
            case UInt8(ascii: "\r"), UInt8(ascii: "\n"):
                pendingSpace.removeAll()
                output.append(byte)
                index += 1
            case UInt8(ascii: "="):
                output += pendingSpace
                pendingSpace.removeAll()
                var next = index + 1
                // A soft line break: "=" then optional white space then CRLF or LF.
                while next < end, bytes[next] == UInt8(ascii: " ") || bytes[next] == UInt8(ascii: "\t") { next += 1 }
                if next < end, bytes[next] == UInt8(ascii: "\r") || bytes[next] == UInt8(ascii: "\n") {
                    if bytes[next] == UInt8(ascii: "\r"), next + 1 < end, bytes[next + 1] == UInt8(ascii: "\n") {
                        next += 1
                    }
                    index = next + 1
                } else if next == end {
                    index = end
                } else if index + 2 < end, let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2]) {
                    output.append(high << 4 | low)
                    index += 3
                } else {
                    output.append(byte)
                    index += 1
                }
            default:
                output += pendingSpace
                pendingSpace.removeAll()
                output.append(byte)
                index += 1
            }
        }
        return output
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        default: nil
        }
    }
}
