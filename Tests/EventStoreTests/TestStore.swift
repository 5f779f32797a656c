import CoreMetrics
import EventStore
import Foundation
import Postgres
import PostgresTestSupport
import Testing

/// A migrated event store in a schema of its own, dropped afterwards.
func withStore<Value>(
    maximumConnections: Int = 8, metrics: any MetricsFactory = NOOPMetricsHandler.instance,
    _ body: (EventStore) async throws -> Value
) async throws -> Value {
    let pool = try TestDatabase.pool(maximumConnections: maximumConnections)
    let schema = TestDatabase.uniqueName("es")
    let store = EventStore(pool: pool, schema: schema, metrics: metrics)
    try await store.migrate()
    do {
        let value = try await body(store)
        try await pool.execute("DROP SCHEMA \(identifier: schema) CASCADE")
        await pool.close()
        return value
    } catch {
        _ = try? await pool.execute("DROP SCHEMA \(identifier: schema) CASCADE")
        await pool.close()
        throw error
    }
}

func sampleEvent(_ text: String = "förslag") -> NewEvent {
    NewEvent(eventType: "SampleRecorded", schemaVersion: 1, data: Data(#"{"text":"\#(text)"}"#.utf8))
}

func sampleEvents(_ count: Int) -> [NewEvent] {
    (1...count).map { sampleEvent("nr \($0)") }
}

let coordinator = EventMetadata(actor: "samordnare", commandID: UUID(), client: "tests")

/// Runs `body` while two transactions that never append hold transaction ids open: one in the test
/// database (another application's batch job, a forgotten `BEGIN` in psql) and one in another database
/// of the same cluster. Neither may hold the log's readers back.
func whileForeignTransactionsHoldIDs<Value>(_ body: () async throws -> Value) async throws -> Value {
    try await TestDatabase.withDatabase("foreign") { otherDatabase in
        let here = try await TestDatabase.connect()
        let there = try await PostgresConnection.connect(otherDatabase, applicationName: "foreign-batch-job")
        for connection in [here, there] {
            try await connection.execute("BEGIN")
            try await connection.query("SELECT pg_current_xact_id()")
        }
        let result: Result<Value, any Error>
        do {
            result = .success(try await body())
        } catch {
            result = .failure(error)
        }
        for connection in [here, there] {
            // Still open at the end: the body ran with both ids held throughout.
            let open = try await connection.query("SELECT pg_current_xact_id_if_assigned() IS NOT NULL AS open")
            #expect(try open[0].decode("open", as: Bool.self))
            try await connection.execute("ROLLBACK")
            await connection.close()
        }
        return try result.get()
    }
}

/// Reads the whole log, waiting until at least `count` events are readable (an append of this store
/// that is still open holds the horizon back until it ends).
func readWholeLog(_ store: EventStore, atLeast count: Int, timeout: Duration = .seconds(120)) async throws
    -> [RecordedEvent]
{
    let deadline = ContinuousClock.now + timeout
    while true {
        var events: [RecordedEvent] = []
        var position = LogPosition.start
        while true {
            let batch = try await store.readAll(after: position, limit: 10_000)
            guard let last = batch.last else { break }
            events += batch
            position = last.position
        }
        if events.count >= count || ContinuousClock.now > deadline { return events }
        try await Task.sleep(for: .milliseconds(20))
    }
}
