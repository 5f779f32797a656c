import Domain

/// What a reply token lets its holder do: answer one letter, as the recipient it was for, about the
/// subjects it named, until a day. The token carries only the letter and the day; the recipient and
/// the subjects are what the MAC binds, so the receiving side looks them up from the letter it sent.
package struct ReplyGrant: Sendable, Equatable {
    /// The letter (the `MailQueued` stream's id).
    package var mail: MailID
    /// Whom the letter was for; the MAC covers its kind and ``RecipientKey/matchKey``.
    package var recipient: RecipientKey
    /// The issues it may act on; the MAC covers them as a set (sorted, each once).
    package var subjects: [IssueID]
    /// The last day the token is valid.
    package var expires: CalendarDate

    package init(mail: MailID, recipient: RecipientKey, subjects: [IssueID], expires: CalendarDate) {
        self.mail = mail
        self.recipient = recipient
        self.subjects = subjects
        self.expires = expires
    }
}
