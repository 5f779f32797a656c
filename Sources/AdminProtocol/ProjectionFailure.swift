/// A read model stopped at an event it could not apply: in `Status` (on its projection) and in the
/// replies of the queries that read it (`stale`), so nobody takes a stale answer for a current one.
package struct ProjectionFailure: Codable, Sendable, Equatable {
    /// The read model: `catalog`, `issues` or `timeline`.
    package var projection: String
    /// The event it could not apply, `<transaction>/<sequence>`, with its type and stream.
    package var position: String
    package var eventType: String
    package var stream: String
    /// Why, in one line (from PostgreSQL or the daemon).
    package var error: String
    /// When it stopped (ISO 8601).
    package var since: String

    package init(projection: String, position: String, eventType: String, stream: String, error: String, since: String)
    {
        self.projection = projection
        self.position = position
        self.eventType = eventType
        self.stream = stream
        self.error = error
        self.since = since
    }
}
