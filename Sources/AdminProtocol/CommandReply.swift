/// What every command answers: the events it appended, whether it repeated an earlier command, and
/// the id of what it created, under the name the interface gives it (`unitId`, `issueId`, …).
///
/// One type for all commands because they differ only in which id they return; ids that are `nil`
/// are left out of the JSON.
public struct CommandReply: Codable, Sendable, Equatable {
    public var unitId: String?
    public var councilId: String?
    public var meetingId: String?
    public var proposalId: String?
    public var revisionId: String?
    public var findingId: String?
    public var certificationId: String?
    public var actionItemId: String?
    public var issueId: String?
    public var events: [AppendedEvent]
    /// Where the last event stands in the global log, `<transaction>/<sequence>`; `nil` when nothing
    /// was appended.
    public var position: String?
    /// The command id had been handled before; nothing new was written.
    public var duplicate: Bool
    /// Set when the change is stored but the read models did not show it yet when the reply was sent.
    public var lag: ReadModelLag?

    public init(events: [AppendedEvent], position: String?, duplicate: Bool, lag: ReadModelLag? = nil) {
        self.events = events
        self.position = position
        self.duplicate = duplicate
        self.lag = lag
    }

    /// The created thing's id, whichever kind it is.
    public var createdId: String? {
        unitId ?? councilId ?? meetingId ?? proposalId ?? revisionId ?? findingId ?? certificationId ?? actionItemId
            ?? issueId
    }
}

/// One event a command appended.
public struct AppendedEvent: Codable, Sendable, Equatable {
    public var type: String
    public var stream: String

    public init(type: String, stream: String) {
        self.type = type
        self.stream = stream
    }
}
