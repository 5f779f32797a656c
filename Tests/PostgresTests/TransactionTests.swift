import Foundation
import Postgres
import PostgresTestSupport
import Testing

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

    @Test func cancellationInterruptsARunningStatement() async throws {
        try await withTable { pool, schema in
            let started = ContinuousClock.now
            let task = Task {
                try await pool.withTransaction { connection in
                    try await connection.execute("INSERT INTO \(identifier: schema).items VALUES (\(1), \("ett"))")
                    try await connection.execute("SELECT pg_sleep(30)")
                }
            }
            try await Task.sleep(for: .milliseconds(300))
            task.cancel()
            let error = await #expect(throws: (any Error).self) { try await task.value }
            #expect((error as? PostgresError)?.sqlState == .queryCanceled || error is CancellationError)
            #expect(ContinuousClock.now - started < .seconds(20))
            let remaining = try await count(pool, schema)
            #expect(remaining == 0)
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
