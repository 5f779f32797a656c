/// A part's Content-Transfer-Encoding undone, tolerantly: what cannot be decoded is kept or skipped,
/// never refused, since a reply is read for its words and a broken byte must not lose the rest.
enum TransferEncoding: Sendable, Equatable {
    case identity, quotedPrintable, base64

    /// 7bit, 8bit, binary and anything unknown are taken as they are.
    init(name: String?) {
        switch name.map { String($0.trimmingWhitespace).lowercased() } {
        case "quoted-printable": self = .quotedPrintable
        case "base64": self = .base64
        default: self = .identity
        }
    }

    func decode(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        switch self {
        case .identity: Array(bytes)
        case .quotedPrintable: QuotedPrintable.decode(bytes)
        case .base64: Self.decodeBase64(bytes)
        }
    }

    /// Base64 ignoring line breaks and any other character outside the alphabet, stopping at `=`;
    /// a last group of 2 or 3 characters gives its 1 or 2 bytes (padding may be missing).
    static func decodeBase64(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count / 4 * 3 + 3)
        var group: UInt32 = 0
        var count = 0
        for byte in bytes {
            let value: UInt32
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): value = UInt32(byte - UInt8(ascii: "A"))
            case UInt8(ascii: "a")...UInt8(ascii: "z"): value = UInt32(byte - UInt8(ascii: "a")) + 26
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = UInt32(byte - UInt8(ascii: "0")) + 52
            case UInt8(ascii: "+"), UInt8(ascii: "-"): value = 62
            case UInt8(ascii: "/"), UInt8(ascii: "_"): value = 63
            case UInt8(ascii: "="):
                // Padding ends the group; a later group (concatenated base64) starts afresh.
                flush(group, count, into: &output)
                group = 0
                count = 0
                continue
            default: continue
            }
            group = group << 6 | value
            count += 1
            if count == 4 {
                output += [UInt8(group >> 16 & 0xFF), UInt8(group >> 8 & 0xFF), UInt8(group & 0xFF)]
                group = 0
                count = 0
            }
        }
        flush(group, count, into: &output)
        return output
    }

    private static func flush(_ group: UInt32, _ count: Int, into output: inout [UInt8]) {
        switch count {
        case 2: output.append(UInt8(group >> 4 & 0xFF))
        case 3: output += [UInt8(group >> 10 & 0xFF), UInt8(group >> 2 & 0xFF)]
        default: break  // 0, or 1 character that makes no byte
        }
    }
}
