import Foundation
import PostgresTestSupport
import Testing

@testable import Postgres

@Suite struct TransactionTests {
    struct Refused: Error {}

    private func withTable<Value>(_ body: (PostgresPool, String) async throws -> Value) async throws -> Value {
        try await TestDatabase.withSchema("tx") { pool, schema in
            try await pool.execute("CREATE TABLE \(identifier: schema).items (id int PRIMARY KEY, note text)")
            return try await body(pool, schema)
        }
    }

    private func count(_ pool: PostgresPool, _ schema: String) async throws -> Int {
        try await pool.query("SELECT count(*) AS n FROM \(identifier: schema).items")[0].decode("n")
    }

    @Test func commitsWhenTheBodyReturns() async throws {
        try await withTable { pool, schema in
            let value = try await pool.withTransaction { connection in
                try await connection.execute("INSERT INTO \(identifier: schema).items VALUES (\(1), \("ett"))")
                return "done"
            }
            #expect(value == "done")
            let remaining = try await count(pool, schema)
            #expect(remaining == 1)
        }
    }

    @Test func rollsBackWhenTheBodyThrows() async throws {
        try await withTable { pool, schema in
            await #expect(throws: Refused.self) {
                try await pool.withTransaction { connection in
                    try await connection.execute("INSERT INTO \(identifier: schema).items VALUES (\(1), \("ett"))")
                    throw Refused()
                }
            }
            let remaining = try await count(pool, schema)
            #expect(remaining == 0)
        }
    }

    @Test func rollsBackWhenTheTaskIsCancelled() async throws {
        try await withTable { pool, schema in
            let inserted = AsyncStream.makeStream(of: Void.self)
            let task = Task {
                try await pool.withTransaction { connection in
                    try await connection.execute("INSERT INTO \(identifier: schema).items VALUES (\(1), \("ett"))")
                    inserted.continuation.yield()
                    try await Task.sleep(for: .seconds(60))
                }
            }
            for await _ in inserted.stream { break }
            task.cancel()
            await #expect(throws: CancellationError.self) { try await task.value }
            let remaining = try await count(pool, schema)
            #expect(remaining == 0)
        }
    }

    /// The task is cancelled once the server shows the statement running: the server stops it
    /// (`query_canceled`). Were the cancel lost, the statement would end by itself after five minutes
    /// — far above any normal run — and the error would not be the server's.
    @Test(.timeLimit(.minutes(10))) func cancellationInterruptsARunningStatement() async throws {
        try await withTable { pool, schema in
            let backend = AsyncStream.makeStream(of: Int32.self)
            let task = Task {
                try await pool.withTransaction { connection in
                    try await connection.execute("INSERT INTO \(identifier: schema).items VALUES (\(1), \("ett"))")
                    backend.continuation.yield(connection.backendPID)
                    try await connection.execute("SELECT pg_sleep(300)")
                }
            }
            var pid: Int32 = 0
            for await value in backend.stream {
                pid = value
                break
            }
            try await waitUntilSleeping(backend: pid, pool: pool)
            task.cancel()
            let error = await #expect(throws: (any Error).self) { try await task.value }
            #expect((error as? PostgresError)?.sqlState == .queryCanceled, "\(String(describing: error))")
            let remaining = try await count(pool, schema)
            #expect(remaining == 0)
        }
    }

    /// A cancel request that reaches the server before the statement does — the session is still
    /// waiting for its next command, so the server ignores it — still ends the statement: the request
    /// is sent again while the statement runs. Here the statement is marked running, the first
    /// request is sent and the server has taken it (a round trip on the session after it), and only
    /// then does the statement start. Were the request not sent again, the statement would end by
    /// itself after five minutes and the task would return instead of throwing.
    @Test(.timeLimit(.minutes(10))) func aCancelSentJustBeforeTheStatementStartsStillEndsIt() async throws {
        let connection = try await TestDatabase.connect()
        let canceller = connection.canceller
        let begun = AsyncStream.makeStream(of: Void.self)
        let task = Task {
            try await connection.cancellable { ticket -> Int in
                guard canceller.begin(ticket) else { throw CancellationError() }
                defer { canceller.end() }
                begun.continuation.yield()
                // Until the first request has gone (the test cancels the task now); the bound only
                // ends a test whose request never goes.
                let deadline = ContinuousClock.now + .seconds(120)
                while canceller.requestsSent == 0, ContinuousClock.now < deadline { usleep(1000) }
                // The server has the first request by now (libpq waits for it to take it); a statement
                // on the session makes it act on it: ignored while idle, or this statement is cancelled.
                _ = try? connection.run("SELECT 1")
                return try connection.run("SELECT pg_sleep(300)").count
            }
        }
        for await _ in begun.stream { break }
        task.cancel()
        let error = await #expect(throws: PostgresError.self) { try await task.value }
        #expect(error?.sqlState == .queryCanceled, "\(String(describing: error))")
        #expect(canceller.requestsSent >= 1)
        // The session serves the next statement: no request is left over for it.
        let rows = try await connection.query("SELECT 1 AS one")
        #expect(try rows[0].decode("one", as: Int.self) == 1)
        await connection.close()
    }

    /// Waits until the server shows backend `pid` running `pg_sleep`; the bound only ends a test whose
    /// statement never starts.
    private func waitUntilSleeping(backend pid: Int32, pool: PostgresPool) async throws {
        let deadline = ContinuousClock.now + .seconds(120)
        while true {
            let rows = try await pool.query(
                """
                SELECT count(*) AS n FROM pg_stat_activity
                WHERE pid = \(pid) AND state = 'active' AND wait_event = 'PgSleep'
                """)
            if try rows[0].decode("n", as: Int.self) == 1 { return }
            guard ContinuousClock.now < deadline else {
                Issue.record("backend \(pid) never showed pg_sleep running")
                return
            }
            try await Task.sleep(for: .milliseconds(20))
        }
    }

    @Test func nestedTransactionsAreSavepoints() async throws {
        try await withTable { pool, schema in
            try await pool.withTransaction { connection in
                try await connection.execute("INSERT INTO \(identifier: schema).items VALUES (\(1), \("yttre"))")
                await #expect(throws: Refused.self) {
                    try await connection.withTransaction { inner in
                        #expect(await inner.transactionNesting == 2)
                        try await inner.execute("INSERT INTO \(identifier: schema).items VALUES (\(2), \("inre"))")
                        throw Refused()
                    }
                }
                try await connection.withTransaction { inner in
                    try await inner.execute("INSERT INTO \(identifier: schema).items VALUES (\(3), \("inre"))")
                }
            }
            let ids = try await pool.query("SELECT id FROM \(identifier: schema).items ORDER BY id")
                .map { try $0.decode(0, as: Int.self) }
            #expect(ids == [1, 3])
        }
    }

    @Test func aFailedStatementRollsBackTheWholeTransaction() async throws {
        try await withTable { pool, schema in
            await #expect(throws: PostgresError.self) {
                try await pool.withTransaction { connection in
                    try await connection.execute("INSERT INTO \(identifier: schema).items VALUES (\(1), \("ett"))")
                    try await connection.execute("INSERT INTO \(identifier: schema).items VALUES (\(1), \("igen"))")
                }
            }
            let remaining = try await count(pool, schema)
            #expect(remaining == 0)
            // The connection went back to the pool clean.
            try await pool.withConnection { connection in
                #expect(await connection.transactionNesting == 0)
            }
        }
    }

    @Test func serializationFailuresAreRecognisable() async throws {
        try await withTable { pool, schema in
            try await pool.execute("INSERT INTO \(identifier: schema).items VALUES (\(1), \("0"))")
            let first = try await pool.makeDedicatedConnection()
            let second = try await pool.makeDedicatedConnection()
            let entered = AsyncStream.makeStream(of: Void.self)
            let proceed = AsyncStream.makeStream(of: Void.self)
            let one = Task {
                try await first.withTransaction(isolation: .serializable) { connection in
                    _ = try await connection.query("SELECT note FROM \(identifier: schema).items WHERE id = 1")
                    entered.continuation.yield()
                    for await _ in proceed.stream { break }
                    try await connection.execute("UPDATE \(identifier: schema).items SET note = 'one' WHERE id = 1")
                }
            }
            for await _ in entered.stream { break }
            _ = try await second.withTransaction(isolation: .serializable) { connection in
                try await connection.execute("UPDATE \(identifier: schema).items SET note = 'two' WHERE id = 1")
            }
            proceed.continuation.yield()
            let error = await #expect(throws: PostgresError.self) { try await one.value }
            #expect(error?.sqlState == .serializationFailure)
            #expect(error?.sqlState?.isTransient == true)
        }
    }
}
