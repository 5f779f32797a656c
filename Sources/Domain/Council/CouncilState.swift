/// A council (brukarråd / dialogmöte) and the meetings it has held.
package struct CouncilState: Equatable, Sendable {
    /// One meeting: when and how many came.
    package struct Meeting: Equatable, Sendable {
        package var id: MeetingID
        package var heldOn: CalendarDate
        package var participantCount: Int
    }

    package var unitId: UnitID
    package var name: String
    package var form: CouncilForm
    /// Meetings in the order they were recorded.
    package var meetings: [Meeting] = []

    /// Whether a meeting with this id has been recorded; proposals put forward at a meeting refer to it.
    package func hasMeeting(_ id: MeetingID) -> Bool { meetings.contains { $0.id == id } }
}
