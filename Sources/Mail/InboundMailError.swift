/// Why an inbound message was not read. Each says what was wrong so the mailgate's log tells an
/// operator whether the sender or the set-up is the cause; nothing is recorded for such a message.
package enum InboundMailError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Larger than ``InboundLimits/maxBytes``.
    case tooLarge
    /// More MIME parts than ``InboundLimits/maxParts``.
    case tooManyParts
    /// Multiparts nested deeper than ``InboundLimits/maxDepth``.
    case tooDeep
    /// A header section longer than ``InboundLimits/maxHeaderBytes`` or with more fields than
    /// ``InboundLimits/maxHeaderFields``.
    case headersTooLarge
    /// Not an RFC 5322 message at all; the reason says what was missing.
    case malformed(String)

    package var description: String {
        switch self {
        case .tooLarge:
            "the message is larger than a reply may be; send the answer as plain text without attachments"
        case .tooManyParts:
            "the message has more MIME parts than a reply may have; send the answer as plain text without attachments"
        case .tooDeep:
            "the message nests multiparts deeper than a reply may; send the answer as plain text"
        case .headersTooLarge:
            "the message's headers are longer than a reply's may be"
        case .malformed(let reason):
            "the input is not an e-mail message (\(reason)); pass the whole message, headers first, on standard input"
        }
    }
}
