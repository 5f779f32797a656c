/// What a coordinator can ask of a certification cycle.
package enum CertificationCommand: Equatable, Sendable {
    /// Start a cycle; `renews` links a renewal to the previous cycle.
    case start(unitId: UnitID, startedOn: CalendarDate, renews: CertificationID?)
    /// Record the assessment of one quality area (may be redone until the plan is adopted).
    case assessArea(area: QualityArea, fulfilled: Bool, note: String?)
    /// Add an action item to the plan.
    case addActionItem(
        actionItemId: ActionItemID, area: QualityArea, action: String, owner: String, dueDate: CalendarDate,
        followedUpBy: String)
    /// Ledningen adopts the plan.
    case adoptPlan(adoptedOn: CalendarDate, decidedBy: String)
    /// The unit is certified on a date.
    case certify(certifiedOn: CalendarDate)
    /// Record that a policy reminded someone about the certification or one of its action items, or
    /// told ledningen. Nothing is recorded for an action item the plan does not have.
    case recordPolicyEffect(PolicyEffectKind, PolicyEffectRecord)
}
