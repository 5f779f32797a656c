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
