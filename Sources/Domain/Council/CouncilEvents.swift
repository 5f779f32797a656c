/// The form a council takes.
package enum CouncilForm: String, Codable, Sendable, CaseIterable {
    /// Brukarråd: a standing council of service users.
    case userCouncil = "brukarrad"
    /// Dialogmöte: recurring dialogue meetings between users and staff (as in Lund).
    case dialogueMeeting = "dialogmote"
}

/// A council was created for a unit.
package struct CouncilCreated: EventPayload {
    package static let eventType = "CouncilCreated"
    package static let schemaVersion = 1
    package var unitId: UnitID
    /// Name, e.g. "Dialogmöte vuxenstöd Lund".
    package var name: String
    package var form: CouncilForm
    package init(unitId: UnitID, name: String, form: CouncilForm) {
        self.unitId = unitId
        self.name = name
        self.form = form
    }
}

/// A council meeting took place. Only the date and how many came: never names.
package struct CouncilMeetingHeld: EventPayload {
    package static let eventType = "CouncilMeetingHeld"
    package static let schemaVersion = 1
    package var meetingId: MeetingID
    package var heldOn: CalendarDate
    package var participantCount: Int
    package init(meetingId: MeetingID, heldOn: CalendarDate, participantCount: Int) {
        self.meetingId = meetingId
        self.heldOn = heldOn
        self.participantCount = participantCount
    }
}

/// A meeting's date was recorded wrongly and is corrected; the date under `heldOn`, as recorded.
package struct CouncilMeetingDateCorrected: EventPayload {
    package static let eventType = "CouncilMeetingDateCorrected"
    package static let schemaVersion = 1
    package var meetingId: MeetingID
    package var heldOn: CalendarDate
    package var reason: String
    package init(meetingId: MeetingID, heldOn: CalendarDate, reason: String) {
        self.meetingId = meetingId
        self.heldOn = heldOn
        self.reason = reason
    }
}

/// Everything that can happen to a council.
package enum CouncilEvent: Equatable, Sendable {
    case created(CouncilCreated)
    case meetingHeld(CouncilMeetingHeld)
    case meetingDateCorrected(CouncilMeetingDateCorrected)
}
