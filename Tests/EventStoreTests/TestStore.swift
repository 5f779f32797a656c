import EventStore
import Foundation
import Postgres
import PostgresTestSupport
import Testing

/// A migrated event store in a schema of its own, dropped afterwards.
func withStore<Value>(
    maximumConnections: Int = 8, _ body: (EventStore) async throws -> Value
) async throws -> Value {
    let pool = try TestDatabase.pool(maximumConnections: maximumConnections)
    let schema = TestDatabase.uniqueName("es")
    let store = EventStore(pool: pool, schema: schema)
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

/// Reads the whole log, waiting until at least `count` events are readable (other tests' open
/// transactions may hold the horizon back for a moment).
func readWholeLog(_ store: EventStore, atLeast count: Int, timeout: Duration = .seconds(30)) async throws -> [RecordedEvent] {
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
