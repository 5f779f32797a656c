import Domain
import ReadModelTypes

/// What a unit's ledning digest is made from: the month's figures beside the month before's, and
/// what is late, escalated, expiring or waiting.
package struct ManagementDigestFacts: Sendable, Equatable {
    package var unitId: UnitID
    package var unitName: String
    package var thisMonth: Statistics
    package var monthBefore: Statistics
    /// Open issues past their planned date, most late first.
    package var overdue: [IssueSummary]
    /// Escalations to this ledning in the month, with the title of what they were about.
    package var escalations: [SentEffect]
    /// The unit's certifications, with days until they expire.
    package var certifications: [CertificationStatus]
    /// The unit's councils and what they wait for.
    package var councils: [CouncilWait]
    /// Open issues of the unit now.
    package var openIssues: Int

    package init(
        unitId: UnitID, unitName: String, thisMonth: Statistics, monthBefore: Statistics, overdue: [IssueSummary],
        escalations: [SentEffect], certifications: [CertificationStatus], councils: [CouncilWait], openIssues: Int
    ) {
        self.unitId = unitId
        self.unitName = unitName
        self.thisMonth = thisMonth
        self.monthBefore = monthBefore
        self.overdue = overdue
        self.escalations = escalations
        self.certifications = certifications
        self.councils = councils
        self.openIssues = openIssues
    }

    /// How long one council has waited: for feedback, and for its proposals to become issues.
    package struct CouncilWait: Sendable, Equatable {
        package var councilId: CouncilID
        package var name: String
        package var feedbackOwed: Int
        package var feedbackOwedSince: CalendarDate?
        package var proposalsWithoutIssue: Int
        package var oldestWithoutIssueSince: CalendarDate?
        package var undecided: Int
        package var oldestUndecidedSince: CalendarDate?

        package init(
            councilId: CouncilID, name: String, feedbackOwed: Int, feedbackOwedSince: CalendarDate?,
            proposalsWithoutIssue: Int, oldestWithoutIssueSince: CalendarDate?, undecided: Int,
            oldestUndecidedSince: CalendarDate?
        ) {
            self.councilId = councilId
            self.name = name
            self.feedbackOwed = feedbackOwed
            self.feedbackOwedSince = feedbackOwedSince
            self.proposalsWithoutIssue = proposalsWithoutIssue
            self.oldestWithoutIssueSince = oldestWithoutIssueSince
            self.undecided = undecided
            self.oldestUndecidedSince = oldestUndecidedSince
        }

        /// The day since which the council has waited for something, whichever is oldest.
        package var waitingSince: CalendarDate? {
            [feedbackOwedSince, oldestWithoutIssueSince, oldestUndecidedSince].compactMap { $0 }.min()
        }
    }
}
