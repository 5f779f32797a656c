/// The character sets replies come in, turned into text: UTF-8, ISO-8859-1, ISO-8859-15, Windows-1252
/// and US-ASCII. Anything else is read as UTF-8, each invalid sequence becoming U+FFFD, so no
/// declared charset can make the text unreadable or the reader fail.
enum Charset: Sendable, Equatable {
    case utf8, latin1, latin9, windows1252, ascii

    /// The charset a `charset=` parameter or an encoded word names; unknown names are UTF-8.
    init(name: some StringProtocol) {
        var key = name.lowercased().filter { $0 != "-" && $0 != "_" && $0 != " " && $0 != "\"" }
        if let star = key.firstIndex(of: "*") { key = String(key[..<star]) }  // RFC 2231 language suffix
        switch key {
        case "iso88591", "latin1", "l1", "iso885911987", "cp819", "ibm819": self = .latin1
        case "iso885915", "latin9", "latin0": self = .latin9
        case "windows1252", "cp1252", "win1252", "xcp1252", "ms1252": self = .windows1252
        case "usascii", "ascii", "ansix3.41968", "iso646us", "us": self = .ascii
        default: self = .utf8
        }
    }

    /// The bytes as text. US-ASCII holding 8-bit bytes (a mislabelled message) is read as UTF-8 when
    /// it is valid UTF-8, else as Windows-1252.
    func decode(_ bytes: some Collection<UInt8>) -> String {
        switch self {
        case .utf8: return String(decoding: bytes, as: UTF8.self)
        case .ascii:
            if bytes.allSatisfy({ $0 < 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
            return Self.isValidUTF8(bytes) ? String(decoding: bytes, as: UTF8.self) : Charset.windows1252.decode(bytes)
        case .latin1: return Self.decode(bytes) { Unicode.Scalar($0) }
        case .latin9: return Self.decode(bytes) { Self.latin9Table[$0] ?? Unicode.Scalar($0) }
        case .windows1252:
            return Self.decode(bytes) { byte in
                guard (0x80...0x9F).contains(byte) else { return Unicode.Scalar(byte) }
                return Unicode.Scalar(Self.windows1252High[Int(byte - 0x80)]) ?? "\u{FFFD}"
            }
        }
    }

    private static func decode(_ bytes: some Collection<UInt8>, _ map: (UInt8) -> Unicode.Scalar) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes { scalars.append(map(byte)) }
        return String(scalars)
    }

    static func isValidUTF8(_ bytes: some Collection<UInt8>) -> Bool {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    /// Windows-1252's 0x80–0x9F; the five bytes it leaves undefined become U+FFFD.
    private static let windows1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD,
        0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    /// Where ISO-8859-15 differs from ISO-8859-1 (the euro sign among them).
    private static let latin9Table: [UInt8: Unicode.Scalar] = [
        0xA4: "\u{20AC}", 0xA6: "\u{0160}", 0xA8: "\u{0161}", 0xB4: "\u{017D}", 0xB8: "\u{017E}", 0xBC: "\u{0152}",
        0xBD: "\u{0153}", 0xBE: "\u{0178}",
    ]
}
