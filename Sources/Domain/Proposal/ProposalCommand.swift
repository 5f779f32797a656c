/// What can be asked of a proposal.
package enum ProposalCommand: Equatable, Sendable {
    /// Put forward a proposal from a council. The date is the day the command is handled.
    case putForward(
        councilId: CouncilID, meetingId: MeetingID?, text: String, qualityArea: QualityArea?, pseudonym: String?)
    /// The council withdraws the proposal, with a reason.
    case withdraw(reason: String)
    /// Rectify the proposal's text (it was recorded wrongly), with why. Allowed after a withdrawal too:
    /// it corrects the record, not the council's wish.
    case amend(text: String, reason: String)
    /// Set or correct the quality area; a reason is needed when it replaces one already set.
    case setArea(QualityArea, reason: String?)
}
