/// How much of an inbound message is read: anything beyond is refused before it costs memory or time,
/// since anyone can send the daemon mail.
package struct InboundLimits: Sendable, Equatable {
    /// The whole message, headers and body, in octets; checked before anything is parsed.
    package var maxBytes: Int
    /// MIME parts counted over the whole tree, multiparts included.
    package var maxParts: Int
    /// Multiparts inside multiparts; the message itself is depth 0.
    package var maxDepth: Int
    /// The header section of the message or of any one part, in octets.
    package var maxHeaderBytes: Int
    /// Header fields of the message or of any one part.
    package var maxHeaderFields: Int

    package init(
        maxBytes: Int = 2 * 1024 * 1024, maxParts: Int = 100, maxDepth: Int = 8, maxHeaderBytes: Int = 64 * 1024,
        maxHeaderFields: Int = 500
    ) {
        self.maxBytes = maxBytes
        self.maxParts = maxParts
        self.maxDepth = maxDepth
        self.maxHeaderBytes = maxHeaderBytes
        self.maxHeaderFields = maxHeaderFields
    }

    /// 2 MiB, 100 parts, 8 levels, 64 KiB and 500 fields of headers: far more than a reply typed in a
    /// mail client needs (a reply with a few attachments fits), far less than hurts the daemon.
    package static let standard = InboundLimits()
}
