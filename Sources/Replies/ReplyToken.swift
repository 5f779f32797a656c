import Domain
import Foundation

/// The token in a letter's reply address (`tredjekraft+TOKEN@kommun.se`): which letter, until which
/// day, which key signed it, and a truncated HMAC-SHA256 over that and the recipient and subjects
/// (see ``ReplyKeyring``).
///
/// Its text is 30 bytes in lowercase base32, 48 characters of `a–z 2–7`: version (1), key id (1),
/// the letter's UUID (16), the last valid day as days since 1970-01-01 (2, big-endian), the MAC (10).
/// 48 characters leave 16 octets of a local part's 64 for the prefix and suffix around it.
package struct ReplyToken: Sendable, Equatable, CustomStringConvertible {
    /// The layout's version; another version is not a token (a new layout gets a new number).
    static let version: UInt8 = 1
    /// Bytes of the MAC kept: 80 bits, beyond reach of guessing by mail.
    static let macLength = 10
    static let byteLength = 1 + 1 + 16 + 2 + macLength
    /// The length of ``description``.
    package static let textLength = (byteLength * 8 + 4) / 5
    /// The days a token's day count can name: 1970-01-01 …, 65 535 days later (in 2149).
    static let epoch = CalendarDate(year: 1970, month: 1, day: 1)?.julianDayNumber ?? 2_440_588

    package let mail: MailID
    package let expires: CalendarDate
    package let keyID: UInt8
    /// The truncated MAC, ``macLength`` bytes.
    package let mac: [UInt8]

    init(mail: MailID, expires: CalendarDate, keyID: UInt8, mac: [UInt8]) {
        self.mail = mail
        self.expires = Self.day(Self.dayNumber(expires))
        self.keyID = keyID
        self.mac = mac
    }

    /// Reads a token's text in either case; nil for anything else (another length, another version,
    /// characters outside base32).
    package init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.utf8.count == Self.textLength, let bytes = Base32.decode(trimmed), bytes.count == Self.byteLength,
            bytes[0] == Self.version
        else { return nil }
        let uuidBytes = Array(bytes[2..<18])
        let uuid = UUID(
            uuid: (
                uuidBytes[0], uuidBytes[1], uuidBytes[2], uuidBytes[3], uuidBytes[4], uuidBytes[5], uuidBytes[6],
                uuidBytes[7], uuidBytes[8], uuidBytes[9], uuidBytes[10], uuidBytes[11], uuidBytes[12], uuidBytes[13],
                uuidBytes[14], uuidBytes[15]
            ))
        let days = UInt16(bytes[18]) << 8 | UInt16(bytes[19])
        self.mail = MailID(uuid)
        self.expires = Self.day(days)
        self.keyID = bytes[1]
        self.mac = Array(bytes[20...])
    }

    /// The token's text: lowercase base32 without padding, ``textLength`` characters of `[a-z2-7]`.
    package var description: String { Base32.encode(fields + mac) }

    /// Version, key id, letter and day: what the text carries before the MAC.
    var fields: [UInt8] {
        let days = Self.dayNumber(expires)
        return [Self.version, keyID] + Self.bytes(of: mail.uuid) + [UInt8(days >> 8), UInt8(days & 0xFF)]
    }

    static func bytes(of uuid: UUID) -> [UInt8] {
        withUnsafeBytes(of: uuid.uuid) { Array($0) }
    }

    /// Days since 1970-01-01, held within what two bytes can say (a day outside is the nearest end).
    static func dayNumber(_ date: CalendarDate) -> UInt16 {
        UInt16(clamping: date.julianDayNumber - epoch)
    }

    static func day(_ number: UInt16) -> CalendarDate {
        CalendarDate(julianDayNumber: epoch + Int(number))
    }
}
