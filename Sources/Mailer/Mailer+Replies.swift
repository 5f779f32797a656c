import Domain
import Foundation
import Mail
import Replies

/// The reply address of a letter that can be answered (issue 31), made at delivery: the token signs
/// the letter, its recipient, the issues its items lead to and a last valid day. The address is never
/// stored in an event; the same letter gets the same address on every attempt with the same key.
extension Mailer {
    /// `Reply-To` for `queued`, or `nil` when the letter asks for no answer or replies by mail are not
    /// configured.
    ///
    /// - Throws: ``ReplyKeyStoreError`` when the keys cannot be read, `MailError` when the configured
    ///   address cannot carry the token.
    func replyAddress(_ id: MailID, _ queued: MailQueued, from: Mailbox, _ configuration: MailerConfiguration)
        throws -> Mailbox?
    {
        guard let replies = configuration.replies, let keys = replyKeys, !queued.answerable.isEmpty else {
            return nil
        }
        let queuedOn = CalendarDate(queued.queuedAt.date, timeZone: clock.timeZone)
        let grant = Self.replyGrant(id, queued, expires: queuedOn.adding(days: replies.validDays))
        let token = try keys.keyring().token(for: grant)
        return try Mailbox(
            ReplyToken.address(token, template: replies.address), displayName: from.displayName, field: "Reply-To")
    }

    /// What a letter's token grants: the letter, its recipient, the issues of its answerable items
    /// (each once, in the letter's order) until `expires`. Whoever verifies a reply's token builds the
    /// grant here, with the token's own last day, so both sides sign the same thing.
    package static func replyGrant(_ id: MailID, _ queued: MailQueued, expires: CalendarDate) -> ReplyGrant {
        var subjects: [IssueID] = []
        for item in queued.answerable where !subjects.contains(item.issue) { subjects.append(item.issue) }
        return ReplyGrant(mail: id, recipient: queued.recipient, subjects: subjects, expires: expires)
    }
}
