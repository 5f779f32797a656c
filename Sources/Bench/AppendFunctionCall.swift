import EventStore
import Foundation
import Postgres

/// The store's append without the store around it: one call of the SQL function `append_events`,
/// exactly as `EventStore.append` makes it, but no notification afterwards.
///
/// Used by `--breakdown` to tell the cost of the function (expected version, idempotency key,
/// insert) from the cost of what the Swift side adds (the NOTIFY after commit).
struct AppendFunctionCall: Sendable {
    let pool: PostgresPool
    let schema: String
    let samples: SampleEvents

    func append(stream: String, expectedVersion: Int64, payload: Int, count: Int, withKey: Bool) async throws {
        let metadata = samples.metadata()
        let events = samples.events(count, from: payload)
        let kind: Int16 = expectedVersion == 0 ? 1 : 2
        let key = withKey ? metadata.commandID?.uuidString.lowercased() : nil
        try await pool.query(
            """
            SELECT * FROM \(identifier: schema).append_events(
                \(stream), \(kind), \(expectedVersion), \(key),
                \(events.map(\.eventType)), \(events.map { Int32($0.schemaVersion) }),
                \(events.map { PostgresJSONB(data: $0.data) }),
                \(metadata.actor), \(metadata.commandID), \(metadata.correlationID), \(metadata.causationID),
                \(metadata.client), \(Date()))
            """)
    }
}
