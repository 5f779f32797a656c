import Domain

/// A reminder or escalation the policies sent, as `issue show`, `escalations` and `due` list it.
package struct SentEffect: Codable, Sendable, Equatable {
    /// `reminder` or `escalation`.
    package var kind: PolicyEffectKind
    package var policy: PolicyName
    /// `issue`, `action_item` or `certification`.
    package var subjectKind: String
    package var subjectId: String
    package var unitId: UnitID
    package var unitName: String
    /// The title, the action, or the certified unit.
    package var title: String
    package var recipientKind: RecipientKey.Kind
    package var recipientId: String
    package var sentOn: CalendarDate
    /// The day it should have gone out, when it went out late.
    package var lateSince: CalendarDate?
    /// The day the cause counts from.
    package var since: CalendarDate
    /// The cause for good, e.g. `overdue:2026-05-31`.
    package var occasion: String
    package var mailId: MailID
    /// The whole thing in one Swedish sentence.
    package var text: String
    /// Who was told, as a person reads it ("Enhetschef Vuxenstöd", "Samordnaren", "Ledningen").
    package var recipientName: String
    /// What was wrong, in the past tense ("ärendet var försenat (…)"), for sentences of others' making.
    package var reason: String

    package init(
        kind: PolicyEffectKind, policy: PolicyName, subjectKind: String, subjectId: String, unitId: UnitID,
        unitName: String, title: String, recipientKind: RecipientKey.Kind, recipientId: String, sentOn: CalendarDate,
        lateSince: CalendarDate?, since: CalendarDate, occasion: String, mailId: MailID, text: String,
        recipientName: String, reason: String
    ) {
        self.kind = kind
        self.policy = policy
        self.subjectKind = subjectKind
        self.subjectId = subjectId
        self.unitId = unitId
        self.unitName = unitName
        self.title = title
        self.recipientKind = recipientKind
        self.recipientId = recipientId
        self.sentOn = sentOn
        self.lateSince = lateSince
        self.since = since
        self.occasion = occasion
        self.mailId = mailId
        self.text = text
        self.recipientName = recipientName
        self.reason = reason
    }
}
