import Replies

/// How the daemon takes mail that comes in: `mail.inbound.*`, and the reply address and keys that
/// tokens are read with (nil when replies are not configured: every reply is then refused as
/// having no token).
package struct InboundMailSettings: Sendable {
    /// `mail.inbound.max_per_sender_per_hour`: more messages than this from one address within an
    /// hour are recorded and not answered (a loop with another robot ends here).
    package var maxPerSenderPerHour: Int
    /// `mail.reply_to`: the address template with `{token}`.
    package var replyTo: String?
    /// The keyring tokens are checked with, read when a message comes (rotation needs no restart).
    package var keyring: (@Sendable () throws -> ReplyKeyring)?

    package static let defaultMaxPerSenderPerHour = 20

    package init(
        maxPerSenderPerHour: Int = Self.defaultMaxPerSenderPerHour, replyTo: String? = nil,
        keyring: (@Sendable () throws -> ReplyKeyring)? = nil
    ) {
        self.maxPerSenderPerHour = maxPerSenderPerHour
        self.replyTo = replyTo
        self.keyring = keyring
    }
}
