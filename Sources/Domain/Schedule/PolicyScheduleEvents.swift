/// What started a run of the policies.
package enum PolicyRunTrigger: String, Codable, Sendable, CaseIterable {
    /// The daily run at `policies.run_at`, or the catch-up for it after the daemon was down.
    case scheduled
    /// `tredjekraft reminders run`.
    case manual
}

/// The policies ran for a day. Their effects are events on their subjects' streams; this records the
/// run itself, so that the scheduled run of a day happens once and a missed day is known to be missed.
package struct PoliciesRan: EventPayload {
    package static let eventType = "PoliciesRan"
    package static let schemaVersion = 1
    /// The day the run was for, on the organisation's calendar.
    package var day: CalendarDate
    package var trigger: PolicyRunTrigger
    package var startedAt: Timestamp
    package var finishedAt: Timestamp
    /// A scheduled run made after its time had passed by a day or more: the daemon was not running.
    package var late: Bool
    package var reminders: Int
    package var escalations: Int
    package var messages: Int

    package init(
        day: CalendarDate, trigger: PolicyRunTrigger, startedAt: Timestamp, finishedAt: Timestamp, late: Bool,
        reminders: Int, escalations: Int, messages: Int
    ) {
        self.day = day
        self.trigger = trigger
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.late = late
        self.reminders = reminders
        self.escalations = escalations
        self.messages = messages
    }
}

/// The monthly digests for a month went out: one event per run, so that a month's scheduled digests
/// are sent once and a missed sending day is known to be missed. Each digest is its own event
/// (`DigestSent`), on its own stream.
package struct DigestsRan: EventPayload {
    package static let eventType = "DigestsRan"
    package static let schemaVersion = 1
    /// The month the digests covered.
    package var month: CalendarMonth
    /// The day they went out, on the organisation's calendar.
    package var day: CalendarDate
    package var trigger: PolicyRunTrigger
    package var startedAt: Timestamp
    package var finishedAt: Timestamp
    /// Sent after their sending day had passed: the daemon was not running.
    package var late: Bool
    /// Digests queued as e-mail.
    package var mailed: Int
    /// Digests written as printable letters (councils without an address).
    package var printed: Int

    package init(
        month: CalendarMonth, day: CalendarDate, trigger: PolicyRunTrigger, startedAt: Timestamp,
        finishedAt: Timestamp, late: Bool, mailed: Int, printed: Int
    ) {
        self.month = month
        self.day = day
        self.trigger = trigger
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.late = late
        self.mailed = mailed
        self.printed = printed
    }
}

/// Everything that can happen to the schedule.
package enum PolicyScheduleEvent: Equatable, Sendable {
    case ran(PoliciesRan)
    case digestsRan(DigestsRan)

    package var payload: any EventPayload {
        switch self {
        case .ran(let p): p
        case .digestsRan(let p): p
        }
    }
}
