import Domain

/// All nine policies and the time of the daily run: the `policies:` section of the YAML file.
///
/// ``defaults`` follows DESIGN §4 for the thresholds. For the rest it chooses, so that a silence never
/// goes on unnoticed and nobody is nagged daily:
///
/// - Reminders repeat every **7 days** while the cause holds: a weekly nudge, the rhythm of most units'
///   meetings.
/// - Ledningen is told **14 days after the first reminder**: two reminders' worth of chance to act.
///   Not for `due_soon` (nothing is late yet), `no_owner` (giving an owner is the coordinator's own
///   task) or `action_item_due` (the one who follows the plan up is the check ledningen set up);
///   DESIGN §4 names ledningen for the others. An operator can turn it on for any of them.
/// - `kvittens_awaited` reminds the coordinator 60 days after the change was carried out and then every
///   **30 days**, the rhythm of the councils' meetings; ledningen is not told unless configured.
/// - The run is at 07:00 local time, before the working day.
/// - A run on a day that is not a working day sends nothing; what fell due goes out on the next
///   working day (`policies.on_non_working_days: next_working_day`).
package struct PoliciesConfiguration: Sendable, Equatable {
    package var noOwner: PolicyConfiguration
    package var noDecision: PolicyConfiguration
    package var dueSoon: PolicyConfiguration
    package var overdue: PolicyConfiguration
    package var feedbackOwed: PolicyConfiguration
    package var stale: PolicyConfiguration
    package var actionItemDue: PolicyConfiguration
    package var certificationExpiry: PolicyConfiguration
    /// Brukarkvittens awaited: reminds the coordinator; ledningen is not told by default.
    package var kvittensAwaited: PolicyConfiguration = Self.defaultKvittensAwaited
    /// When the daily run happens, on the organisation's clock. YAML: `policies.run_at`.
    package var runAt: TimeOfDay
    /// The working days that thresholds given as `N working_days` count, and the days on which
    /// reminders wait (see ``onNonWorkingDays``). YAML: `calendar.closed` (the holidays are Sweden's).
    package var calendar: WorkingCalendar
    /// Whether a run on a weekend, holiday or closed day sends. YAML: `policies.on_non_working_days`.
    package var onNonWorkingDays: NonWorkingDayRule

    package init(
        noOwner: PolicyConfiguration, noDecision: PolicyConfiguration, dueSoon: PolicyConfiguration,
        overdue: PolicyConfiguration, feedbackOwed: PolicyConfiguration, stale: PolicyConfiguration,
        actionItemDue: PolicyConfiguration, certificationExpiry: PolicyConfiguration, runAt: TimeOfDay,
        calendar: WorkingCalendar = .sweden, onNonWorkingDays: NonWorkingDayRule = .nextWorkingDay
    ) {
        self.noOwner = noOwner
        self.noDecision = noDecision
        self.dueSoon = dueSoon
        self.overdue = overdue
        self.feedbackOwed = feedbackOwed
        self.stale = stale
        self.actionItemDue = actionItemDue
        self.certificationExpiry = certificationExpiry
        self.runAt = runAt
        self.calendar = calendar
        self.onNonWorkingDays = onNonWorkingDays
    }

    /// `kvittens_awaited` in ``defaults``: 60 days after the change was carried out, again every 30 days.
    package static let defaultKvittensAwaited = PolicyConfiguration(
        thresholdDays: 60, escalateAfterDays: nil, repeatDays: 30)

    /// Days between reminders in ``defaults``.
    package static let defaultRepeatDays = 7
    /// Days from the first reminder to ledningen in ``defaults``.
    package static let defaultEscalateAfterDays = 14

    /// DESIGN §4's thresholds: no owner after 14 days, no decision 60 days after registration, due
    /// within 7 days, overdue from the first day after the due date, feedback owed for 30 days, no event
    /// for 45 days, action items due within 7 days or overdue, certificates expiring within 90 days.
    /// Repeats and escalations as described on the type.
    package static let defaults: PoliciesConfiguration = {
        let repeatDays = DayCount(defaultRepeatDays)
        let escalate = DayCount(defaultEscalateAfterDays)
        return PoliciesConfiguration(
            noOwner: PolicyConfiguration(thresholdDays: 14, escalateAfterDays: nil, repeatDays: repeatDays),
            noDecision: PolicyConfiguration(thresholdDays: 60, escalateAfterDays: escalate, repeatDays: repeatDays),
            dueSoon: PolicyConfiguration(thresholdDays: 7, escalateAfterDays: nil, repeatDays: repeatDays),
            overdue: PolicyConfiguration(thresholdDays: 0, escalateAfterDays: escalate, repeatDays: repeatDays),
            feedbackOwed: PolicyConfiguration(thresholdDays: 30, escalateAfterDays: escalate, repeatDays: repeatDays),
            stale: PolicyConfiguration(thresholdDays: 45, escalateAfterDays: escalate, repeatDays: repeatDays),
            actionItemDue: PolicyConfiguration(thresholdDays: 7, escalateAfterDays: nil, repeatDays: repeatDays),
            certificationExpiry: PolicyConfiguration(
                thresholdDays: 90, escalateAfterDays: escalate, repeatDays: repeatDays),
            runAt: TimeOfDay(hour: 7, minute: 0))
    }()

    /// Whether a run on `day` sends: always on a working day, and on other days only with
    /// `on_non_working_days: send`.
    package func sends(on day: CalendarDate) -> Bool {
        onNonWorkingDays == .send || calendar.isWorkingDay(day)
    }

    /// One policy's configuration by name, for code that goes through all of them.
    package subscript(policy: PolicyName) -> PolicyConfiguration {
        get {
            switch policy {
            case .noOwner: noOwner
            case .noDecision: noDecision
            case .dueSoon: dueSoon
            case .overdue: overdue
            case .feedbackOwed: feedbackOwed
            case .stale: stale
            case .actionItemDue: actionItemDue
            case .certificationExpiry: certificationExpiry
            case .kvittensAwaited: kvittensAwaited
            }
        }
        set {
            switch policy {
            case .noOwner: noOwner = newValue
            case .noDecision: noDecision = newValue
            case .dueSoon: dueSoon = newValue
            case .overdue: overdue = newValue
            case .feedbackOwed: feedbackOwed = newValue
            case .stale: stale = newValue
            case .actionItemDue: actionItemDue = newValue
            case .certificationExpiry: certificationExpiry = newValue
            case .kvittensAwaited: kvittensAwaited = newValue
            }
        }
    }

    /// Every key the section may hold, as written in YAML: `policies.run_at` and
    /// `policies.<name>.<key>` for each policy, so the loader can refuse a misspelt one.
    package static let keys: Set<String> = Set(
        ["policies.run_at", "policies.on_non_working_days"]
            + PolicyName.allCases.flatMap { policy in PolicyConfiguration.keys.map { "\(policy.key).\($0)" } })

    /// Checks every value, naming the key of the first one out of range (policies in ``PolicyName``
    /// order, then `policies.run_at`).
    package func validate() throws(PolicyConfigurationError) {
        for policy in PolicyName.allCases { try self[policy].validate(as: policy) }
        try runAt.validate()
    }

    /// The thresholds the read models take, from the same numbers, so a coordinator's `due` list and
    /// the reminders agree on what is stale, owed too long or about to expire.
    package var thresholds: Thresholds {
        Thresholds(
            staleDays: stale.thresholdDays, feedbackOwedDays: feedbackOwed.thresholdDays,
            certificationExpiryDays: certificationExpiry.thresholdDays, calendar: calendar,
            decisionDays: noDecision.enabled ? noDecision.thresholdDays : nil)
    }
}
