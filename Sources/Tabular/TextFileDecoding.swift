/// A spreadsheet's text file as text: UTF-8 (with or without a byte order mark), else Windows-1252,
/// the encoding Excel for Windows uses when it saves "CSV (semikolonavgränsad)" in Swedish.
///
/// Bytes that are not valid UTF-8 are read as Windows-1252, which covers å, ä, ö, é and the other
/// letters of Swedish; a byte that Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) means
/// neither encoding: the file is refused.
package enum TextFileDecoding {
    package enum Encoding: String, Sendable, Equatable {
        case utf8 = "UTF-8"
        case windows1252 = "Windows-1252"
    }

    package struct Failure: Error, Sendable, Equatable {
        package var byteOffset: Int
        package var byte: UInt8
    }

    /// Windows-1252's characters for the bytes 0x80–0x9F; `nil` where it has none.
    static let high: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]

    /// The text and the encoding it was read in.
    package static func decode(_ bytes: [UInt8]) throws(Failure) -> (text: String, encoding: Encoding) {
        if let text = String(validating: bytes, as: UTF8.self) { return (text, .utf8) }
        var scalars = String.UnicodeScalarView()
        for (offset, byte) in bytes.enumerated() {
            if (0x80...0x9F).contains(byte) {
                guard let scalar = high[Int(byte) - 0x80] else { throw Failure(byteOffset: offset, byte: byte) }
                scalars.append(scalar)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return (String(scalars), .windows1252)
    }

    /// `text` in Windows-1252, for tests and for writing such a file; `nil` when a character has no byte.
    package static func windows1252(_ text: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 || (0xA0...0xFF).contains(scalar.value) {
                bytes.append(UInt8(scalar.value))
            } else if let index = high.firstIndex(of: scalar) {
                bytes.append(UInt8(0x80 + index))
            } else {
                return nil
            }
        }
        return bytes
    }
}
