import Foundation
import Postgres

/// What administration asks of the store beyond appending and reading: counts for `status`, an
/// exclusive session for one-off jobs, and the same store stamping events with another clock.
extension EventStore {
    /// How many events the store holds, readable or not.
    package func eventCount() async throws -> Int {
        try await count("SELECT count(*) AS n FROM \(identifier: schema).events")
    }

    /// How many events the log holds after `position`, readable or not: how far a reader at
    /// `position` is behind.
    package func eventCount(after position: LogPosition) async throws -> Int {
        try await count(
            """
            SELECT count(*) AS n FROM \(identifier: schema).events
            WHERE (transaction_id, sequence) > (\(PostgresXID8(position.transactionID)), \(position.sequence))
            """)
    }

    /// Moves a log restored from another cluster behind this cluster's transaction ids, keeping its
    /// order (see migration 4), so that new appends follow it. Run as the log's owner after migrating;
    /// it does nothing when no event is ahead.
    ///
    /// - Returns: How many events moved; read models then rebuild, their checkpoints being past the
    ///   log's new head.
    package func rebaseIfAhead() async throws -> Int {
        do {
            let rows = try await pool.query("SELECT \(identifier: schema).rebase_log() AS moved")
            return try rows[0].decode("moved", as: Int.self)
        } catch let error as PostgresError {
            throw Self.storeError(error)
        }
    }

    /// Runs `body` while this process holds the session-level advisory lock named `name` within this
    /// store's schema, waiting for it.
    ///
    /// Advisory locks are shared by the whole database, so the key is derived from the schema as well:
    /// two organisations (or two test runs) in one database never wait for each other's lock. The lock
    /// is held on a session of its own, outside the pool: a pooled connection held while `body` borrows
    /// others would leave a pool of one waiting on itself. Closing the session releases the lock, also
    /// when the daemon dies.
    package func withExclusiveSession<Value>(named name: String, _ body: () async throws -> Value) async throws
        -> Value
    {
        let session: PostgresConnection
        do {
            session = try await pool.makeDedicatedConnection()
            _ = try await session.execute("SELECT pg_advisory_lock(hashtextextended(\(schema + "." + name), 0))")
        } catch let error as PostgresError {
            throw EventStoreError.database(error)
        }
        do {
            let value = try await body()
            await session.close()
            return value
        } catch {
            await session.close()
            throw error
        }
    }

    /// Runs `body` if this process can take the session-level advisory lock named `name` (within this
    /// store's schema) without waiting; returns whether it could. The lock is held on a dedicated
    /// session that `body` gets, so it can check that the session — and with it the lock — is alive.
    ///
    /// This is how one of several daemons on a database becomes the one that delivers mail or runs
    /// the schedule: when it dies its session ends, the lock is free, and the next to try takes it.
    package func withLeadership(named name: String, _ body: (PostgresConnection) async throws -> Void)
        async throws -> Bool
    {
        let session: PostgresConnection
        do {
            session = try await pool.makeDedicatedConnection()
        } catch {
            throw EventStoreError.database(error)
        }
        do {
            let acquired = try await session.query(
                "SELECT pg_try_advisory_lock(hashtextextended(\(schema + "." + name), 0)) AS ok"
            ).first?.decode("ok", as: Bool.self)
            if acquired == true { try await body(session) }
            await session.close()
            return acquired == true
        } catch {
            await session.close()
            throw error
        }
    }

    /// The same store, stamping `recordedAt` from `now` instead: for loading a story whose events
    /// happened at instants of their own.
    package func recording(at now: @escaping @Sendable () -> Date) -> EventStore {
        EventStore(pool: pool, schema: schema, logger: logger, now: now)
    }

    private func count(_ query: PostgresQuery) async throws -> Int {
        do {
            return try await pool.query(query).first?.decode("n", as: Int.self) ?? 0
        } catch let error as PostgresError {
            throw EventStoreError.database(error)
        }
    }
}
