import Foundation
import Mail

/// Replies by mail (issue 31): `mail.reply_to` and `mail.reply_token.*`, validated. Without it letters
/// carry no reply address and say nothing about answering by mail.
package struct ReplyConfiguration: Sendable, Equatable {
    /// The reply address with ``placeholder`` where the token goes, e.g. `tredjekraft+{token}@kommun.se`.
    package var address: String
    /// `mail.reply_token.key_file`; `nil`: ``ReplyKeyStore/defaultFileName`` in the state directory.
    package var keyFile: String?
    /// How many days after the letter was queued its token is valid (`mail.reply_token.valid_days`).
    package var validDays: Int

    package static let placeholder = "{token}"
    package static let defaultValidDays = 60
    package static let validDaysRange = 1...3650
    /// The longest token: the address must still be one when it holds one.
    static let longestToken = String(repeating: "a", count: 50)

    /// Checks `address`: ``placeholder`` exactly once, in the part before `@`, and an e-mail address
    /// once a token is put in. The error says what is wrong in English, for the configuration's message.
    package init(address: String, keyFile: String? = nil, validDays: Int = defaultValidDays) throws(MailError) {
        let parts = address.components(separatedBy: Self.placeholder)
        guard parts.count == 2 else {
            throw .invalidAddress(
                field: "mail.reply_to", value: address,
                reason:
                    "it must contain \(Self.placeholder) exactly once, e.g. tredjekraft+\(Self.placeholder)@kommun.se")
        }
        guard !parts[0].contains("@"), parts[1].contains("@") else {
            throw .invalidAddress(
                field: "mail.reply_to", value: address, reason: "\(Self.placeholder) must be in the part before @")
        }
        _ = try Mailbox(parts[0] + Self.longestToken + parts[1], field: "mail.reply_to")
        self.address = address
        self.keyFile = keyFile
        self.validDays = validDays
    }
}
