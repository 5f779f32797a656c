import AppTestSupport
import Domain
import EventCodec
import EventStore
import Foundation
import Postgres
import PostgresTestSupport
import Projections
import Synchronization
import Testing

/// Records every event's sequence number once (a primary key), and kills its own connection in the
/// middle of its first batches.
final class KillingCounter: Projection, @unchecked Sendable {
    let name = "killing_counter"
    let version = 1
    let tables = ["counted"]
    private let kills = Mutex(0)
    let killsWanted: Int

    init(killsWanted: Int) { self.killsWanted = killsWanted }

    var killed: Int { kills.withLock { $0 } }

    func createTables(schema: String, on connection: PostgresConnection) async throws {
        try await connection.execute("CREATE TABLE \(identifier: schema).counted (sequence bigint PRIMARY KEY)")
    }

    func apply(_ events: [DomainEventRecord], schema: String, on connection: PostgresConnection) async throws {
        for event in events.prefix(events.count / 2) {
            try await connection.execute(
                "INSERT INTO \(identifier: schema).counted VALUES (\(event.position.sequence))")
        }
        let killNow = kills.withLock { count in
            if count < killsWanted {
                count += 1
                return true
            }
            return false
        }
        if killNow {
            try await connection.query("SELECT pg_terminate_backend(pg_backend_pid())")
        }
        for event in events.dropFirst(events.count / 2) {
            try await connection.execute(
                "INSERT INTO \(identifier: schema).counted VALUES (\(event.position.sequence))")
        }
    }
}

@Suite struct CrashSafetyTests {
    @Test(.timeLimit(.minutes(3)))
    func aBatchKilledMidwayIsAppliedOnceWhenTheRunnerResumes() async throws {
        let counter = KillingCounter(killsWanted: 3)
        let projections: @Sendable (EventStore, OrganisationClock) -> [any Projection] = { store, clock in
            ProjectionRunner.readModels(for: store, clock: clock) + [counter]
        }
        try await TestApp.with(projections: projections) { app in
            var history = RandomHistory(seed: 99)
            try await history.setUp(app)
            // A batch per command (read-your-writes): three killed ones come early; the rest shows that
            // everything after them is applied once. 150 commands keep the test well inside its limit when
            // a whole suite shares the machine's two cores and one PostgreSQL.
            for number in 0..<150 { try await history.step(app, number) }
            let log = try await app.store.readAll(after: .start, limit: 1_000_000)
            try await app.runner.waitUntilProcessed(log.last!.position, timeout: .seconds(60))
            #expect(counter.killed == 3)
            let counted = try await app.pool.query(
                "SELECT count(*) AS n, count(DISTINCT sequence) AS d FROM \(identifier: app.schema).counted")
            #expect(try counted[0].decode("n", as: Int.self) == log.count)
            #expect(try counted[0].decode("d", as: Int.self) == log.count)
            // The issues projection, whose cache had to forget the killed batches, agrees with a rebuild.
            let incremental = try await app.dump("issue_status")
            let fresh = ProjectionRunner(
                store: app.store, projections: [IssuesProjection(store: app.store, clock: app.organisationClock)])
            try await fresh.rebuild(fresh.projections[0])
            try await fresh.catchUp()
            #expect(try await app.dump("issue_status") == incremental)
        }
    }
}

/// The runner holds a connection in its transaction while projections apply a batch; anything they
/// read must go through that connection, or a pool of one waits for itself forever.
@Suite struct SmallPoolTests {
    @Test(.timeLimit(.minutes(2)))
    func aColdRunnerCatchesUpOnAPoolOfOne() async throws {
        try await TestApp.with(followLog: false) { app in
            var history = RandomHistory(seed: 7)
            try await history.setUp(app)
            for number in 0..<30 { try await history.step(app, number) }
            let pool = try TestDatabase.pool(maximumConnections: 1)
            let store = EventStore(pool: pool, schema: app.schema)
            func coldRunner() -> ProjectionRunner {
                ProjectionRunner(
                    store: store, projections: ProjectionRunner.readModels(for: store, clock: app.organisationClock))
            }
            let first = coldRunner()
            try await first.prepare()
            try await first.catchUp()
            // More events on issues the first runner already applied: a new runner starts with an
            // empty cache and has to read those issues' streams.
            for number in 30..<60 { try await history.step(app, number) }
            let second = coldRunner()
            try await second.prepare()
            try await second.catchUp()
            let log = try await app.store.readAll(after: .start, limit: 1_000_000)
            #expect(second.processedPosition == log.last?.position)
            await pool.close()
        }
    }
}
