/// `RotateReplyTokenKey`'s reply: what the rotation did, never a secret.
package struct RotateReplyTokenKeyReply: Codable, Sendable, Equatable {
    /// The new current key's id (1-255), as tokens name it.
    package var keyId: Int
    /// Older keys kept, so that letters sent before can still be answered until their tokens expire.
    package var keysKept: Int
    /// Older keys dropped: no token they signed can still be valid.
    package var keysDropped: Int
    /// How long a token is valid (`mail.reply_token.valid_days`), so how long an old key is kept.
    package var validDays: Int
    /// The key file that was rewritten.
    package var file: String

    package init(keyId: Int, keysKept: Int, keysDropped: Int, validDays: Int, file: String) {
        self.keyId = keyId
        self.keysKept = keysKept
        self.keysDropped = keysDropped
        self.validDays = validDays
        self.file = file
    }
}
