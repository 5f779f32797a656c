/// What every command answers: the events it appended, whether it repeated an earlier command, and
/// the id of what it created, under the name the interface gives it (`unitId`, `issueId`, …).
///
/// One type for all commands because they differ only in which id they return; ids that are `nil`
/// are left out of the JSON.
package struct CommandReply: Codable, Sendable, Equatable {
    package var unitId: String?
    package var councilId: String?
    package var meetingId: String?
    package var proposalId: String?
    package var revisionId: String?
    package var findingId: String?
    package var certificationId: String?
    package var actionItemId: String?
    package var issueId: String?
    package var events: [AppendedEvent]
    /// Where the last event stands in the global log, `<transaction>/<sequence>`; `nil` when nothing
    /// was appended.
    package var position: String?
    /// The command id had been handled before; nothing new was written.
    package var duplicate: Bool
    /// Set when the change is stored but the read models did not show it yet when the reply was sent.
    package var lag: ReadModelLag?

    package init(events: [AppendedEvent], position: String?, duplicate: Bool, lag: ReadModelLag? = nil) {
        self.events = events
        self.position = position
        self.duplicate = duplicate
        self.lag = lag
    }

    /// The created thing's id, whichever kind it is.
    package var createdId: String? {
        unitId ?? councilId ?? meetingId ?? proposalId ?? revisionId ?? findingId ?? certificationId ?? actionItemId
            ?? issueId
    }
}
