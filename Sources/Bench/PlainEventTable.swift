import EventStore
import Foundation
import Postgres

/// The reference: a plain table with the events table's columns and indexes, written with plain
/// INSERTs — no function, no streams table, no idempotency keys, no notification.
///
/// What the store costs beyond this is the price of its guarantees (expected versions, idempotency,
/// a log that never skips).
struct PlainEventTable: Sendable {
    let pool: PostgresPool
    let schema: String
    let samples: SampleEvents

    /// Columns the writer supplies, in the order the INSERTs bind them.
    private static let insertColumns = """
        stream_id, stream_version, event_type, schema_version, data, actor, command_id, correlation_id, \
        causation_id, client, recorded_at
        """

    /// Creates the table afresh: same columns, defaults and indexes as the store's `events`.
    func create() async throws {
        try await pool.withConnection { connection in
            try await connection.runScript(
                """
                DROP SCHEMA IF EXISTS \(PostgresQuery.quoteIdentifier(schema)) CASCADE;
                CREATE SCHEMA \(PostgresQuery.quoteIdentifier(schema));
                CREATE TABLE \(PostgresQuery.quoteIdentifier(schema)).events (
                    sequence bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
                    stream_id text NOT NULL,
                    stream_version bigint NOT NULL,
                    event_type text NOT NULL,
                    schema_version integer NOT NULL,
                    data jsonb NOT NULL,
                    actor text NOT NULL,
                    command_id uuid,
                    correlation_id uuid,
                    causation_id uuid,
                    client text,
                    recorded_at timestamptz NOT NULL,
                    UNIQUE (stream_id, stream_version)
                );
                CREATE INDEX ON \(PostgresQuery.quoteIdentifier(schema)).events (transaction_id, sequence);
                """)
        }
    }

    /// One row, one statement, one transaction.
    func insert(stream: String, version: Int64, payload: Int) async throws {
        let metadata = samples.metadata()
        try await pool.execute(
            """
            INSERT INTO \(identifier: schema).events (\(unescaped: Self.insertColumns))
            VALUES (\(stream), \(version), \(samples.eventType), \(Int32(samples.schemaVersion)),
                    \(PostgresJSONB(data: samples.payload(payload))), \(metadata.actor), \(metadata.commandID),
                    \(metadata.correlationID), \(metadata.causationID), \(metadata.client), \(Date()))
            """)
    }

    /// `count` rows of one stream in one statement: arrays for what differs per row, one bound
    /// value for what the rows share — the same shape as the store's append.
    func insert(stream: String, firstVersion: Int64, count: Int, payload: Int) async throws {
        let metadata = samples.metadata()
        let events = samples.events(count, from: payload)
        try await pool.execute(
            """
            INSERT INTO \(identifier: schema).events (\(unescaped: Self.insertColumns))
            SELECT \(stream), v, t, s, d, \(metadata.actor), \(metadata.commandID), \(metadata.correlationID),
                   \(metadata.causationID), \(metadata.client), \(Date())
            FROM unnest(\((0..<Int64(count)).map { firstVersion + $0 }), \(events.map(\.eventType)),
                        \(events.map { Int32($0.schemaVersion) }), \(events.map { PostgresJSONB(data: $0.data) }))
                 AS rows (v, t, s, d)
            """)
    }

    func drop() async throws {
        try await pool.execute("DROP SCHEMA IF EXISTS \(identifier: schema) CASCADE")
    }
}
