/// What can be asked of a proposal.
package enum ProposalCommand: Equatable, Sendable {
    /// Put forward a proposal from a council. The date is the day the command is handled.
    case putForward(
        councilId: CouncilID, meetingId: MeetingID?, text: String, qualityArea: QualityArea?, pseudonym: String?)
    /// The council withdraws the proposal, with a reason.
    case withdraw(reason: String)
}
