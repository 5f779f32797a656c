/// The form a council takes.
public enum CouncilForm: String, Codable, Sendable, CaseIterable {
    /// Brukarråd: a standing council of service users.
    case userCouncil = "brukarrad"
    /// Dialogmöte: recurring dialogue meetings between users and staff (as in Lund).
    case dialogueMeeting = "dialogmote"
}

/// A council was created for a unit.
public struct CouncilCreated: EventPayload {
    public static let eventType = "CouncilCreated"
    public static let schemaVersion = 1
    public var unitId: UnitID
    /// Name, e.g. "Dialogmöte vuxenstöd Lund".
    public var name: String
    public var form: CouncilForm
    public init(unitId: UnitID, name: String, form: CouncilForm) {
        self.unitId = unitId
        self.name = name
        self.form = form
    }
}

/// A council meeting took place. Only the date and how many came: never names.
public struct CouncilMeetingHeld: EventPayload {
    public static let eventType = "CouncilMeetingHeld"
    public static let schemaVersion = 1
    public var meetingId: MeetingID
    public var heldOn: CalendarDate
    public var participantCount: Int
    public init(meetingId: MeetingID, heldOn: CalendarDate, participantCount: Int) {
        self.meetingId = meetingId
        self.heldOn = heldOn
        self.participantCount = participantCount
    }
}

/// Everything that can happen to a council.
public enum CouncilEvent: Equatable, Sendable {
    case created(CouncilCreated)
    case meetingHeld(CouncilMeetingHeld)
}
