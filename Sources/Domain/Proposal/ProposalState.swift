/// A proposal (förslag) from a council. It becomes, or joins, a tracked issue.
public struct ProposalState: Equatable, Sendable {
    public var councilId: CouncilID
    public var meetingId: MeetingID?
    public var text: String
    public var qualityArea: QualityArea?
    public var pseudonym: String?
    public var putForwardOn: CalendarDate
    /// Set when the council withdrew the proposal.
    public var withdrawnReason: String?
}
