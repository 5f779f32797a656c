import Foundation

/// One e-mail the daemon sends: checked when made, so that rendering cannot fail and no value can
/// change the message's structure (see ``MailError``).
package struct MailMessage: Sendable, Equatable {
    /// Why a message goes out; a digest is bulk mail (`Precedence: bulk`), the others are not.
    package enum Kind: String, Sendable {
        case reminder, escalation, digest, test
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

    /// `<key@the sender's domain>`.
    package var messageID: String {
        "<\(messageKey)@\(from.address.split(separator: "@").last ?? "localhost")>"
    }
}
