/// A certification cycle started for a unit; a renewal names the cycle it renews.
public struct CertificationStarted: EventPayload {
    public static let eventType = "CertificationStarted"
    public static let schemaVersion = 1
    public var unitId: UnitID
    public var startedOn: CalendarDate
    /// The previous cycle, when this one is a renewal.
    public var renews: CertificationID?
    public init(unitId: UnitID, startedOn: CalendarDate, renews: CertificationID? = nil) {
        self.unitId = unitId
        self.startedOn = startedOn
        self.renews = renews
    }
}

/// The working group assessed one quality area against the checklist.
public struct QualityAreaAssessed: EventPayload {
    public static let eventType = "QualityAreaAssessed"
    public static let schemaVersion = 1
    public var area: QualityArea
    /// Whether the unit already meets the checklist for this area.
    public var fulfilled: Bool
    public var note: String?
    public init(area: QualityArea, fulfilled: Bool, note: String? = nil) {
        self.area = area
        self.fulfilled = fulfilled
        self.note = note
    }
}

/// An action item (åtgärd) was added to the action plan (handlingsplan).
public struct ActionItemAdded: EventPayload {
    public static let eventType = "ActionItemAdded"
    public static let schemaVersion = 1
    public var actionItemId: ActionItemID
    public var area: QualityArea
    public var action: String
    /// Who is responsible: a role or an official, never a service user.
    public var owner: String
    public var dueDate: CalendarDate
    /// Who follows up that it was done.
    public var followedUpBy: String
    public init(actionItemId: ActionItemID, area: QualityArea, action: String, owner: String, dueDate: CalendarDate, followedUpBy: String) {
        self.actionItemId = actionItemId
        self.area = area
        self.action = action
        self.owner = owner
        self.dueDate = dueDate
        self.followedUpBy = followedUpBy
    }
}

/// Ledningen adopted the action plan.
public struct ActionPlanAdopted: EventPayload {
    public static let eventType = "ActionPlanAdopted"
    public static let schemaVersion = 1
    public var adoptedOn: CalendarDate
    /// Who decided, e.g. "Ledningsgruppen".
    public var decidedBy: String
    public init(adoptedOn: CalendarDate, decidedBy: String) {
        self.adoptedOn = adoptedOn
        self.decidedBy = decidedBy
    }
}

/// The unit was certified; the certificate is valid until `validUntil` (two years).
public struct UnitCertified: EventPayload {
    public static let eventType = "UnitCertified"
    public static let schemaVersion = 1
    public var certifiedOn: CalendarDate
    public var validUntil: CalendarDate
    public init(certifiedOn: CalendarDate, validUntil: CalendarDate) {
        self.certifiedOn = certifiedOn
        self.validUntil = validUntil
    }
}

/// Everything that can happen to a certification cycle.
public enum CertificationEvent: Equatable, Sendable {
    case started(CertificationStarted)
    case areaAssessed(QualityAreaAssessed)
    case actionItemAdded(ActionItemAdded)
    case planAdopted(ActionPlanAdopted)
    case certified(UnitCertified)
}
