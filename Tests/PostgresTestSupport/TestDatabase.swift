import Foundation
import Postgres

/// The throwaway PostgreSQL cluster that `ops/test` starts for the suite.
///
/// Tests that need PostgreSQL call ``conninfo()``: without the cluster they fail with a message that
/// says how to run them — they never skip, so a CI run without a database cannot pass by accident.
package enum TestDatabase {
    /// The variable `ops/test` exports.
    package static let environmentVariable = "TREDJEKRAFT_TEST_DATABASE_URL"

    package struct Unavailable: Error, CustomStringConvertible {
        package let description: String
    }

    /// The connection string of the test cluster.
    package static func conninfo(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> String {
        guard let url = environment[environmentVariable], !url.isEmpty else {
            let ci = environment["CI"] == "true" ? " (CI=true)" : ""
            throw Unavailable(
                description: "\(environmentVariable) is not set\(ci): run the suite with ops/test, which "
                    + "starts a throwaway PostgreSQL, or point the variable at a database you may wreck")
        }
        return url
    }

    /// A fresh pool on the test cluster.
    package static func pool(maximumConnections: Int = 8) throws -> PostgresPool {
        PostgresPool(
            conninfo: try conninfo(), maximumConnections: maximumConnections, applicationName: "tredjekraft-tests")
    }

    /// A fresh dedicated connection to the test cluster.
    package static func connect() async throws -> PostgresConnection {
        try await PostgresConnection.connect(try conninfo(), applicationName: "tredjekraft-tests")
    }

    /// A name no other test uses, for tables, schemas and channels.
    package static func uniqueName(_ prefix: String) -> String {
        let suffix = UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(12)
        return "\(prefix)_\(suffix)"
    }

    /// Runs `body` with a database of its own on the test cluster (its connection string), dropped
    /// afterwards: for what must hold across databases of one cluster.
    package static func withDatabase<Value>(
        _ prefix: String = "db", _ body: (String) async throws -> Value
    ) async throws -> Value {
        let admin = try await connect()
        let name = uniqueName(prefix)
        try await admin.execute("CREATE DATABASE \(identifier: name)")
        let result: Result<Value, any Error>
        do {
            result = .success(try await body(try conninfo() + "&dbname=" + name))
        } catch {
            result = .failure(error)
        }
        try await admin.execute("DROP DATABASE \(identifier: name) WITH (FORCE)")
        await admin.close()
        return try result.get()
    }

    /// Runs `body` with a schema of its own, dropped afterwards.
    package static func withSchema<Value>(
        _ prefix: String = "test", _ body: (PostgresPool, String) async throws -> Value
    ) async throws -> Value {
        let pool = try pool()
        let schema = uniqueName(prefix)
        try await pool.execute("CREATE SCHEMA \(identifier: schema)")
        do {
            let value = try await body(pool, schema)
            try await pool.execute("DROP SCHEMA \(identifier: schema) CASCADE")
            await pool.close()
            return value
        } catch {
            _ = try? await pool.execute("DROP SCHEMA \(identifier: schema) CASCADE")
            await pool.close()
            throw error
        }
    }
}
