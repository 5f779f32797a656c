/// A council (brukarråd / dialogmöte) and the meetings it has held.
public struct CouncilState: Equatable, Sendable {
    /// One meeting: when and how many came.
    public struct Meeting: Equatable, Sendable {
        public var id: MeetingID
        public var heldOn: CalendarDate
        public var participantCount: Int
    }

    public var unitId: UnitID
    public var name: String
    public var form: CouncilForm
    /// Meetings in the order they were recorded.
    public var meetings: [Meeting] = []

    /// Whether a meeting with this id has been recorded; proposals put forward at a meeting refer to it.
    public func hasMeeting(_ id: MeetingID) -> Bool { meetings.contains { $0.id == id } }
}
