import Crypto
import Domain
import Foundation

/// The keys that make and check reply tokens: the current one signs, older ones still verify until
/// the tokens they signed expire, so a rotation breaks no letter already sent.
package struct ReplyKeyring: Sendable {
    package let current: ReplyKey
    package let older: [ReplyKey]

    package init(current: ReplyKey, older: [ReplyKey] = []) {
        self.current = current
        self.older = older
    }

    /// A token for `grant`, signed with the current key.
    package func token(for grant: ReplyGrant) -> ReplyToken {
        let unsigned = ReplyToken(mail: grant.mail, expires: grant.expires, keyID: current.id, mac: [])
        let mac = Self.mac(key: current, fields: unsigned.fields, grant: grant)
        return ReplyToken(mail: grant.mail, expires: grant.expires, keyID: current.id, mac: mac)
    }

    /// Whether `token` was made by one of these keys for `grant`'s letter, recipient and subjects, and
    /// whether `today` is past its last day. The token's own day is the one checked (the MAC covers
    /// it); `grant.expires` is not consulted. An unknown key id, another letter or any changed bit is
    /// `forged`; the MAC is checked before the day, so `expired` is only ever said of genuine tokens.
    package func verify(_ token: ReplyToken, grant: ReplyGrant, today: CalendarDate) -> ReplyTokenVerdict {
        guard let key = key(id: token.keyID), token.mail == grant.mail, token.mac.count == ReplyToken.macLength
        else { return .forged }
        let expected = Self.mac(key: key, fields: token.fields, grant: grant)
        guard Self.constantTimeEqual(expected, token.mac) else { return .forged }
        return today > token.expires ? .expired : .valid
    }

    /// The same check, for a caller that knows the recipient and subjects the letter was sent with.
    package func verify(
        _ token: ReplyToken, recipient: RecipientKey, subjects: [IssueID], today: CalendarDate
    ) -> ReplyTokenVerdict {
        verify(
            token,
            grant: ReplyGrant(mail: token.mail, recipient: recipient, subjects: subjects, expires: token.expires),
            today: today)
    }

    /// A new key of ``ReplyKey/secretLength`` bytes from the system's CSPRNG.
    package static func generateKey(id: UInt8) -> ReplyKey {
        let key = SymmetricKey(size: .bits256)
        return ReplyKey(id: id, secret: key.withUnsafeBytes { Array($0) })
    }

    /// The current key when ids clash, so that the newest secret wins.
    private func key(id: UInt8) -> ReplyKey? {
        current.id == id ? current : older.first { $0.id == id }
    }

    /// HMAC-SHA256, truncated, over a versioned encoding in which every field has a fixed length or a
    /// length prefix, so no two grants encode alike.
    static func mac(key: ReplyKey, fields: [UInt8], grant: ReplyGrant) -> [UInt8] {
        var message = Array("tredjekraft reply token".utf8) + [0]
        message += fields
        append(grant.recipient.kind.rawValue, to: &message)
        append(grant.recipient.matchKey, to: &message)
        let subjects = Set(grant.subjects.map { ReplyToken.bytes(of: $0.uuid) }).sorted {
            $0.lexicographicallyPrecedes($1)
        }
        append(count: subjects.count, to: &message)
        for subject in subjects { message += subject }
        let code = HMAC<SHA256>.authenticationCode(for: message, using: SymmetricKey(data: key.secret))
        return Array(Array(code).prefix(ReplyToken.macLength))
    }

    private static func append(_ text: String, to message: inout [UInt8]) {
        let bytes = Array(text.utf8)
        append(count: bytes.count, to: &message)
        message += bytes
    }

    private static func append(count: Int, to message: inout [UInt8]) {
        let value = UInt32(clamping: count)
        message += [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }

    /// Compares every byte whatever the first difference, so timing tells nothing about how much matched.
    static func constantTimeEqual(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool {
        guard lhs.count == rhs.count else { return false }
        var difference: UInt8 = 0
        for index in lhs.indices { difference |= lhs[index] ^ rhs[index] }
        return difference == 0
    }
}
