import EventStore
import Foundation
import Logging
import Postgres
import Synchronization

/// Keeps every projection up to date with the event log.
///
/// Each batch of events is applied to all projections in one transaction, together with each
/// projection's checkpoint, so a crash (or a connection killed mid-batch) leaves every projection
/// exactly at a batch boundary. Command handlers wait on ``waitUntilProcessed(_:timeout:)`` so a
/// coordinator always reads their own writes.
public final class ProjectionRunner: Sendable {
    public let store: EventStore
    public let projections: [any Projection]
    let registry: EventTypeRegistry
    let batchSize: Int
    let pollInterval: Duration
    let logger: Logger
    private let state = Mutex(State())

    private struct State {
        var checkpoints: [String: LogPosition] = [:]
        var waiters: [UInt64: (target: LogPosition, continuation: CheckedContinuation<Void, Never>)] = [:]
        var nextWaiter: UInt64 = 0
        var lastError: String?

        var processed: LogPosition { checkpoints.values.min() ?? .start }
    }

    public init(
        store: EventStore, projections: [any Projection], registry: EventTypeRegistry = .domain,
        batchSize: Int = 1000, pollInterval: Duration = .seconds(1), logger: Logger = .postgresNoOp
    ) {
        self.store = store
        self.projections = projections
        self.registry = registry
        self.batchSize = batchSize
        self.pollInterval = pollInterval
        self.logger = logger
    }

    /// The read models the daemon keeps: the catalog, the issues and the timeline. One list, so the
    /// daemon, the benchmark and the tests build the same ones.
    public static func readModels(for store: EventStore) -> [any Projection] {
        [CatalogProjection(), IssuesProjection(store: store), TimelineProjection()]
    }

    /// The runner's checkpoint table, versioned like the store's schema.
    public var migrator: SchemaMigrator {
        SchemaMigrator(pool: store.pool, schema: store.schema, component: "projections", migrations: ProjectionMigrations.all)
    }

    /// Where every projection has got to: events up to here are visible in all read models.
    public var processedPosition: LogPosition { state.withLock { $0.processed } }

    /// Each projection's checkpoint, for `status`.
    public var checkpoints: [String: LogPosition] { state.withLock { $0.checkpoints } }

    /// The last error that held the runner back, if it has not recovered since.
    public var lastError: String? { state.withLock { $0.lastError } }

    // MARK: Starting

    /// Creates the checkpoint table, rebuilds projections whose version changed, loads checkpoints.
    public func prepare() async throws {
        try await migrator.migrate()
        for projection in projections {
            let rows = try await store.pool.query(
                """
                SELECT version, transaction_id, sequence FROM \(identifier: store.schema).projection_checkpoints
                WHERE name = \(projection.name)
                """)
            if let row = rows.first, try row.decode("version", as: Int.self) == projection.version {
                let position = LogPosition(transactionID: try row.decode("transaction_id"), sequence: try row.decode("sequence"))
                state.withLock { $0.checkpoints[projection.name] = position }
            } else {
                logger.notice("building projection \(projection.name) version \(projection.version) from the start of the log")
                try await rebuild(projection)
            }
        }
    }

    /// Drops a projection's tables and builds them again from the start of the log.
    public func rebuild(_ projection: any Projection) async throws {
        try await store.pool.withTransaction { connection in
            for table in projection.tables {
                try await connection.execute("DROP TABLE IF EXISTS \(identifier: store.schema).\(identifier: table) CASCADE")
            }
            try await projection.createTables(schema: store.schema, on: connection)
            try await connection.execute(
                """
                INSERT INTO \(identifier: store.schema).projection_checkpoints (name, version)
                VALUES (\(projection.name), \(projection.version))
                ON CONFLICT (name) DO UPDATE
                SET version = excluded.version, transaction_id = '0', sequence = 0, rebuilt_at = now(), updated_at = now()
                """)
        }
        await projection.reset()
        state.withLock { $0.checkpoints[projection.name] = .start }
    }

    // MARK: Running

    /// Applies everything readable now, then returns (at start, before the daemon reports READY).
    public func catchUp() async throws {
        while true {
            let batch = try await store.readAll(after: processedPosition, limit: batchSize)
            if batch.isEmpty { return }
            try await apply(batch)
        }
    }

    /// Follows the log until the task is cancelled. A lost database is waited out with backoff; an
    /// event this binary cannot read stops the runner with an error saying which.
    public func run() async throws {
        var backoff = Duration.milliseconds(100)
        while !Task.isCancelled {
            do {
                var events = store.subscribe(after: processedPosition, batchSize: batchSize, pollInterval: pollInterval)
                    .makeAsyncIterator()
                while let batch = try await events.nextBatch() {
                    try await apply(batch)
                    backoff = .milliseconds(100)
                }
                return
            } catch where Task.isCancelled {
                return  // stopping: a statement cancelled on the way out is not a failure
            } catch let error where Self.isTransient(error) {
                logger.warning("projections are waiting for the database: \(error)")
                state.withLock { $0.lastError = "\(error)" }
                try? await Task.sleep(for: backoff)
                backoff = min(backoff * 2, .seconds(5))
            } catch {
                state.withLock { $0.lastError = "\(error)" }
                throw error
            }
        }
    }

    private static func isTransient(_ error: any Error) -> Bool {
        if let error = error as? PostgresError { return error.isConnectionProblem }
        if case EventStoreError.database(let error)? = error as? EventStoreError { return error.isConnectionProblem }
        return false
    }

    private func apply(_ recorded: [RecordedEvent]) async throws {
        let events = try recorded.map { try DomainEventRecord($0, registry: registry) }
        let checkpoints = state.withLock { $0.checkpoints }
        var advanced: [String: LogPosition] = [:]
        do {
            try await store.pool.withTransaction { connection in
                for projection in projections {
                    let checkpoint = checkpoints[projection.name] ?? .start
                    let unseen = events.filter { $0.position > checkpoint }
                    guard let last = unseen.last else { continue }
                    try await projection.apply(unseen, schema: store.schema, on: connection)
                    try await connection.execute(
                        """
                        UPDATE \(identifier: store.schema).projection_checkpoints
                        SET transaction_id = \(PostgresXID8(last.position.transactionID)), sequence = \(last.position.sequence),
                            updated_at = now()
                        WHERE name = \(projection.name)
                        """)
                    advanced[projection.name] = last.position
                }
            }
        } catch {
            for projection in projections { await projection.batchRolledBack() }
            throw error
        }
        for projection in projections { await projection.batchCommitted() }
        let ready = state.withLock { state in
            state.lastError = nil
            state.checkpoints.merge(advanced) { max($0, $1) }
            let processed = state.processed
            let done = state.waiters.filter { $0.value.target <= processed }
            for id in done.keys { state.waiters[id] = nil }
            return done.values.map(\.continuation)
        }
        for continuation in ready { continuation.resume() }
    }

    // MARK: Read-your-writes

    /// Returns once every projection has applied the event at `position`.
    ///
    /// - Throws: ``ProjectionLag`` when that takes longer than `timeout`: the write is safe, the views
    ///   are behind, and the caller can say so instead of hanging.
    public func waitUntilProcessed(_ position: LogPosition, timeout: Duration) async throws {
        if processedPosition >= position { return }
        let reached = await withTaskGroup(of: Bool.self) { group in
            group.addTask { await self.waitForPosition(position); return true }
            group.addTask {
                try? await Task.sleep(for: timeout)
                return false
            }
            let first = await group.next() ?? false
            group.cancelAll()
            return first
        }
        if !reached && processedPosition < position {
            throw ProjectionLag(waitedFor: position, reached: processedPosition, timeout: timeout)
        }
    }

    private func waitForPosition(_ target: LogPosition) async {
        let id = state.withLock { state in
            defer { state.nextWaiter += 1 }
            return state.nextWaiter
        }
        await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let resumeNow = state.withLock { state in
                    if state.processed >= target || Task.isCancelled { return true }
                    state.waiters[id] = (target, continuation)
                    return false
                }
                if resumeNow { continuation.resume() }
            }
        } onCancel: {
            state.withLock { $0.waiters.removeValue(forKey: id) }?.continuation.resume()
        }
    }
}
