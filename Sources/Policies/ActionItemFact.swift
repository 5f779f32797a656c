import Domain

/// What the policies need to know about one action item of a handlingsplan.
///
/// The query hands over the items still open: not yet closed through the issue they went into
/// (implemented, verified or withdrawn), as the `due` list counts them. Only items of an adopted plan
/// are reminded of: before ledningen adopts it, a plan is a draft.
package struct ActionItemFact: Sendable, Equatable {
    package var id: ActionItemID
    /// The certification whose plan holds the item; its stream is where the item's effects go.
    package var certificationId: CertificationID
    package var unitId: UnitID
    /// What is to be done, as written in the plan.
    package var action: String
    /// Who follows the item up, as written in the plan: reminded as ``RecipientKey/owner(_:)``.
    package var followedUpBy: String
    package var dueDate: CalendarDate
    package var planAdopted: Bool
    /// The issue the item went into, if any: its steps are how the item gets done.
    package var issueId: IssueID?

    package init(
        id: ActionItemID, certificationId: CertificationID, unitId: UnitID, action: String, followedUpBy: String,
        dueDate: CalendarDate, planAdopted: Bool, issueId: IssueID? = nil
    ) {
        self.id = id
        self.certificationId = certificationId
        self.unitId = unitId
        self.action = action
        self.followedUpBy = followedUpBy
        self.dueDate = dueDate
        self.planAdopted = planAdopted
        self.issueId = issueId
    }
}
