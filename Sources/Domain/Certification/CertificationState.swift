/// One certification cycle of a unit: assessments, action plan, certificate.
public struct CertificationState: Equatable, Sendable {
    /// Where the cycle is.
    public enum Stage: Equatable, Sendable {
        /// The working group assesses areas and drafts the plan.
        case assessing
        /// Ledningen adopted the plan.
        case planAdopted(on: CalendarDate, decidedBy: String)
        /// The unit is certified (the plan stays adopted).
        case certified(planAdoptedOn: CalendarDate, planDecidedBy: String, certifiedOn: CalendarDate, validUntil: CalendarDate)
    }

    /// The assessment of one area.
    public struct Assessment: Equatable, Sendable {
        public var fulfilled: Bool
        public var note: String?
    }

    /// One action item of the plan.
    public struct ActionItem: Equatable, Sendable {
        public var id: ActionItemID
        public var area: QualityArea
        public var action: String
        public var owner: String
        public var dueDate: CalendarDate
        public var followedUpBy: String
    }

    public var unitId: UnitID
    public var startedOn: CalendarDate
    public var renews: CertificationID?
    public var stage: Stage = .assessing
    public var assessments: [QualityArea: Assessment] = [:]
    /// Action items in the order they were added.
    public var actionItems: [ActionItem] = []

    /// Areas not assessed yet, in checklist order.
    public var unassessedAreas: [QualityArea] { QualityArea.allCases.filter { assessments[$0] == nil } }

    /// The last day the certificate is valid, once certified.
    public var validUntil: CalendarDate? {
        if case .certified(_, _, _, let until) = stage { return until }
        return nil
    }

    /// Whether the certificate has expired on `date` (false before certification).
    public func isExpired(on date: CalendarDate) -> Bool {
        guard let validUntil else { return false }
        return date > validUntil
    }

    /// Days left until expiry, counted from `date` (negative once expired); `nil` before certification.
    public func daysUntilExpiry(from date: CalendarDate) -> Int? {
        validUntil.map { date.days(until: $0) }
    }
}
