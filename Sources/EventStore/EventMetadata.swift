import Foundation

/// Who caused an event and in answer to what: the audit trail's "who did it".
///
/// Stored in columns of their own rather than JSON, so reading the log decodes no JSON for them and
/// the trail can be queried ("everything this command caused").
public struct EventMetadata: Hashable, Sendable, Codable {
    /// The user name of the caller (from the socket's peer credentials) or the daemon's own role,
    /// e.g. `scheduler`. An official or coordinator, never a service user.
    public var actor: String
    /// The command that caused the event; also its idempotency key unless the caller gives one.
    public var commandID: UUID?
    /// Groups everything that followed from one request.
    public var correlationID: UUID?
    /// The event or command this one answers.
    public var causationID: UUID?
    /// The program that sent the command, e.g. `tredjekraft-cli 1.0`.
    public var client: String?

    public init(
        actor: String, commandID: UUID? = nil, correlationID: UUID? = nil, causationID: UUID? = nil,
        client: String? = nil
    ) {
        self.actor = actor
        self.commandID = commandID
        self.correlationID = correlationID
        self.causationID = causationID
        self.client = client
    }
}
