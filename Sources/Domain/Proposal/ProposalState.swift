/// A proposal (förslag) from a council. It becomes, or joins, a tracked issue.
package struct ProposalState: Equatable, Sendable {
    package var councilId: CouncilID
    package var meetingId: MeetingID?
    package var text: String
    package var qualityArea: QualityArea?
    package var pseudonym: String?
    package var putForwardOn: CalendarDate
    /// Set when the council withdrew the proposal.
    package var withdrawnReason: String?
    /// The day the text was last rectified, if it was.
    package var amendedOn: CalendarDate?
}
