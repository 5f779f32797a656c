import EventStore
import Foundation
import Postgres
import PostgresTestSupport
import Testing

/// The log's horizon: only the store's own open appends hold readers back, and the database refuses
/// every write that could slip past it.
@Suite struct LogHorizonTests {
    @Test func transactionsThatDoNotAppendHoldNoReaderBack() async throws {
        try await withStore { store in
            try await whileForeignTransactionsHoldIDs {
                try await store.append(to: "s", expectedVersion: .any, events: sampleEvents(3), metadata: coordinator)
                // No waiting: readable at once.
                #expect(try await store.readAll(after: .start).count == 3)
                #expect(try await store.headPosition() != .start)
                let horizon = try await store.horizon()
                #expect(horizon.heldBackEvents == 0)
                #expect(horizon.oldestAppender == nil)
            }
        }
    }

    @Test func anOpenAppendHoldsReadersBackAndStatusNamesIt() async throws {
        try await withStore { store in
            try await store.withTransaction(locking: ["slow"]) { transaction in
                try await transaction.append(
                    to: "slow", expectedVersion: .any, events: sampleEvents(1), metadata: coordinator)
                // Committed after the open append got its id: not readable before that append ends.
                try await store.append(
                    to: "held", expectedVersion: .any, events: sampleEvents(3), metadata: coordinator)
                #expect(try await store.readAll(after: .start).isEmpty)
                #expect(try await store.headPosition() == .start)
                let horizon = try await store.horizon()
                #expect(horizon.heldBackEvents == 3)
                #expect(horizon.lastSequence >= 4)
                let database = try await transaction.connection.query("SELECT current_database() AS name")[0]
                    .decode("name", as: String.self)
                #expect(horizon.oldestAppender?.pid == transaction.connection.backendPID)
                #expect(horizon.oldestAppender?.database == database)
                #expect(horizon.oldestAppender?.applicationName == "tredjekraft-tests")
            }
            let log = try await store.readAll(after: .start)
            #expect(log.map(\.streamID.rawValue) == ["slow", "held", "held", "held"])
            #expect(try await store.horizon().oldestAppender == nil)
        }
    }

    /// A prepared (two-phase) transaction keeps its append lock without a session: it holds readers
    /// back until it is committed, and then nothing it wrote has been passed.
    @Test func aPreparedAppendHoldsReadersBackUntilCommitted() async throws {
        try await withStore { store in
            let name = TestDatabase.uniqueName("prepared")
            let session = try await TestDatabase.connect()
            try await session.execute("BEGIN")
            try await session.query(
                """
                SELECT * FROM \(identifier: store.schema).append_events('prepared', 0::smallint, 0, NULL,
                    ARRAY['SampleRecorded'], ARRAY[1], ARRAY['{}'::jsonb], 'someone', NULL, NULL, NULL, NULL, now())
                """)
            try await session.execute("PREPARE TRANSACTION '\(unescaped: name)'")
            await session.close()
            try await store.append(to: "after", expectedVersion: .any, events: sampleEvents(2), metadata: coordinator)
            #expect(try await store.readAll(after: .start).isEmpty)
            let horizon = try await store.horizon()
            #expect(horizon.heldBackEvents == 2)
            #expect(horizon.oldestAppender != nil)
            #expect(horizon.oldestAppender?.pid == nil)
            try await store.pool.execute("COMMIT PREPARED '\(unescaped: name)'")
            #expect(try await store.readAll(after: .start).map(\.streamID.rawValue) == ["prepared", "after", "after"])
        }
    }

    /// An append of another store (another schema) does not hold this store's readers back.
    @Test func anotherStoresAppendsHoldNoReaderBack() async throws {
        try await withStore { other in
            try await withStore { store in
                try await other.withTransaction(locking: ["elsewhere"]) { transaction in
                    try await transaction.append(
                        to: "elsewhere", expectedVersion: .any, events: sampleEvents(1), metadata: coordinator)
                    try await store.append(
                        to: "here", expectedVersion: .any, events: sampleEvents(2), metadata: coordinator)
                    #expect(try await store.readAll(after: .start).count == 2)
                    #expect(try await other.readAll(after: .start).isEmpty)
                }
            }
        }
    }

    @Test func anInsertAroundTheAppendFunctionIsRefused() async throws {
        try await withStore { store async throws in
            let error = await #expect(throws: PostgresError.self) {
                try await store.pool.execute(
                    """
                    INSERT INTO \(identifier: store.schema).events (stream_id, stream_version, event_type, schema_version,
                        data, actor, recorded_at)
                    VALUES ('s', 1, 'SampleRecorded', 1, '{}', 'someone', now())
                    """)
            }
            #expect(sqlState(error) == "TKA02")
            #expect(error?.description.contains("append_events") == true)
            #expect(try await store.readAll(after: .start).isEmpty)
            // Also when the transaction holds the stream's append lock.
            let again = await #expect(throws: PostgresError.self) {
                try await store.withTransaction(locking: ["s"]) { transaction in
                    try await transaction.connection.execute(
                        """
                        INSERT INTO \(identifier: store.schema).events (stream_id, stream_version, event_type,
                            schema_version, data, actor, recorded_at)
                        VALUES ('s', 1, 'SampleRecorded', 1, '{}', 'someone', now())
                        """)
                }
            }
            #expect(sqlState(again) == "TKA02")
        }
    }

    @Test func aFirstAppendAfterAnotherWriteIsRefused() async throws {
        try await withStore { store in
            try await store.pool.execute("CREATE TABLE \(identifier: store.schema).elsewhere (x integer)")
            let connection = try await TestDatabase.connect()
            for statement: PostgresQuery in [
                "SELECT * FROM \(identifier: store.schema).append_events('s', 0::smallint, 0, NULL, ARRAY['SampleRecorded'], ARRAY[1], ARRAY['{}'::jsonb], 'someone', NULL, NULL, NULL, NULL, now())",
                "SELECT \(identifier: store.schema).lock_streams(ARRAY['s'])",
            ] {
                let error = await #expect(throws: PostgresError.self) {
                    try await connection.withTransaction { connection in
                        try await connection.execute("INSERT INTO \(identifier: store.schema).elsewhere VALUES (1)")
                        try await connection.query(statement)
                    }
                }
                #expect(sqlState(error) == "TKA01")
                #expect(error?.description.contains("holds no append lock") == true)
            }
            // Locking nothing vouches for nothing.
            let error = await #expect(throws: PostgresError.self) {
                try await connection.withTransaction { connection in
                    try await connection.query("SELECT \(identifier: store.schema).lock_streams(ARRAY[]::text[])")
                    try await connection.execute("INSERT INTO \(identifier: store.schema).elsewhere VALUES (1)")
                    try await connection.query("SELECT \(identifier: store.schema).lock_streams(ARRAY['s'])")
                }
            }
            #expect(sqlState(error) == "TKA01")
            await connection.close()
            #expect(try await store.readAll(after: .start).isEmpty)
            #expect(
                try await store.pool.query("SELECT count(*) AS n FROM \(identifier: store.schema).elsewhere")[0]
                    .decode("n", as: Int.self) == 0)

            // Locks first, then other tables and the appends (a merge, or events with other rows): allowed.
            try await store.withTransaction(locking: ["a", "b"]) { transaction in
                try await transaction.connection.execute("INSERT INTO \(identifier: store.schema).elsewhere VALUES (2)")
                try await transaction.append(
                    to: "a", expectedVersion: .any, events: sampleEvents(1), metadata: coordinator)
                try await transaction.append(
                    to: "b", expectedVersion: .any, events: sampleEvents(1), metadata: coordinator)
            }
            #expect(try await store.readAll(after: .start).map(\.streamID.rawValue) == ["a", "b"])
        }
    }

    /// A database whose default isolation is repeatable read: the store reads in autocommit, so it is
    /// held back no more than under read committed; a caller that reads inside one repeatable-read
    /// transaction gets the conservative horizon.
    @Test func repeatableReadByDefaultChangesNothingAndInsideOneTransactionStaysSafe() async throws {
        try await withStore { store in
            let pool = PostgresPool(
                conninfo: try TestDatabase.conninfo()
                    + "&options=-c%20default_transaction_isolation%3Drepeatable%5C%20read",
                maximumConnections: 2, applicationName: "tredjekraft-tests")
            let reader = EventStore(pool: pool, schema: store.schema)
            #expect(
                try await pool.query("SHOW transaction_isolation")[0].decode(0, as: String.self) == "repeatable read")
            try await whileForeignTransactionsHoldIDs {
                try await store.append(to: "s", expectedVersion: .any, events: sampleEvents(2), metadata: coordinator)
                #expect(try await reader.readAll(after: .start).count == 2)
                let inOneTransaction = try await pool.withTransaction(isolation: .repeatableRead) { connection in
                    try await connection.query(
                        """
                        SELECT \(identifier: store.schema).log_horizon() <= pg_snapshot_xmin(pg_current_snapshot()) AS safe
                        """)[0].decode("safe", as: Bool.self)
                }
                #expect(inOneTransaction)
            }
            await pool.close()
        }
    }
}

private func sqlState(_ error: PostgresError?) -> String? {
    guard case .server(let server)? = error else { return nil }
    return server.sqlState.rawValue
}
