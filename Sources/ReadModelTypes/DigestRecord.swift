import Domain

/// A monthly digest that went out, as `digest list` shows it: to whom, for which month, how, and what
/// feedback it gave once delivered.
package struct DigestRecord: Codable, Sendable, Equatable {
    package var digestId: DigestID
    package var month: CalendarMonth
    package var recipientKind: RecipientKey.Kind
    package var recipientId: String
    /// The council's or unit's name.
    package var recipientName: String
    package var sentOn: CalendarDate
    package var lateSince: CalendarDate?
    /// The e-mail in the outbox, or `nil` when the digest was printed.
    package var mailId: MailID?
    /// Where the printable letter was written, relative to the state directory.
    package var printedAs: String?
    /// When sendmail accepted the e-mail.
    package var deliveredOn: CalendarDate?
    package var items: Int
    /// Feedback the digest reported, and how much of it was recorded as given when it was delivered.
    package var reported: Int
    package var cleared: Int?

    package init(
        digestId: DigestID, month: CalendarMonth, recipientKind: RecipientKey.Kind, recipientId: String,
        recipientName: String, sentOn: CalendarDate, lateSince: CalendarDate?, mailId: MailID?, printedAs: String?,
        deliveredOn: CalendarDate?, items: Int, reported: Int, cleared: Int?
    ) {
        self.digestId = digestId
        self.month = month
        self.recipientKind = recipientKind
        self.recipientId = recipientId
        self.recipientName = recipientName
        self.sentOn = sentOn
        self.lateSince = lateSince
        self.mailId = mailId
        self.printedAs = printedAs
        self.deliveredOn = deliveredOn
        self.items = items
        self.reported = reported
        self.cleared = cleared
    }
}
