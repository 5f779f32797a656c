/// A read model stopped at an event it could not apply: in `Status` (on its projection) and in the
/// replies of the queries that read it (`stale`), so nobody takes a stale answer for a current one.
public struct ProjectionFailure: Codable, Sendable, Equatable {
    /// The read model: `catalog`, `issues` or `timeline`.
    public var projection: String
    /// The event it could not apply, `<transaction>/<sequence>`, with its type and stream.
    public var position: String
    public var eventType: String
    public var stream: String
    /// Why, in one line (from PostgreSQL or the daemon).
    public var error: String
    /// When it stopped (ISO 8601).
    public var since: String

    public init(projection: String, position: String, eventType: String, stream: String, error: String, since: String) {
        self.projection = projection
        self.position = position
        self.eventType = eventType
        self.stream = stream
        self.error = error
        self.since = since
    }
}

/// `RebuildProjection`: which read model to build again from the start of the log.
public struct RebuildProjectionParameters: Codable, Sendable, Equatable {
    public var name: String

    public init(name: String) {
        self.name = name
    }
}

/// What `RebuildProjection` answers: the read model as it stands afterwards (stopped again when the
/// event still cannot be applied).
public struct RebuildProjectionReply: Codable, Sendable, Equatable {
    public var projection: StatusReply.Projection

    public init(projection: StatusReply.Projection) {
        self.projection = projection
    }
}
