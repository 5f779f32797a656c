/// The thresholds that make something late, stale or worth listing (DESIGN §4): what the reminder and
/// escalation policies start from, and what configuration under `policies.*` sets — in calendar days
/// or in working days on ``calendar``.
///
/// Queries take them as parameters rather than keeping numbers of their own, and ask these methods
/// rather than counting days themselves, so a policy, a coordinator's `due` list and a letter to
/// ledningen never disagree about what counts as late.
package struct Thresholds: Sendable, Equatable {
    /// An open issue with no event for this many days is stale.
    package var staleDays: DayCount
    /// Feedback owed to a council for longer than this is late.
    package var feedbackOwedDays: DayCount
    /// A certification that expires within this many days is listed as due.
    package var certificationExpiryDays: DayCount
    /// The calendar working days are counted on.
    package var calendar: WorkingCalendar
    /// An issue should be decided this long after it was registered (`policies.no_decision`); nil
    /// when that policy is off. The council's letter gives the day and how it was counted.
    package var decisionDays: DayCount?

    package init(
        staleDays: DayCount, feedbackOwedDays: DayCount, certificationExpiryDays: DayCount,
        calendar: WorkingCalendar = .sweden, decisionDays: DayCount? = nil
    ) {
        self.decisionDays = decisionDays
        self.staleDays = staleDays
        self.feedbackOwedDays = feedbackOwedDays
        self.certificationExpiryDays = certificationExpiryDays
        self.calendar = calendar
    }

    /// DESIGN §4's defaults: stale after 45 days, feedback late after 30, certifications listed 90 days
    /// before they expire, a decision 60 days after registration (as `PoliciesConfiguration.defaults`).
    package static let defaults = Thresholds(
        staleDays: 45, feedbackOwedDays: 30, certificationExpiryDays: 90, decisionDays: 60)

    /// Whether an open issue whose last event was on `lastEventOn` is stale on `today`.
    package func isStale(lastEventOn: CalendarDate, today: CalendarDate) -> Bool {
        today >= staleDays.after(lastEventOn, in: calendar)
    }

    /// The day an issue registered on `registeredOn` should be decided by, and how it was counted;
    /// nil when no decision deadline is configured.
    package func decisionDeadline(registeredOn: CalendarDate) -> ComputedDate? {
        decisionDays.map { calendar.compute($0, from: registeredOn) }
    }

    /// Whether feedback owed since `owedSince` is late on `today`.
    package func isFeedbackLate(owedSince: CalendarDate, today: CalendarDate) -> Bool {
        today > feedbackOwedDays.after(owedSince, in: calendar)
    }

    /// The last expiry day a certification may have to be listed as due on `today`.
    package func certificationListedUntil(today: CalendarDate) -> CalendarDate {
        certificationExpiryDays.after(today, in: calendar)
    }
}
