/// What a coordinator can ask of a council.
package enum CouncilCommand: Equatable, Sendable {
    /// Create the council for a unit.
    case create(unitId: UnitID, name: String, form: CouncilForm)
    /// Record a meeting that took place: date and number of participants, no names.
    case recordMeeting(meetingId: MeetingID, heldOn: CalendarDate, participantCount: Int)
    /// Correct the day a meeting was recorded as held, with why.
    case correctMeetingDate(meetingId: MeetingID, heldOn: CalendarDate, reason: String)
}
