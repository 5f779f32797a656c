import Postgres

/// Appends made inside one database transaction; see ``EventStore/withTransaction(_:)``.
package struct EventStoreTransaction: Sendable {
    let store: EventStore
    /// The transaction's connection, for writes to other tables in the same transaction.
    package let connection: PostgresConnection

    /// Like ``EventStore/append(to:expectedVersion:events:metadata:idempotencyKey:)``, inside this
    /// transaction: nothing is visible until it commits, and a rollback removes it all.
    @discardableResult
    package func append(
        to stream: StreamID, expectedVersion: ExpectedVersion, events: [NewEvent], metadata: EventMetadata,
        idempotencyKey: String? = nil
    ) async throws -> AppendResult {
        try await store.append(
            to: stream, expectedVersion: expectedVersion, events: events, metadata: metadata,
            idempotencyKey: idempotencyKey, on: connection)
    }
}
