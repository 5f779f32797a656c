/// `ShowMail`: a message as it went out, or a printed letter's file, by the message's id or (for a
/// printed letter) the digest's — one part at a time, in chunks, so a long letter fits the socket's
/// frames.
package struct ShowMailParameters: Codable, Sendable, Equatable {
    package var id: String
    /// `"text"` (the default) or `"html"`. A printed letter has only its HTML.
    package var part: String?
    /// Where in the part to start, in Unicode scalars; the previous reply's `nextOffset`.
    package var offset: Int?

    package init(id: String, part: String? = nil, offset: Int? = nil) {
        self.id = id
        self.part = part
        self.offset = offset
    }
}

package struct ShowMailReply: Codable, Sendable, Equatable {
    /// `"mail"` for a message of the outbox, `"printed"` for a digest printed as a file.
    package var kind: String
    /// The whole id of the message, or of the printed digest.
    package var id: String
    package var recipientKind: String
    package var recipientId: String
    package var recipientName: String?
    package var purpose: String
    package var subject: String
    /// The outbox's stage (as `ListMail`'s), for a message.
    package var state: String?
    /// When it was queued or printed, and when sendmail accepted it (ISO 8601 with the organisation's offset).
    package var queuedAt: String?
    package var deliveredAt: String?
    /// A printed letter's file, relative to the daemon's state directory.
    package var printedAs: String?
    /// The part this reply carries, and whether the message has an HTML part at all.
    package var part: String
    package var hasHtml: Bool
    /// The part's text from `offset` on; `nextOffset` is set when more follows.
    package var content: String
    package var offset: Int
    package var nextOffset: Int?

    package init(
        kind: String, id: String, recipientKind: String, recipientId: String, recipientName: String?,
        purpose: String, subject: String, state: String?, queuedAt: String?, deliveredAt: String?,
        printedAs: String?, part: String, hasHtml: Bool, content: String, offset: Int, nextOffset: Int?
    ) {
        self.kind = kind
        self.id = id
        self.recipientKind = recipientKind
        self.recipientId = recipientId
        self.recipientName = recipientName
        self.purpose = purpose
        self.subject = subject
        self.state = state
        self.queuedAt = queuedAt
        self.deliveredAt = deliveredAt
        self.printedAs = printedAs
        self.part = part
        self.hasHtml = hasHtml
        self.content = content
        self.offset = offset
        self.nextOffset = nextOffset
    }
}
