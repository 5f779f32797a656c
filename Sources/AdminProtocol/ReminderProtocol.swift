import Domain
import ReadModelTypes

/// `PreviewReminders`: what the reminder and escalation policies would send on `date` (default today),
/// sending nothing.
package struct PreviewRemindersParameters: Codable, Sendable, Equatable {
    package var date: CalendarDate?
    package init(date: CalendarDate? = nil) { self.date = date }
}

/// One thing a message reminds of.
package struct ReminderItem: Codable, Sendable, Equatable {
    /// `no_owner`, `no_decision`, `due_soon`, `overdue`, `feedback_owed`, `stale`, `action_item_due` or
    /// `certification_expiry`.
    package var policy: String
    /// `reminder` or `escalation` (to ledningen).
    package var kind: String
    /// The stream of what it concerns, e.g. `issue-<uuid>`.
    package var stream: String
    /// What makes it happen once: the policy's cause and since when.
    package var occasion: String
    package var since: CalendarDate

    package init(policy: String, kind: String, stream: String, occasion: String, since: CalendarDate) {
        self.policy = policy
        self.kind = kind
        self.stream = stream
        self.occasion = occasion
        self.since = since
    }
}

/// One message the run would send: to whom (by key), whether the key has an address, and its text.
package struct ReminderPreview: Codable, Sendable, Equatable {
    package var recipientKind: String
    package var recipientId: String
    package var recipientName: String?
    package var hasAddress: Bool
    /// `reminder` or `escalation`.
    package var purpose: String
    package var subject: String
    package var text: String
    package var items: [ReminderItem]

    package init(
        recipientKind: String, recipientId: String, recipientName: String?, hasAddress: Bool, purpose: String,
        subject: String, text: String, items: [ReminderItem]
    ) {
        self.recipientKind = recipientKind
        self.recipientId = recipientId
        self.recipientName = recipientName
        self.hasAddress = hasAddress
        self.purpose = purpose
        self.subject = subject
        self.text = text
        self.items = items
    }
}

package struct PreviewRemindersReply: Codable, Sendable, Equatable {
    package var date: CalendarDate
    package var messages: [ReminderPreview]
    /// Set when `date` is not a working day and nothing is sent on such days
    /// (`policies.on_non_working_days: next_working_day`): why, in Swedish ("långfredagen").
    package var notAWorkingDay: String?
    /// With ``notAWorkingDay``: the day what falls due then goes out.
    package var nextWorkingDay: CalendarDate?
    package init(
        date: CalendarDate, messages: [ReminderPreview], notAWorkingDay: String? = nil,
        nextWorkingDay: CalendarDate? = nil
    ) {
        self.date = date
        self.messages = messages
        self.notAWorkingDay = notAWorkingDay
        self.nextWorkingDay = nextWorkingDay
    }
}

/// `RunReminders`: what a run now did.
package struct RunRemindersReply: Codable, Sendable, Equatable {
    package var date: CalendarDate
    package var reminders: Int
    package var escalations: Int
    package var messages: Int
    /// Set when what the run recorded is stored but the read models did not show it yet when the
    /// reply was sent; absent otherwise (and from daemons before it existed).
    package var lag: ReadModelLag?
    package init(date: CalendarDate, reminders: Int, escalations: Int, messages: Int, lag: ReadModelLag? = nil) {
        self.date = date
        self.reminders = reminders
        self.escalations = escalations
        self.messages = messages
        self.lag = lag
    }
}

/// `ListEscalations`: of one unit (an id or a unique prefix), or all.
package struct ListEscalationsParameters: Codable, Sendable, Equatable {
    package var unitId: String?
    package init(unitId: String? = nil) { self.unitId = unitId }
}

package struct ListEscalationsReply: Codable, Sendable, Equatable {
    package var escalations: [SentEffect]
    package init(escalations: [SentEffect]) { self.escalations = escalations }
}
