import Foundation
import Postgres
import PostgresTestSupport
import Testing

/// Statements the session keeps prepared (`PostgresQuery.prepared()`): planned once, run by name, and
/// still right when what they read changes under them.
@Suite struct PreparedStatementTests {
    /// How many statements this session holds prepared, as the server counts them.
    private func preparedCount(_ connection: PostgresConnection) async throws -> Int {
        try await connection.query("SELECT count(*)::int AS n FROM pg_prepared_statements")[0].decode("n")
    }

    @Test func aPreparedStatementIsPlannedOnceAndAnswersLikeAnyOther() async throws {
        let pool = try TestDatabase.pool(maximumConnections: 1)
        try await pool.withConnection { connection in
            for n in 0..<20 {
                let rows = try await connection.query(.prepared("SELECT \(n) + 1 AS n, \("x\(n)") AS text"))
                #expect(try rows[0].decode("n", as: Int.self) == n + 1)
                #expect(try rows[0].decode("text", as: String.self) == "x\(n)")
            }
            #expect(try await preparedCount(connection) == 1)
            // The same text with values of another type is another statement.
            _ = try await connection.query(.prepared("SELECT \(Int32(1)) + 1 AS n, \("y") AS text"))
            #expect(try await preparedCount(connection) == 2)
        }
        await pool.close()
    }

    @Test func aTableRecreatedWithOtherColumnsIsReadAfresh() async throws {
        let pool = try TestDatabase.pool(maximumConnections: 1)
        let table = "prepared_\(UUID().uuidString.prefix(8).lowercased())"
        try await pool.withConnection { connection in
            try await connection.runScript("CREATE TABLE \(table) (id int PRIMARY KEY, name text)")
            try await connection.execute("INSERT INTO \(identifier: table) VALUES (1, 'ett')")
            let select = PostgresQuery.prepared("SELECT * FROM \(identifier: table) WHERE id = \(1)")
            #expect(try await connection.query(select)[0].decode("name", as: String.self) == "ett")
            // What a projection's rebuild does: drop its table and create it again, here with a new shape.
            try await connection.runScript(
                "DROP TABLE \(table); CREATE TABLE \(table) (id int PRIMARY KEY, name text, extra int)")
            try await connection.execute("INSERT INTO \(identifier: table) VALUES (1, 'två', 2)")
            let rows = try await connection.query(select)
            #expect(try rows[0].decode("name", as: String.self) == "två")
            #expect(try rows[0].decode("extra", as: Int.self) == 2)
            // Inside a transaction the changed statement fails that transaction, once, with what happened.
            try await connection.runScript(
                "DROP TABLE \(table); CREATE TABLE \(table) (id int PRIMARY KEY, name text)")
            try await connection.execute("INSERT INTO \(identifier: table) VALUES (1, 'tre')")
            await #expect(throws: PostgresError.self) {
                try await connection.withTransaction { try await $0.query(select) }
            }
            let afterwards = try await connection.query(select)
            #expect(try afterwards[0].decode("name", as: String.self) == "tre")
            try await connection.runScript("DROP TABLE \(table)")
        }
        await pool.close()
    }

    @Test func aStatementThatDoesNotParseIsNotKept() async throws {
        let pool = try TestDatabase.pool(maximumConnections: 1)
        try await pool.withConnection { connection in
            await #expect(throws: PostgresError.self) {
                try await connection.query(.prepared("SELEC \(1)"))
            }
            let kept = try await preparedCount(connection)
            #expect(kept == 0)
            let rows = try await connection.query(.prepared("SELECT \(1) AS n"))
            #expect(try rows[0].decode("n", as: Int.self) == 1)
        }
        await pool.close()
    }

    @Test func aSessionKeepsABoundedNumberOfStatements() async throws {
        let pool = try TestDatabase.pool(maximumConnections: 1)
        try await pool.withConnection { connection in
            let count = PostgresConnection.preparedStatementLimit + 20
            for n in 0..<count {
                let rows = try await connection.query(PostgresQuery(unsafeSQL: "SELECT \(n) AS n").prepared())
                #expect(try rows[0].decode("n", as: Int.self) == n)
            }
            #expect(try await preparedCount(connection) == PostgresConnection.preparedStatementLimit)
        }
        await pool.close()
    }
}
