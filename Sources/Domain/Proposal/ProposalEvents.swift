/// A council put forward a proposal (förslag), at a meeting or between meetings.
///
/// The proposer is the council, at most with a pseudonym: never a person's name or identity number.
public struct ProposalPutForward: EventPayload {
    public static let eventType = "ProposalPutForward"
    public static let schemaVersion = 1
    public var councilId: CouncilID
    /// The meeting it was put forward at; absent when put forward between meetings.
    public var meetingId: MeetingID?
    public var text: String
    public var qualityArea: QualityArea?
    /// A pseudonym chosen by the proposer, if any.
    public var pseudonym: String?
    public var putForwardOn: CalendarDate
    public init(councilId: CouncilID, meetingId: MeetingID? = nil, text: String, qualityArea: QualityArea? = nil, pseudonym: String? = nil, putForwardOn: CalendarDate) {
        self.councilId = councilId
        self.meetingId = meetingId
        self.text = text
        self.qualityArea = qualityArea
        self.pseudonym = pseudonym
        self.putForwardOn = putForwardOn
    }
}

/// The council withdrew its proposal.
public struct ProposalWithdrawn: EventPayload {
    public static let eventType = "ProposalWithdrawn"
    public static let schemaVersion = 1
    public var reason: String
    public init(reason: String) { self.reason = reason }
}

/// Everything that can happen to a proposal.
public enum ProposalEvent: Equatable, Sendable {
    case putForward(ProposalPutForward)
    case withdrawn(ProposalWithdrawn)
}
