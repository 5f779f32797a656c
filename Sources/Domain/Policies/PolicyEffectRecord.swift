/// A reminder or an escalation to ledningen that the scheduler sent, as it is recorded on its
/// subject's stream (an issue's, or a certification's for the certification and its action items).
///
/// It says which policy fired, for which occasion, the facts behind it, who was told and in which
/// message — the recipient's key, never an address.
package struct PolicyEffectRecord: Codable, Equatable, Sendable {
    package var policy: PolicyName
    /// The cause for good, e.g. `overdue:2026-05-31`: while it stays the same, the policies remember
    /// what was done for it.
    package var occasion: String
    /// The day the cause counts from: registration, the due date, the day feedback became owed, the
    /// last event, the certificate's last valid day.
    package var since: CalendarDate
    /// For `feedback_owed`: the council waiting.
    package var councilId: CouncilID?
    /// For `action_item_due`: the item, in its certification's stream.
    package var actionItemId: ActionItemID?
    package var recipient: RecipientKey
    /// The message that told them, in the outbox.
    package var mailId: MailID
    /// The day of the run that sent it, on the organisation's calendar.
    package var on: CalendarDate
    /// Set when it should have gone out on an earlier day, when the daemon was not running.
    package var lateSince: CalendarDate?
    /// For an escalation: who had been reminded, and when, before ledningen was told.
    package var remindedBefore: [EarlierReminder]

    package init(
        policy: PolicyName, occasion: String, since: CalendarDate, councilId: CouncilID? = nil,
        actionItemId: ActionItemID? = nil, recipient: RecipientKey, mailId: MailID, on: CalendarDate,
        lateSince: CalendarDate? = nil, remindedBefore: [EarlierReminder] = []
    ) {
        self.policy = policy
        self.occasion = occasion
        self.since = since
        self.councilId = councilId
        self.actionItemId = actionItemId
        self.recipient = recipient
        self.mailId = mailId
        self.on = on
        self.lateSince = lateSince
        self.remindedBefore = remindedBefore
    }

    /// A reminder recorded before an escalation.
    package struct EarlierReminder: Codable, Equatable, Sendable {
        package var recipient: RecipientKey
        package var on: CalendarDate
        package init(recipient: RecipientKey, on: CalendarDate) {
            self.recipient = recipient
            self.on = on
        }
    }
}

/// A reminder goes to whoever can act; an escalation tells ledningen.
package enum PolicyEffectKind: String, CaseIterable, Sendable, Codable {
    case reminder
    case escalation
}

/// The events that record a policy's effect: the record's fields are the event's data, flat.
package protocol PolicyEffectEvent: EventPayload {
    var effect: PolicyEffectRecord { get }
    init(_ effect: PolicyEffectRecord)
}

extension PolicyEffectEvent {
    package init(from decoder: any Decoder) throws { self.init(try PolicyEffectRecord(from: decoder)) }
    package func encode(to encoder: any Encoder) throws { try effect.encode(to: encoder) }
}

/// Someone was reminded about an issue: its owner, or the unit's coordinator.
package struct IssueReminderSent: PolicyEffectEvent {
    package static let eventType = "IssueReminderSent"
    package static let schemaVersion = 1
    package var effect: PolicyEffectRecord
    package init(_ effect: PolicyEffectRecord) { self.effect = effect }
}

/// The unit's ledning was told that an issue has waited too long.
package struct IssueEscalationSent: PolicyEffectEvent {
    package static let eventType = "IssueEscalationSent"
    package static let schemaVersion = 1
    package var effect: PolicyEffectRecord
    package init(_ effect: PolicyEffectRecord) { self.effect = effect }
}

/// Someone was reminded about a certification or one of its action items.
package struct CertificationReminderSent: PolicyEffectEvent {
    package static let eventType = "CertificationReminderSent"
    package static let schemaVersion = 1
    package var effect: PolicyEffectRecord
    package init(_ effect: PolicyEffectRecord) { self.effect = effect }
}

/// The unit's ledning was told about a certification, or one of its action items, that waited too long.
package struct CertificationEscalationSent: PolicyEffectEvent {
    package static let eventType = "CertificationEscalationSent"
    package static let schemaVersion = 1
    package var effect: PolicyEffectRecord
    package init(_ effect: PolicyEffectRecord) { self.effect = effect }
}
