import EventStore
import Foundation
import Postgres
import PostgresTestSupport
import Testing

@Suite struct MigrationTests {
    @Test func applyingTwiceIsANoOp() async throws {
        try await TestDatabase.withSchema("mig") { pool, schema in
            let store = EventStore(pool: pool, schema: schema)
            let first = try await store.migrate()
            let second = try await store.migrate()
            let version = try await store.migrator.databaseVersion()
            #expect(first == [1, 2])
            #expect(second == [])
            #expect(version == 2)
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
        #expect(applied.filter { $0 == [1, 2] }.count == 1)
        #expect(applied.filter { $0.isEmpty }.count == 3)
        let rows = try await pools[0].query(
            "SELECT count(*) AS n FROM \(identifier: schema).schema_migrations")
        #expect(try rows[0].decode("n", as: Int.self) == 2)
        try await pools[0].execute("DROP SCHEMA \(identifier: schema) CASCADE")
        for pool in pools { await pool.close() }
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
                    == "the database schema \"\(schema)\" is at version 7, but this tredjekraftd knows versions up to 2: "
                    + "a newer release migrated it; upgrade tredjekraftd, or point it at another database or schema")
        }
    }

    @Test func aSchemaNameIsAnIdentifierNotSQL() async throws {
        try await TestDatabase.withSchema("mig") { pool, base in
            let hostile = base + "\"; DROP TABLE x; --"
            let store = EventStore(pool: pool, schema: hostile)
            try await store.migrate()
            try await store.append(to: "s", expectedVersion: .any, events: [sampleEvent()], metadata: coordinator)
            #expect(try await store.readStream("s").count == 1)
            try await pool.execute("DROP SCHEMA \(identifier: hostile) CASCADE")
        }
    }
}
