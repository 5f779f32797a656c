import Foundation

/// Who caused an event and in answer to what: the audit trail's "who did it".
///
/// Stored in columns of their own rather than JSON, so reading the log decodes no JSON for them and
/// the trail can be queried ("everything this command caused").
package struct EventMetadata: Hashable, Sendable, Codable {
    /// The user name of the caller (from the socket's peer credentials) or the daemon's own role,
    /// e.g. `scheduler`. An official or coordinator, never a service user.
    package var actor: String
    /// The command that caused the event; also its idempotency key unless the caller gives one.
    package var commandID: UUID?
    /// Groups everything that followed from one request.
    package var correlationID: UUID?
    /// The event or command this one answers.
    package var causationID: UUID?
    /// The program that sent the command, e.g. `tredjekraft-cli 1.0`.
    package var client: String?

    package init(
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
