import Foundation
import Postgres

extension EventStore {
    /// The latest `limit` events of `eventType`, newest first: a short list of recent facts of one
    /// kind (`mail received`) without a read model of its own.
    package func latestEvents(ofType eventType: String, limit: Int) async throws -> [RecordedEvent] {
        try await read(
            """
            SELECT \(unescaped: Self.columns) FROM \(identifier: schema).events
            WHERE event_type = \(eventType) ORDER BY sequence DESC LIMIT \(limit)
            """, with: pool.query)
    }
}
