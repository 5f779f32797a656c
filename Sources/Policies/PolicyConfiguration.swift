import Domain

/// How one policy behaves: whether it runs, when its cause counts, when ledningen is told and how
/// often the first recipient is reminded again. Set under `policies.<name>.*` in the YAML file.
///
/// What ``thresholdDays`` counts depends on the policy, so that each number reads the way people say it
/// ("no owner after 14 days", "due within 7 days"):
///
/// | policy | the cause holds from … |
/// |---|---|
/// | `no_owner`, `no_decision` | registration + `threshold_days` |
/// | `due_soon` | the due date − `threshold_days`, until the due date |
/// | `overdue` | the day after due date + `threshold_days` (days of grace; 0 = the first day late) |
/// | `feedback_owed` | the day feedback became owed + `threshold_days` |
/// | `stale` | the day of the last event + `threshold_days` |
/// | `action_item_due` | the item's due date − `threshold_days`, and on while it is overdue |
/// | `certification_expiry` | the last valid day − `threshold_days`, and on after it has expired |
/// | `kvittens_awaited` | the day the issue was carried out (the council asked) + `threshold_days` |
///
/// Each of the three numbers is calendar days (`14`) or working days (`14 working_days`, on
/// ``PoliciesConfiguration/calendar``); see ``DayCount``.
package struct PolicyConfiguration: Sendable, Equatable {
    /// A disabled policy produces nothing at all: no reminder, no escalation.
    package var enabled: Bool
    /// See the table above; calendar days, or working days on the organisation's calendar when written
    /// `N working_days`. YAML: `threshold_days`.
    package var thresholdDays: DayCount
    /// Days after the *first* reminder for a cause when the unit's ledning is told, once; `nil` never
    /// tells ledningen. Counting from the first reminder, not from the cause, gives the one reminded a
    /// fair chance to act first. YAML: `escalate_after_days`.
    package var escalateAfterDays: DayCount?
    /// The first recipient is reminded again at most this often while the cause holds; `nil` reminds
    /// once. At least one day, so two runs on one day never remind twice. YAML: `repeat_days`.
    package var repeatDays: DayCount?

    package init(enabled: Bool = true, thresholdDays: DayCount, escalateAfterDays: DayCount?, repeatDays: DayCount?) {
        self.enabled = enabled
        self.thresholdDays = thresholdDays
        self.escalateAfterDays = escalateAfterDays
        self.repeatDays = repeatDays
    }

    /// The keys of a policy's section, as written in YAML after `policies.<name>.`.
    package static let keys = ["enabled", "threshold_days", "escalate_after_days", "repeat_days"]

    /// Days a threshold or an escalation may be: up to ten years. More is a typo, not a policy.
    package static let dayRange = 0...3650
    /// Days between reminders: at least one, so a reminder never repeats on the day it was sent.
    package static let repeatRange = 1...3650

    /// Checks the values, naming the key of the first one out of range, e.g.
    /// `policies.overdue.escalate_after_days`.
    package func validate(as policy: PolicyName) throws(PolicyConfigurationError) {
        try Self.check(thresholdDays, policy, "threshold_days", Self.dayRange)
        if let escalateAfterDays { try Self.check(escalateAfterDays, policy, "escalate_after_days", Self.dayRange) }
        if let repeatDays { try Self.check(repeatDays, policy, "repeat_days", Self.repeatRange) }
    }

    private static func check(_ value: DayCount, _ policy: PolicyName, _ key: String, _ range: ClosedRange<Int>)
        throws(PolicyConfigurationError)
    {
        guard range.contains(value.count) else {
            throw PolicyConfigurationError(
                key: "\(policy.key).\(key)", value: "\(value)",
                reason:
                    "must be a whole number of days from \(range.lowerBound) to \(range.upperBound), "
                    + "optionally followed by working_days")
        }
    }
}
