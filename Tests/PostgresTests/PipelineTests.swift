import Foundation
import Postgres
import PostgresTestSupport
import Testing

/// Statements sent in one round trip, each in a transaction of its own (`PostgresConnection.pipelined`).
@Suite struct PipelineTests {
    @Test func eachStatementCommitsOnItsOwnAndAFailureStopsOnlyItself() async throws {
        let pool = try TestDatabase.pool(maximumConnections: 1)
        let table = "pipelined_\(UUID().uuidString.prefix(8).lowercased())"
        try await pool.withConnection { connection in
            try await connection.runScript("CREATE TABLE \(table) (id int PRIMARY KEY)")
            let insert = { (id: Int32) -> PostgresQuery in
                "INSERT INTO \(identifier: table) VALUES (\(id)) RETURNING id"
            }
            let results = try await connection.pipelined([
                insert(1), insert(1), .prepared("SELECT count(*)::int AS n FROM \(identifier: table)"), insert(2),
            ])
            #expect(results.count == 4)
            #expect(try results[0].get()[0].decode("id", as: Int32.self) == 1)
            guard case .failure(.server(let refused)) = results[1] else {
                Issue.record("a duplicate key must fail: \(results[1])")
                return
            }
            #expect(refused.sqlState.rawValue == "23505")
            // The first insert had committed before the second ran, and the third sees it.
            #expect(try results[2].get()[0].decode("n", as: Int.self) == 1)
            #expect(try results[3].get()[0].decode("id", as: Int32.self) == 2)
            // The session is back to ordinary statements.
            let count = try await connection.query("SELECT count(*)::int AS n FROM \(identifier: table)")
            #expect(try count[0].decode("n", as: Int.self) == 2)
            try await connection.runScript("DROP TABLE \(table)")
        }
        await pool.close()
    }

    @Test func aValueThatCannotBeEncodedFailsBeforeAnythingIsSent() async throws {
        let pool = try TestDatabase.pool(maximumConnections: 1)
        try await pool.withConnection { connection in
            await #expect(throws: PostgresError.self) {
                try await connection.pipelined(["SELECT 1 AS n", "SELECT \("nul\u{0}") AS text"])
            }
            let rows = try await connection.query("SELECT 2 AS n")
            #expect(try rows[0].decode("n", as: Int.self) == 2)
        }
        await pool.close()
    }
}

/// Statements sent in one round trip within one transaction (`PostgresConnection.executeBatch`).
@Suite struct BatchTests {
    @Test func aBatchRunsInOrderInsideTheCallersTransaction() async throws {
        let pool = try TestDatabase.pool(maximumConnections: 1)
        let table = "batch_\(UUID().uuidString.prefix(8).lowercased())"
        try await pool.withConnection { connection in
            try await connection.runScript("CREATE TABLE \(table) (id int PRIMARY KEY, note text)")
            try await connection.withTransaction { transaction in
                try await transaction.executeBatch([
                    "INSERT INTO \(identifier: table) VALUES (\(Int32(1)), \("a"))",
                    .prepared("INSERT INTO \(identifier: table) VALUES (\(Int32(2)), \("b"))"),
                    "UPDATE \(identifier: table) SET note = note || \("!") WHERE id = \(Int32(1))",
                ])
            }
            let rows = try await connection.query("SELECT id, note FROM \(identifier: table) ORDER BY id")
            #expect(try rows.map { try $0.decode("note", as: String.self) } == ["a!", "b"])
            try await connection.runScript("DROP TABLE \(table)")
        }
        await pool.close()
    }

    @Test func theFirstFailureIsThrownAndNothingOfTheBatchStays() async throws {
        let pool = try TestDatabase.pool(maximumConnections: 1)
        let table = "batch_\(UUID().uuidString.prefix(8).lowercased())"
        try await pool.withConnection { connection in
            try await connection.runScript("CREATE TABLE \(table) (id int PRIMARY KEY)")
            let insert = { (id: Int32) -> PostgresQuery in "INSERT INTO \(identifier: table) VALUES (\(id))" }
            // Outside a transaction the batch is one of its own.
            let error = await #expect(throws: PostgresError.self) {
                try await connection.executeBatch([insert(1), insert(1), insert(2)])
            }
            guard case .server(let refused)? = error else {
                Issue.record("expected the duplicate key's error, got \(String(describing: error))")
                return
            }
            #expect(refused.sqlState.rawValue == "23505")
            // Inside one, the caller's transaction fails as after any statement.
            await #expect(throws: PostgresError.self) {
                try await connection.withTransaction { transaction in
                    try await transaction.executeBatch([insert(3), "SELECT 1/0", insert(4)])
                }
            }
            let rows = try await connection.query("SELECT count(*)::int AS n FROM \(identifier: table)")
            #expect(try rows[0].decode("n", as: Int.self) == 0)
            try await connection.runScript("DROP TABLE \(table)")
        }
        await pool.close()
    }
}
