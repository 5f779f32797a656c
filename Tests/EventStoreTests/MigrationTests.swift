import Foundation
import Postgres
import PostgresTestSupport
import Testing

@testable import EventStore

@Suite struct MigrationTests {
    /// Every version this binary knows, 1 to the newest.
    static let allVersions = EventStoreMigrations.all.map(\.version)

    @Test func applyingTwiceIsANoOp() async throws {
        try await TestDatabase.withSchema("mig") { pool, schema in
            let store = EventStore(pool: pool, schema: schema)
            let first = try await store.migrate()
            let second = try await store.migrate()
            let version = try await store.migrator.databaseVersion()
            #expect(first == Self.allVersions)
            #expect(second == [])
            #expect(version == Self.allVersions.last)
        }
    }

    @Test func concurrentStartsApplyOnce() async throws {
        let schema = TestDatabase.uniqueName("mig")
        let pools = try (0..<4).map { _ in try TestDatabase.pool(maximumConnections: 1) }
        let applied = try await withThrowingTaskGroup(of: [Int].self) { group in
            for pool in pools {
                group.addTask { try await EventStore(pool: pool, schema: schema).migrate() }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(applied.filter { $0 == Self.allVersions }.count == 1)
        #expect(applied.filter { $0.isEmpty }.count == 3)
        let rows = try await pools[0].query(
            "SELECT count(*) AS n FROM \(identifier: schema).schema_migrations")
        #expect(try rows[0].decode("n", as: Int.self) == Self.allVersions.count)
        try await pools[0].execute("DROP SCHEMA \(identifier: schema) CASCADE")
        for pool in pools { await pool.close() }
    }

    /// The migration lock is the schema's: while a session holds one schema's, a migration of another
    /// schema goes ahead (were they one lock, it would wait until the time limit), and one of the same
    /// schema waits for it — the server shows it waiting — and then applies everything once.
    @Test(.timeLimit(.minutes(2))) func migrationsOfOtherSchemasDoNotWaitAndOfTheSameSchemaDo() async throws {
        let held = TestDatabase.uniqueName("mig")
        let other = TestDatabase.uniqueName("mig")
        let pool = try TestDatabase.pool(maximumConnections: 2)
        let holder = try await TestDatabase.connect()
        let key = SchemaMigrator.lockName(schema: held)
        try await holder.execute("BEGIN")
        try await holder.query("SELECT pg_advisory_xact_lock(hashtextextended(\(key), 0))")

        #expect(try await EventStore(pool: pool, schema: other).migrate() == Self.allVersions)

        let waiting = Task { try await EventStore(pool: pool, schema: held).migrate() }
        let deadline = ContinuousClock.now + .seconds(60)
        var waits = false
        while !waits, ContinuousClock.now < deadline {
            let rows = try await holder.query(
                """
                SELECT count(*) AS n FROM pg_locks
                WHERE locktype = 'advisory' AND NOT granted AND objsubid = 1
                  AND ((classid::bigint << 32) | objid::bigint) = hashtextextended(\(key), 0)
                """)
            waits = try rows[0].decode("n", as: Int.self) == 1
            if !waits { try await Task.sleep(for: .milliseconds(20)) }
        }
        #expect(waits, "the migration of the held schema did not wait for its lock")
        #expect(
            try await pool.query("SELECT to_regnamespace(\(held)) IS NULL AS absent")[0].decode("absent", as: Bool.self)
        )
        try await holder.execute("COMMIT")
        #expect(try await waiting.value == Self.allVersions)

        for schema in [held, other] { try await pool.execute("DROP SCHEMA \(identifier: schema) CASCADE") }
        await holder.close()
        await pool.close()
    }

    @Test func aNewerSchemaStopsWithAClearError() async throws {
        try await TestDatabase.withSchema("mig") { pool, schema in
            let store = EventStore(pool: pool, schema: schema)
            try await store.migrate()
            try await pool.execute(
                """
                INSERT INTO \(identifier: schema).schema_migrations (component, version, description)
                VALUES ('eventstore', 7, 'from a future release')
                """)
            let error = await #expect(throws: EventStoreError.self) { try await store.migrate() }
            #expect(
                error?.description
                    == "the database schema \"\(schema)\" is at version 7, but this tredjekraftd knows versions up to \(Self.allVersions.count): "
                    + "a newer release migrated it; upgrade tredjekraftd, or point it at another database or schema")
        }
    }

    /// A store made by the release before the log horizon (version 1) upgrades in place: its events
    /// read as before, and appends after the upgrade follow them in the log.
    @Test func aVersionOneStoreUpgradesInPlace() async throws {
        try await TestDatabase.withSchema("mig") { pool, schema in
            let old = SchemaMigrator(
                pool: pool, schema: schema, component: "eventstore",
                migrations: Array(EventStoreMigrations.all.prefix(1)))
            #expect(try await old.migrate() == [1])
            let store = EventStore(pool: pool, schema: schema)
            try await store.append(
                to: "before", expectedVersion: .noStream, events: sampleEvents(3), metadata: coordinator)
            #expect(try await store.migrate() == Array(Self.allVersions.dropFirst()))
            try await store.append(
                to: "before", expectedVersion: .exactly(3), events: sampleEvents(1), metadata: coordinator)
            try await store.append(
                to: "after", expectedVersion: .noStream, events: sampleEvents(2), metadata: coordinator)
            let log = try await store.readAll(after: .start)
            #expect(log.map(\.streamID.rawValue) == ["before", "before", "before", "before", "after", "after"])
            #expect(log.map(\.streamVersion) == [1, 2, 3, 4, 1, 2])
        }
    }

    @Test func aSchemaNameIsAnIdentifierNotSQL() async throws {
        try await TestDatabase.withSchema("mig") { pool, base in
            let hostile = base + "'\"; DROP TABLE x; --"
            let store = EventStore(pool: pool, schema: hostile)
            try await store.migrate()
            try await store.append(to: "s", expectedVersion: .any, events: [sampleEvent()], metadata: coordinator)
            #expect(try await store.readStream("s").count == 1)
            try await pool.execute("DROP SCHEMA \(identifier: hostile) CASCADE")
        }
    }
}
