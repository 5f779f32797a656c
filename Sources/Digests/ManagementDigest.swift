import Domain
import ReadModelTypes

/// What a unit's ledning hears each month: the month's figures beside the month before's, what is
/// late, what was escalated, which certificates run out, and which councils have waited longest.
/// Pure: which of the facts are worth a line is decided here, the words are Letters'.
package struct ManagementDigest: Sendable, Equatable {
    package var facts: ManagementDigestFacts
    package var month: CalendarMonth
    package var sentOn: CalendarDate
    package var lateSince: CalendarDate?
    /// Certificates that have run out, or run out within `expiryWarningDays`.
    package var expiring: [CertificationStatus]
    /// Councils still waiting for something, the longest wait first (at most `councilsShown`).
    package var longestWaiting: [ManagementDigestFacts.CouncilWait]

    /// As the `certification_expiry` policy warns by default.
    package static let expiryWarningDays = 90
    package static let councilsShown = 5

    /// Whether there is anything at all to report: a unit with nothing open, no councils, no
    /// certifications and nothing done in either month gets no letter.
    package var isEmpty: Bool {
        let quiet = [facts.thisMonth.total, facts.monthBefore.total].allSatisfy {
            $0.registered + $0.decided + $0.implemented == 0
        }
        return quiet && facts.openIssues == 0 && facts.councils.isEmpty && facts.certifications.isEmpty
    }

    package static func make(
        _ facts: ManagementDigestFacts, month: CalendarMonth, sentOn: CalendarDate, lateSince: CalendarDate? = nil
    ) -> ManagementDigest {
        let expiring = facts.certifications.filter { ($0.daysUntilExpiry ?? Int.max) <= expiryWarningDays }
        let waiting = facts.councils.compactMap { wait in wait.waitingSince.map { (since: $0, wait: wait) } }
            .sorted { ($0.since, $0.wait.name) < ($1.since, $1.wait.name) }.map(\.wait)
        return ManagementDigest(
            facts: facts, month: month, sentOn: sentOn, lateSince: lateSince, expiring: expiring,
            longestWaiting: Array(waiting.prefix(councilsShown)))
    }
}
