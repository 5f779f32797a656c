/// The thresholds in days that make something late, stale or worth listing (DESIGN §4): what the
/// reminder and escalation policies start from, and what configuration under `policies.*` will set.
///
/// Queries take them as parameters rather than keeping numbers of their own, so a policy, a coordinator's
/// `due` list and a letter to ledningen never disagree about what counts as late.
package struct Thresholds: Sendable, Equatable {
    /// An open issue with no event for this many days is stale.
    package var staleDays: Int
    /// Feedback owed to a council for longer than this is late.
    package var feedbackOwedDays: Int
    /// A certification that expires within this many days is listed as due.
    package var certificationExpiryDays: Int

    package init(staleDays: Int, feedbackOwedDays: Int, certificationExpiryDays: Int) {
        self.staleDays = staleDays
        self.feedbackOwedDays = feedbackOwedDays
        self.certificationExpiryDays = certificationExpiryDays
    }

    /// DESIGN §4's defaults: stale after 45 days, feedback late after 30, certifications listed 90 days
    /// before they expire.
    package static let defaults = Thresholds(staleDays: 45, feedbackOwedDays: 30, certificationExpiryDays: 90)
}
