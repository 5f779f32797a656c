/// One certification cycle of a unit: assessments, action plan, certificate.
package struct CertificationState: Equatable, Sendable {
    /// Where the cycle is.
    package enum Stage: Equatable, Sendable {
        /// The working group assesses areas and drafts the plan.
        case assessing
        /// Ledningen adopted the plan.
        case planAdopted(on: CalendarDate, decidedBy: String)
        /// The unit is certified (the plan stays adopted).
        case certified(
            planAdoptedOn: CalendarDate, planDecidedBy: String, certifiedOn: CalendarDate, validUntil: CalendarDate)
    }

    /// The assessment of one area.
    package struct Assessment: Equatable, Sendable {
        package var fulfilled: Bool
        package var note: String?
    }

    /// One action item of the plan.
    package struct ActionItem: Equatable, Sendable {
        package var id: ActionItemID
        package var area: QualityArea
        package var action: String
        package var owner: String
        package var dueDate: CalendarDate
        package var followedUpBy: String
    }

    package var unitId: UnitID
    package var startedOn: CalendarDate
    package var renews: CertificationID?
    package var stage: Stage = .assessing
    package var assessments: [QualityArea: Assessment] = [:]
    /// Action items in the order they were added.
    package var actionItems: [ActionItem] = []

    /// Areas not assessed yet, in checklist order.
    package var unassessedAreas: [QualityArea] { QualityArea.allCases.filter { assessments[$0] == nil } }

    /// The last day the certificate is valid, once certified.
    package var validUntil: CalendarDate? {
        if case .certified(_, _, _, let until) = stage { return until }
        return nil
    }

    /// Whether the certificate has expired on `date` (false before certification).
    package func isExpired(on date: CalendarDate) -> Bool {
        guard let validUntil else { return false }
        return date > validUntil
    }

    /// Days left until expiry, counted from `date` (negative once expired); `nil` before certification.
    package func daysUntilExpiry(from date: CalendarDate) -> Int? {
        validUntil.map { date.days(until: $0) }
    }
}
