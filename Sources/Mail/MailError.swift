/// Why a message could not be made: always names the field, so the person who configured an address
/// or wrote a template knows what to fix. Nothing is sent when one is thrown.
package enum MailError: Error, Sendable, Equatable, CustomStringConvertible {
    /// CR, LF or NUL (or another control character) in a header value: refused, so no one can add a
    /// header or end the headers early through a value.
    case controlCharacter(field: String)
    /// Not an RFC 5321 mailbox (`local-part@domain`, ASCII).
    case invalidAddress(field: String, value: String, reason: String)
    /// Longer than the field allows.
    case tooLong(field: String, limit: Int)
    /// A message needs at least one recipient.
    case noRecipient
    /// The message key (the stable part of the `Message-ID`) has characters a `Message-ID` cannot carry.
    case invalidMessageKey(String)

    package var description: String {
        switch self {
        case .controlCharacter(let field):
            "\(field) contains a line break, NUL or another control character; refused so that no header can be injected"
        case .invalidAddress(let field, let value, let reason):
            "\(field) '\(value)' is not an e-mail address (\(reason))"
        case .tooLong(let field, let limit):
            "\(field) is longer than \(limit) characters"
        case .noRecipient:
            "a message needs at least one recipient"
        case .invalidMessageKey(let key):
            "message key '\(key)' may hold only letters, digits, '.', '-' and '_'"
        }
    }
}
