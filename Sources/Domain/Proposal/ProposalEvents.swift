/// A council put forward a proposal (förslag), at a meeting or between meetings.
///
/// The proposer is the council, at most with a pseudonym: never a person's name or identity number.
package struct ProposalPutForward: EventPayload {
    package static let eventType = "ProposalPutForward"
    package static let schemaVersion = 1
    package var councilId: CouncilID
    /// The meeting it was put forward at; absent when put forward between meetings.
    package var meetingId: MeetingID?
    package var text: String
    package var qualityArea: QualityArea?
    /// A pseudonym chosen by the proposer, if any.
    package var pseudonym: String?
    package var putForwardOn: CalendarDate
    package init(
        councilId: CouncilID, meetingId: MeetingID? = nil, text: String, qualityArea: QualityArea? = nil,
        pseudonym: String? = nil, putForwardOn: CalendarDate
    ) {
        self.councilId = councilId
        self.meetingId = meetingId
        self.text = text
        self.qualityArea = qualityArea
        self.pseudonym = pseudonym
        self.putForwardOn = putForwardOn
    }
}

/// The council withdrew its proposal.
package struct ProposalWithdrawn: EventPayload {
    package static let eventType = "ProposalWithdrawn"
    package static let schemaVersion = 1
    package var reason: String
    package init(reason: String) { self.reason = reason }
}

/// The proposal's text was recorded wrongly and is rectified; the corrected text is under `text`,
/// the key of the text it corrects.
package struct ProposalAmended: EventPayload {
    package static let eventType = "ProposalAmended"
    package static let schemaVersion = 1
    package var text: String
    package var reason: String
    package var amendedOn: CalendarDate
    package init(text: String, reason: String, amendedOn: CalendarDate) {
        self.text = text
        self.reason = reason
        self.amendedOn = amendedOn
    }
}

/// The proposal's quality area was set (it had none) or corrected (with a reason).
package struct ProposalAreaSet: EventPayload {
    package static let eventType = "ProposalAreaSet"
    package static let schemaVersion = 1
    package var qualityArea: QualityArea
    package var reason: String?
    package var setOn: CalendarDate
    package init(qualityArea: QualityArea, reason: String? = nil, setOn: CalendarDate) {
        self.qualityArea = qualityArea
        self.reason = reason
        self.setOn = setOn
    }
}

/// Everything that can happen to a proposal.
package enum ProposalEvent: Equatable, Sendable {
    case putForward(ProposalPutForward)
    case withdrawn(ProposalWithdrawn)
    case amended(ProposalAmended)
    case areaSet(ProposalAreaSet)
}
