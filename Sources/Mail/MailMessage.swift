import Foundation

/// One e-mail the daemon sends: checked when made, so that rendering cannot fail and no value can
/// change the message's structure (see ``MailError``).
package struct MailMessage: Sendable, Equatable {
    /// Why a message goes out; a digest is bulk mail (`Precedence: bulk`), the others are not.
    package enum Kind: String, Sendable {
        case reminder, escalation, digest, test
        /// An answer to mail that came in (`Auto-Submitted: auto-replied`, RFC 3834).
        case reply
    }

    package let from: Mailbox
    package let to: [Mailbox]
    package let subject: String
    package let kind: Kind
    /// When the message was made; `Date` shows it in ``timeZone``.
    package let date: Date
    package let timeZone: TimeZone
    /// The stable part of the `Message-ID`: the same for every attempt at the same message, so a
    /// message sent twice (accepted by sendmail, then the daemon died before recording it) is
    /// recognisably the same one.
    package let messageKey: String
    package let text: String
    /// The same content as simple HTML, sent as the second part of `multipart/alternative`.
    package let html: String?
    /// The Message-ID (without angle brackets) of the message this one answers: `In-Reply-To` and
    /// `References`, so the answer is threaded with it. Set only through ``replying(to:)``, checked.
    package private(set) var inReplyTo: String?
    /// Where a reply goes (`Reply-To:`), when it is not the sender: the address with a letter's reply
    /// token. A ``Mailbox`` is checked when made, so it cannot carry a second header.
    package let replyTo: Mailbox?

    /// The longest subject accepted: a subject is a line, not a paragraph.
    package static let subjectLimit = 200

    package init(
        from: Mailbox, to: [Mailbox], subject: String, kind: Kind, date: Date, timeZone: TimeZone,
        messageKey: String, text: String, html: String? = nil, replyTo: Mailbox? = nil
    ) throws(MailError) {
        guard !to.isEmpty else { throw .noRecipient }
        try HeaderText.check(subject, field: "Subject", limit: Self.subjectLimit)
        guard !messageKey.isEmpty, messageKey.utf8.count <= 200,
            messageKey.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) })
        else { throw .invalidMessageKey(messageKey) }
        self.from = from
        self.to = to
        self.subject = subject
        self.kind = kind
        self.date = date
        self.timeZone = timeZone
        self.messageKey = messageKey
        self.text = text
        self.html = html
        self.replyTo = replyTo
    }

    /// The same message as an answer to the message with `messageID`: a received id, so it is checked
    /// as one (printable ASCII, no spaces or angle brackets, `left@right`, at most 250 octets) before
    /// it may enter a header.
    package func replying(to messageID: String) throws(MailError) -> MailMessage {
        let bytes = Array(messageID.utf8)
        guard (3...250).contains(bytes.count), bytes.allSatisfy({ (0x21...0x7e).contains($0) }),
            !bytes.contains(where: { "<>\",;\\()[]".utf8.contains($0) }),
            messageID.split(separator: "@", omittingEmptySubsequences: false).count == 2,
            !messageID.hasPrefix("@"), !messageID.hasSuffix("@")
        else { throw .controlCharacter(field: "In-Reply-To") }
        var message = self
        message.inReplyTo = messageID
        return message
    }

    /// `<key@the sender's domain>`.
    package var messageID: String {
        "<\(messageKey)@\(from.address.split(separator: "@").last ?? "localhost")>"
    }
}
