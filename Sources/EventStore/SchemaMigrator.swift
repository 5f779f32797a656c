import Foundation
import Postgres

/// Brings a schema up to the version this binary expects, once, however many daemons start together.
///
/// All pending migrations run in one transaction under an advisory lock, so a second daemon waits and
/// then finds nothing to do, and a failed migration leaves the schema as it was. A database migrated
/// by a newer release is refused rather than used with a schema this binary does not understand.
///
/// The lock is the schema's own (``lockName(schema:)``): advisory locks are shared by the whole
/// database, and one key for every schema made each organisation's (and each test's) start wait for
/// the others' migrations. It is not also the component's: every component's migrations begin by
/// creating the schema and its `schema_migrations` table, which two transactions cannot do at once.
package struct SchemaMigrator: Sendable {
    package let pool: PostgresPool
    package let schema: String
    /// Which part of the program owns these migrations ("eventstore", "projections", …).
    package let component: String
    package let migrations: [Migration]

    package init(pool: PostgresPool, schema: String, component: String, migrations: [Migration]) {
        precondition(
            zip(migrations, migrations.dropFirst()).allSatisfy { $0.version + 1 == $1.version }
                && migrations.first?.version == 1,
            "migrations must be numbered 1, 2, 3, …")
        self.pool = pool
        self.schema = schema
        self.component = component
        self.migrations = migrations
    }

    /// The advisory lock's name, hashed as the event store's session locks are
    /// (`hashtextextended(name, 0)`); no session lock is named so (theirs are `<schema>.<word>`).
    static func lockName(schema: String) -> String {
        schema + ".schema migrations"
    }

    /// The newest version this binary knows.
    package var latestVersion: Int { migrations.last?.version ?? 0 }

    /// Applies what is missing and returns the versions applied now (empty when up to date).
    ///
    /// An up-to-date schema is only read, never written: a runtime role without the right to change the
    /// schema (see `ops/db-bootstrap`) starts on a database its owner migrated.
    @discardableResult
    package func migrate() async throws -> [Int] {
        do {
            let found = try await databaseVersion()
            if found == latestVersion { return [] }
            if found > latestVersion {
                throw EventStoreError.schemaTooNew(schema: schema, database: found, binary: latestVersion)
            }
            return try await pool.withTransaction { connection in
                try await connection.query(
                    "SELECT pg_advisory_xact_lock(hashtextextended(\(Self.lockName(schema: schema)), 0))")
                try await connection.execute("CREATE SCHEMA IF NOT EXISTS \(identifier: schema)")
                try await connection.execute(
                    """
                    CREATE TABLE IF NOT EXISTS \(identifier: schema).schema_migrations (
                        component text NOT NULL,
                        version integer NOT NULL,
                        description text NOT NULL,
                        applied_at timestamptz NOT NULL DEFAULT now(),
                        PRIMARY KEY (component, version)
                    )
                    """)
                let current = try await currentVersion(connection)
                if current > latestVersion {
                    throw EventStoreError.schemaTooNew(schema: schema, database: current, binary: latestVersion)
                }
                var applied: [Int] = []
                for migration in migrations where migration.version > current {
                    try await connection.runScript(migration.sql(for: schema))
                    try await connection.execute(
                        """
                        INSERT INTO \(identifier: schema).schema_migrations (component, version, description)
                        VALUES (\(component), \(migration.version), \(migration.description))
                        """)
                    applied.append(migration.version)
                }
                return applied
            }
        } catch let error as PostgresError where error.sqlState == .insufficientPrivilege {
            throw EventStoreError.migrationNotPermitted(schema: schema, component: component, error: error)
        } catch let error as PostgresError {
            throw EventStoreError.database(error)
        }
    }

    /// The version the database is at (0 when never migrated).
    package func databaseVersion() async throws -> Int {
        try await pool.withConnection { connection in
            let exists = try await connection.query(
                "SELECT to_regclass(\(PostgresQuery.quoteIdentifier(schema) + ".schema_migrations")) IS NOT NULL AS present"
            )
            guard try exists[0].decode("present", as: Bool.self) else { return 0 }
            return try await currentVersion(connection)
        }
    }

    private func currentVersion(_ connection: PostgresConnection) async throws -> Int {
        let rows = try await connection.query(
            """
            SELECT coalesce(max(version), 0) AS version FROM \(identifier: schema).schema_migrations
            WHERE component = \(component)
            """)
        return try rows[0].decode("version", as: Int.self)
    }
}
