import Varlink

/// One event of the global log as `Follow` sends it. Events never hold personal data about service users.
public struct LoggedEvent: Codable, Sendable, Equatable {
    /// `<transaction>/<sequence>`: pass it as `after` to resume.
    public var position: String
    public var stream: String
    public var streamVersion: Int64
    public var type: String
    public var schemaVersion: Int
    public var recordedAt: String
    public var actor: String
    public var data: VarlinkValue

    public init(
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

/// A `Follow` reply.
public struct FollowReply: Codable, Sendable, Equatable {
    public var event: LoggedEvent

    public init(event: LoggedEvent) { self.event = event }
}
