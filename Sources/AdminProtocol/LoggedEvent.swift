import Varlink

/// One event of the global log as `Follow` sends it. Events never hold personal data about service users.
package struct LoggedEvent: Codable, Sendable, Equatable {
    /// `<transaction>/<sequence>`: pass it as `after` to resume.
    package var position: String
    package var stream: String
    package var streamVersion: Int64
    package var type: String
    package var schemaVersion: Int
    package var recordedAt: String
    package var actor: String
    package var data: VarlinkValue

    package init(
        position: String, stream: String, streamVersion: Int64, type: String, schemaVersion: Int,
        recordedAt: String, actor: String, data: VarlinkValue
    ) {
        self.position = position
        self.stream = stream
        self.streamVersion = streamVersion
        self.type = type
        self.schemaVersion = schemaVersion
        self.recordedAt = recordedAt
        self.actor = actor
        self.data = data
    }
}
