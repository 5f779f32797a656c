/// A certification cycle started for a unit; a renewal names the cycle it renews.
package struct CertificationStarted: EventPayload {
    package static let eventType = "CertificationStarted"
    package static let schemaVersion = 1
    package var unitId: UnitID
    package var startedOn: CalendarDate
    /// The previous cycle, when this one is a renewal.
    package var renews: CertificationID?
    package init(unitId: UnitID, startedOn: CalendarDate, renews: CertificationID? = nil) {
        self.unitId = unitId
        self.startedOn = startedOn
        self.renews = renews
    }
}

/// The working group assessed one quality area against the checklist.
package struct QualityAreaAssessed: EventPayload {
    package static let eventType = "QualityAreaAssessed"
    package static let schemaVersion = 1
    package var area: QualityArea
    /// Whether the unit already meets the checklist for this area.
    package var fulfilled: Bool
    package var note: String?
    package init(area: QualityArea, fulfilled: Bool, note: String? = nil) {
        self.area = area
        self.fulfilled = fulfilled
        self.note = note
    }
}

/// An action item (åtgärd) was added to the action plan (handlingsplan).
package struct ActionItemAdded: EventPayload {
    package static let eventType = "ActionItemAdded"
    package static let schemaVersion = 1
    package var actionItemId: ActionItemID
    package var area: QualityArea
    package var action: String
    /// Who is responsible: a role or an official, never a service user.
    package var owner: String
    package var dueDate: CalendarDate
    /// Who follows up that it was done.
    package var followedUpBy: String
    package init(
        actionItemId: ActionItemID, area: QualityArea, action: String, owner: String, dueDate: CalendarDate,
        followedUpBy: String
    ) {
        self.actionItemId = actionItemId
        self.area = area
        self.action = action
        self.owner = owner
        self.dueDate = dueDate
        self.followedUpBy = followedUpBy
    }
}

/// Ledningen adopted the action plan.
package struct ActionPlanAdopted: EventPayload {
    package static let eventType = "ActionPlanAdopted"
    package static let schemaVersion = 1
    package var adoptedOn: CalendarDate
    /// Who decided, e.g. "Ledningsgruppen".
    package var decidedBy: String
    package init(adoptedOn: CalendarDate, decidedBy: String) {
        self.adoptedOn = adoptedOn
        self.decidedBy = decidedBy
    }
}

/// The unit was certified; the certificate is valid until `validUntil` (two years).
package struct UnitCertified: EventPayload {
    package static let eventType = "UnitCertified"
    package static let schemaVersion = 1
    package var certifiedOn: CalendarDate
    package var validUntil: CalendarDate
    package init(certifiedOn: CalendarDate, validUntil: CalendarDate) {
        self.certifiedOn = certifiedOn
        self.validUntil = validUntil
    }
}

/// Everything that can happen to a certification cycle.
package enum CertificationEvent: Equatable, Sendable {
    case started(CertificationStarted)
    case areaAssessed(QualityAreaAssessed)
    case actionItemAdded(ActionItemAdded)
    case planAdopted(ActionPlanAdopted)
    case certified(UnitCertified)
    case reminderSent(CertificationReminderSent)
    case escalationSent(CertificationEscalationSent)

    /// What a policy did about the certification or one of its action items, if this event records that.
    package var policyEffect: (kind: PolicyEffectKind, record: PolicyEffectRecord)? {
        switch self {
        case .reminderSent(let e): (.reminder, e.effect)
        case .escalationSent(let e): (.escalation, e.effect)
        default: nil
        }
    }
}
