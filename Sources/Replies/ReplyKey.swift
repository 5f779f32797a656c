/// A secret that signs reply tokens, with the one-byte id a token names it by, so that a rotated
/// keyring still knows which key made an older token.
///
/// The description never shows the secret, so a key printed in a log or an error leaks nothing.
package struct ReplyKey: Sendable, Equatable, CustomStringConvertible {
    /// The secret's length: HMAC-SHA256's block of strength, 256 bits.
    package static let secretLength = 32

    package let id: UInt8
    /// ``secretLength`` random bytes (see ``ReplyKeyring/generateKey(id:)``).
    package let secret: [UInt8]

    package init(id: UInt8, secret: [UInt8]) {
        self.id = id
        self.secret = secret
    }

    package var description: String { "ReplyKey(id: \(id))" }
}
