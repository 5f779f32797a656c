import Domain
import EventCodec
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
///
/// A projection that cannot apply an event (see ``ProjectionStop``) must not wedge the others or the
/// daemon: each projection applies its part of a batch inside a savepoint; when that fails it goes
/// through the events one by one, keeps those it can apply, and stops at the first it cannot. It
/// stays stopped until a restart or ``rebuild(named:)``; the others go on.
///
/// Several daemons on one schema each run a runner over the same tables. The stored checkpoints, not
/// a runner's memory, say what is applied: every batch begins by locking them (`FOR UPDATE`, in name
/// order, as a rebuild does), applies only what lies past them, and advances them before it commits.
/// A batch another runner applied meanwhile is skipped, never applied twice; a checkpoint that moved
/// back (a rebuild elsewhere, a failover that lost a batch) is followed from where it now stands.
package final class ProjectionRunner: Sendable, LogFollower {
    package let store: EventStore
    package let projections: [any Projection]
    let registry: EventTypeRegistry
    let batchSize: Int
    let pollInterval: Duration
    let logger: Logger
    let onStop: @Sendable (ProjectionStop) -> Void
    private let state = Mutex(State())
    /// Batches and rebuilds, one at a time.
    private let gate = AsyncGate()

    private struct State {
        var checkpoints: [String: LogPosition] = [:]
        var stopped: [String: ProjectionStop] = [:]
        var waiters: [UInt64: (target: LogPosition, continuation: CheckedContinuation<Void, Never>)] = [:]
        var nextWaiter: UInt64 = 0
        var lastError: String?
        /// Told of the event types of every batch once it is committed in the read models.
        var reactions: [@Sendable (Set<String>) -> Void] = []

        /// The waiters whose position every running projection has reached, removed from the list.
        mutating func takeReachedWaiters() -> [CheckedContinuation<Void, Never>] {
            let processed = processed
            let done = waiters.filter { $0.value.target <= processed }
            for id in done.keys { waiters[id] = nil }
            return done.values.map(\.continuation)
        }

        /// Where every running projection has got to; stopped ones wait for a restart or a rebuild.
        var processed: LogPosition {
            let running = checkpoints.filter { stopped[$0.key] == nil }.values
            return running.min() ?? checkpoints.values.max() ?? .start
        }
    }

    /// - Parameter onStop: told when a projection stops at an event (for logs and sd_notify).
    package init(
        store: EventStore, projections: [any Projection], registry: EventTypeRegistry = .domain,
        batchSize: Int = 1000, pollInterval: Duration = .seconds(1), logger: Logger = .postgresNoOp,
        onStop: @escaping @Sendable (ProjectionStop) -> Void = { _ in }
    ) {
        self.store = store
        self.projections = projections
        self.registry = registry
        self.batchSize = batchSize
        self.pollInterval = pollInterval
        self.logger = logger
        self.onStop = onStop
    }

    /// The read models the daemon keeps: the catalog, the issues and the timeline. One list, so the
    /// daemon, the benchmark and the tests build the same ones. They date events on `clock`'s calendar,
    /// the one the commands and queries use.
    package static func readModels(for store: EventStore, clock: OrganisationClock) -> [any Projection] {
        [
            CatalogProjection(), IssuesProjection(store: store, clock: clock), TimelineProjection(clock: clock),
            OutboxProjection(store: store), PolicyEffectsProjection(), DigestsProjection(clock: clock),
            FeedbackGivenProjection(),
        ]
    }

    /// The runner's checkpoint table, versioned like the store's schema.
    package var migrator: SchemaMigrator { Self.migrator(for: store) }

    /// The checkpoint table's migrations on `store`'s connection: the daemon applies them with the
    /// schema owner's role when that is not the role it serves with.
    package static func migrator(for store: EventStore) -> SchemaMigrator {
        SchemaMigrator(
            pool: store.pool, schema: store.schema, component: "projections", migrations: ProjectionMigrations.all)
    }

    /// Where every projection has got to: events up to here are visible in all read models.
    package var processedPosition: LogPosition { state.withLock { $0.processed } }

    /// Each projection's checkpoint, for `status`.
    package var checkpoints: [String: LogPosition] { state.withLock { $0.checkpoints } }

    /// The last error that held the runner back, if it has not recovered since.
    package var lastError: String? { state.withLock { $0.lastError } }

    /// The projections stopped at an event they could not apply, by name.
    package var stopped: [String: ProjectionStop] { state.withLock { $0.stopped } }

    // MARK: Starting

    /// Creates the checkpoint table, rebuilds projections whose version changed, loads checkpoints.
    package func prepare() async throws {
        try await migrator.migrate()
        for projection in projections {
            let rows = try await store.pool.query(
                """
                SELECT version, transaction_id, sequence FROM \(identifier: store.schema).projection_checkpoints
                WHERE name = \(projection.name)
                """)
            let position = try rows.first.map {
                LogPosition(transactionID: try $0.decode("transaction_id"), sequence: try $0.decode("sequence"))
            }
            // The head is read after the checkpoint: another daemon's runner may have applied events
            // committed after an earlier look at the head, and that is no reason to rebuild.
            let head = try await store.headPosition()
            if let row = rows.first, let position, try row.decode("version", as: Int.self) == projection.version,
                position <= head
            {
                state.withLock { $0.checkpoints[projection.name] = position }
            } else if let position, position > head {
                // Only a log moved under it (a restore into another cluster, see EventStore.rebaseIfAhead)
                // leaves a checkpoint past the head: what it applied is no longer where it was.
                logger.notice(
                    "rebuilding projection \(projection.name): its checkpoint \(position) is past the log's head \(head)"
                )
                try await rebuild(projection)
            } else {
                logger.notice(
                    "building projection \(projection.name) version \(projection.version) from the start of the log")
                try await rebuild(projection)
            }
        }
    }

    /// Rebuilds the projection called `name` from the start of the log (`tredjekraft projection
    /// rebuild NAME`): drops its tables, lets it run again if it was stopped, and applies the log up
    /// to now — stopping again at an event it still cannot apply.
    ///
    /// - Returns: `false` when no projection has that name.
    package func rebuild(named name: String) async throws -> Bool {
        guard let projection = projections.first(where: { $0.name == name }) else { return false }
        logger.notice("rebuilding projection \(name) from the start of the log")
        try await gate.withLock {
            try await rebuild(projection)
            state.withLock { $0.stopped[name] = nil }
        }
        // The others are further on and skip what they have; only this one applies the batches.
        while state.withLock({ $0.stopped[name] == nil }) {
            let from = state.withLock { $0.checkpoints[name] ?? .start }
            let batch = try await store.readAll(after: from, limit: batchSize)
            if batch.isEmpty { break }
            do { try await apply(batch, readAfter: from) } catch is CheckpointMovedBack { continue }
        }
        return true
    }

    /// Drops a projection's tables and builds them again from the start of the log.
    package func rebuild(_ projection: any Projection) async throws {
        // Every erasure committed before the rebuild reads the log has rewritten it already.
        let head = try await store.headPosition()
        try await store.pool.withTransaction { connection in
            // Checkpoints first, as every batch takes them: a batch and a rebuild then wait for each
            // other instead of deadlocking over the tables.
            _ = try await lockStoredCheckpoints(on: connection)
            try await recreateTables(of: projection, erasuresThrough: head, on: connection)
        }
        await projection.reset()
        state.withLock { $0.checkpoints[projection.name] = .start }
    }

    /// Drops a projection's tables, creates them empty and sets its checkpoint to the start of the log,
    /// inside the caller's transaction. `erasuresThrough`: every erasure up to there had rewritten the
    /// log before these tables are filled again, so applying one of those needs no rebuild.
    private func recreateTables(
        of projection: any Projection, erasuresThrough: LogPosition, on connection: PostgresConnection
    ) async throws {
        for table in projection.tables {
            try await connection.execute(
                "DROP TABLE IF EXISTS \(identifier: store.schema).\(identifier: table) CASCADE")
        }
        try await projection.createTables(schema: store.schema, on: connection)
        try await connection.execute(
            """
            INSERT INTO \(identifier: store.schema).projection_checkpoints
                (name, version, erasures_through_tx, erasures_through_seq)
            VALUES (\(projection.name), \(projection.version), \(PostgresXID8(erasuresThrough.transactionID)),
                    \(erasuresThrough.sequence))
            ON CONFLICT (name) DO UPDATE
            SET version = excluded.version, transaction_id = '0', sequence = 0, rebuilt_at = now(), updated_at = now(),
                erasures_through_tx = excluded.erasures_through_tx, erasures_through_seq = excluded.erasures_through_seq
            """)
    }

    // MARK: Running

    /// Applies everything readable now, then returns (at start, before the daemon reports READY).
    /// A projection that cannot apply an event stops there; the others catch up all the same.
    package func catchUp() async throws {
        while true {
            do {
                try await catchUpOnce()
                return
            } catch is CheckpointMovedBack {
                continue
            }
        }
    }

    private func catchUpOnce() async throws {
        guard state.withLock({ $0.stopped.count < projections.count }) else { return }
        var from = processedPosition
        var batch = try await DecodedBatch.read(from: store, after: from, limit: batchSize, registry: registry)
        while let last = batch.recorded.last?.position {
            // The next batch is read on another connection and decoded in a child task while this one is
            // applied: a rebuild's reading, decoding and writing then overlap on both cores instead of
            // taking turns. Every running projection is at `last` once this batch is applied (one that
            // stops is skipped).
            async let next = DecodedBatch.read(from: store, after: last, limit: batchSize, registry: registry)
            try await apply(batch, readAfter: from)
            (batch, from) = (try await next, last)
            if state.withLock({ $0.stopped.count == projections.count }) { return }
        }
    }

    /// Follows the log until the task is cancelled. A lost database — or anything else that fails a
    /// whole batch — is waited out with backoff and reported in ``lastError``; an event one projection
    /// cannot apply (or this binary cannot read) stops that projection alone.
    package func run() async throws {
        var backoff = Duration.milliseconds(100)
        while !Task.isCancelled {
            do {
                // After a lost connection (or a failover to a standby) the stored checkpoints say where
                // to go on, not this runner's memory.
                try await followStoredCheckpoints()
                var from = processedPosition
                var events = store.subscribe(after: from, batchSize: batchSize, pollInterval: pollInterval)
                    .makeAsyncIterator()
                while let batch = try await events.nextBatch() {
                    try await apply(batch, readAfter: from)
                    from = batch.last?.position ?? from
                    backoff = .milliseconds(100)
                }
                return
            } catch  where Task.isCancelled {
                return  // stopping: a statement cancelled on the way out is not a failure
            } catch is CheckpointMovedBack {
                continue
            } catch {
                if EventStoreError.isConnectionProblem(error) {
                    logger.warning("projections are waiting for the database: \(error)")
                } else {
                    logger.error("projections failed a batch; retrying: \(error)")
                }
                state.withLock { $0.lastError = "\(error)" }
                try? await Task.sleep(for: backoff)
                backoff = min(backoff * 2, .seconds(5))
            }
        }
    }

    /// Applies a batch read from the log after `readAfter` (every event between there and the batch's
    /// last is in it).
    private func apply(_ recorded: [RecordedEvent], readAfter: LogPosition) async throws {
        try await apply(DecodedBatch(recorded, registry: registry), readAfter: readAfter)
    }

    private func apply(_ batch: DecodedBatch, readAfter: LogPosition) async throws {
        try await gate.withLock { try await applyLocked(batch, readAfter: readAfter) }
    }

    private func applyLocked(_ batch: DecodedBatch, readAfter: LogPosition) async throws {
        // An event this binary cannot read stops every projection that has not passed it; the
        // events before it are applied as usual (the batch was decoded up to it).
        let recorded = batch.recorded
        let events = batch.events
        let unreadable = batch.unreadable.map { (event: $0.event, error: Self.oneLine($0.error)) }
        // First with no savepoint per projection: nearly every batch applies cleanly, and a savepoint and
        // its release are two round trips each. When a projection cannot apply an event, the whole
        // transaction rolls back and the batch is applied again with each projection in a savepoint of
        // its own, to keep what it can and stop where it must.
        let outcome: BatchOutcome
        do {
            outcome = try await applyInTransaction(
                events, unreadable: unreadable, batchEnd: recorded.last?.position, readAfter: readAfter, isolated: false
            )
        } catch is IsolationNeeded {
            outcome = try await applyInTransaction(
                events, unreadable: unreadable, batchEnd: recorded.last?.position, readAfter: readAfter, isolated: true)
        }
        for projection in projections { await projection.batchCommitted() }
        let (reached, movedBack, stops) = (outcome.reached, outcome.movedBack, outcome.stops)
        let ready = state.withLock { state in
            state.lastError = nil
            state.checkpoints.merge(reached) { $1 }
            for stop in stops { state.stopped[stop.projection] = stop }
            return state.takeReachedWaiters()
        }
        for stop in stops {
            logger.error("\(stop)")
            onStop(stop)
        }
        for continuation in ready { continuation.resume() }
        let reactions = state.withLock { $0.reactions }
        if !reactions.isEmpty {
            let types = Set(recorded.map(\.eventType))
            for react in reactions { react(types) }
        }
        // The events between a checkpoint set back and this batch were not in it: read them.
        if movedBack { throw CheckpointMovedBack() }
    }

    /// What a batch's transaction did: where each projection got to, whether a checkpoint had been set
    /// back, and the projections that stopped.
    private struct BatchOutcome {
        var reached: [String: LogPosition] = [:]
        var movedBack = false
        var stops: [ProjectionStop] = []
    }

    /// A projection could not apply an event of a batch applied without savepoints: the batch is
    /// applied again, each projection in a savepoint of its own.
    private struct IsolationNeeded: Error {}

    /// Applies `events` to every running projection in one transaction, with the checkpoints that move
    /// in one statement. A projection that handles none of its unseen events
    /// (``Projection/handles(_:)``) writes nothing, but its checkpoint moves past them all the same.
    ///
    /// - Parameter isolated: each projection in a savepoint (``applyIsolated(_:_:on:)``); otherwise a
    ///   failure caused by an event throws ``IsolationNeeded`` and the transaction rolls back.
    private func applyInTransaction(
        _ events: [DomainEventRecord], unreadable: (event: RecordedEvent, error: String)?, batchEnd: LogPosition?,
        readAfter: LogPosition, isolated: Bool
    ) async throws -> BatchOutcome {
        let stopped = state.withLock { $0.stopped }
        var outcome = BatchOutcome()
        do {
            try await store.pool.withTransaction { connection in
                let (stored, erasures) = try await lockStoredCheckpointsAndErasures(on: connection)
                let remembered = state.withLock { $0.checkpoints }
                var advanced: [(name: String, position: LogPosition)] = []
                for projection in projections where stopped[projection.name] == nil {
                    // What is stored is what is applied, whoever applied it: past it, another runner
                    // applied a part of this batch; before it, a rebuild elsewhere (or a failover that
                    // lost a batch) set it back, and what this projection keeps in memory is of a
                    // history it must apply again.
                    let checkpoint = stored[projection.name] ?? .start
                    outcome.reached[projection.name] = checkpoint
                    if checkpoint < remembered[projection.name] ?? .start {
                        logger.notice("projection \(projection.name) goes back to its stored checkpoint \(checkpoint)")
                        await projection.reset()
                        outcome.movedBack = true
                    }
                    if checkpoint < readAfter {
                        // Nothing of this batch is applied: it begins after the stored checkpoint (set back
                        // by a rebuild here or elsewhere meanwhile), and the events between would be skipped
                        // for good. The log is read again from the stored checkpoint (`CheckpointMovedBack`).
                        outcome.movedBack = true
                        continue
                    }
                    let unseen = events.filter { $0.position > checkpoint }
                    // An erasure rewrote events this projection may have applied with the text: its tables
                    // are built again from the rewritten log (read from the start after this batch).
                    let erasedThrough = erasures[projection.name] ?? .start
                    if let last = batchEnd,
                        unseen.contains(where: { $0.event.isErasure && $0.position > erasedThrough })
                    {
                        logger.notice("projection \(projection.name) is rebuilt: an erasure rewrote the log")
                        try await recreateTables(of: projection, erasuresThrough: last, on: connection)
                        await projection.reset()
                        outcome.reached[projection.name] = .start
                        outcome.movedBack = true
                        continue
                    }
                    let last: LogPosition?
                    var stop: ProjectionStop?
                    if !unseen.contains(where: { projection.handles($0.event) }) {
                        // Nothing here changes its tables: it is past these events without a write.
                        last = unseen.last?.position
                    } else if isolated {
                        (last, stop) = try await applyIsolated(projection, unseen, on: connection)
                    } else {
                        do {
                            try await projection.apply(unseen, schema: store.schema, on: connection)
                        } catch  where Self.isCausedByEvent(error) {
                            throw IsolationNeeded()
                        }
                        last = unseen.last?.position
                    }
                    if let stop {
                        outcome.stops.append(stop)
                    } else if let unreadable, unreadable.event.position > checkpoint {
                        outcome.stops.append(
                            ProjectionStop(
                                projection: projection.name, position: unreadable.event.position,
                                eventType: unreadable.event.eventType, stream: unreadable.event.streamID.rawValue,
                                error: unreadable.error))
                    }
                    guard let last else { continue }
                    advanced.append((projection.name, last))
                    outcome.reached[projection.name] = last
                }
                try await storeCheckpoints(advanced, on: connection)
            }
        } catch {
            for projection in projections { await projection.batchRolledBack() }
            throw error
        }
        return outcome
    }

    /// Moves the checkpoints of a batch's projections, all in one statement of its transaction.
    private func storeCheckpoints(
        _ advanced: [(name: String, position: LogPosition)], on connection: PostgresConnection
    )
        async throws
    {
        guard !advanced.isEmpty else { return }
        try await connection.execute(
            .prepared(
                """
                UPDATE \(identifier: store.schema).projection_checkpoints AS c
                SET transaction_id = a.transaction_id, sequence = a.sequence, updated_at = now()
                FROM unnest(\(advanced.map(\.name)), \(advanced.map { PostgresXID8($0.position.transactionID) }),
                            \(advanced.map(\.position.sequence))) AS a(name, transaction_id, sequence)
                WHERE c.name = a.name
                """))
    }

    /// Sets each running projection's checkpoint to the stored one; one set back (a failover that lost a
    /// batch, a rebuild by another daemon) forgets what it keeps in memory.
    private func followStoredCheckpoints() async throws {
        try await gate.withLock {
            let stored = try await store.pool.withTransaction { try await lockStoredCheckpoints(on: $0) }
            for projection in projections {
                let (running, remembered) = state.withLock {
                    ($0.stopped[projection.name] == nil, $0.checkpoints[projection.name] ?? .start)
                }
                let checkpoint = stored[projection.name] ?? .start
                guard running, checkpoint != remembered else { continue }
                logger.notice(
                    "projection \(projection.name) goes on from its stored checkpoint \(checkpoint), not \(remembered)")
                if checkpoint < remembered { await projection.reset() }
                state.withLock { $0.checkpoints[projection.name] = checkpoint }
            }
        }
        for continuation in state.withLock({ $0.takeReachedWaiters() }) { continuation.resume() }
    }

    /// Thrown after a batch when a stored checkpoint had been set back before it: the caller reads the
    /// log again from ``processedPosition``, which now stands there.
    struct CheckpointMovedBack: Error {}

    /// The stored checkpoints, locked for this transaction in name order (every batch and every
    /// rebuild takes them first, so runners of several daemons on one schema take turns).
    private func lockStoredCheckpoints(on connection: PostgresConnection) async throws -> [String: LogPosition] {
        try await lockStoredCheckpointsAndErasures(on: connection).checkpoints
    }

    /// ``lockStoredCheckpoints(on:)``, with how far each projection's tables already show the log's
    /// erasures.
    private func lockStoredCheckpointsAndErasures(on connection: PostgresConnection) async throws -> (
        checkpoints: [String: LogPosition], erasures: [String: LogPosition]
    ) {
        let rows = try await connection.query(
            """
            SELECT name, transaction_id, sequence, erasures_through_tx, erasures_through_seq
            FROM \(identifier: store.schema).projection_checkpoints
            ORDER BY name FOR UPDATE
            """)
        var stored: [String: LogPosition] = [:]
        var erasures: [String: LogPosition] = [:]
        for row in rows {
            let name: String = try row.decode("name")
            stored[name] = LogPosition(
                transactionID: try row.decode("transaction_id"), sequence: try row.decode("sequence"))
            erasures[name] = LogPosition(
                transactionID: try row.decode("erasures_through_tx"), sequence: try row.decode("erasures_through_seq"))
        }
        return (stored, erasures)
    }

    /// Lets a process that reacts to events (the digest feedback after `MailDelivered`) follow the log
    /// as the read models do, without a reader of its own: `react` is told the event types of every
    /// batch once it is applied, so what it then asks the read models already shows those events. It
    /// must return at once (hand the news to a task of its own).
    package func onApplied(_ react: @escaping @Sendable (Set<String>) -> Void) {
        state.withLock { $0.reactions.append(react) }
    }

    /// Applies `events` to one projection inside a savepoint of the batch's transaction. When that
    /// fails for a reason of the event (not of the connection), tries them one at a time and stops
    /// at the first it cannot apply.
    ///
    /// - Returns: the position of the last event applied (nil: none), and the stop, if any.
    private func applyIsolated(
        _ projection: any Projection, _ events: [DomainEventRecord], on connection: PostgresConnection
    ) async throws -> (last: LogPosition?, stop: ProjectionStop?) {
        guard let last = events.last else { return (nil, nil) }
        do {
            try await connection.withTransaction { try await projection.apply(events, schema: store.schema, on: $0) }
            return (last.position, nil)
        } catch  where Self.isCausedByEvent(error) {
            // The savepoint is rolled back; what the projection remembered of it goes too.
            await projection.batchRolledBack()
        }
        var applied: LogPosition?
        for event in events {
            do {
                try await connection.withTransaction {
                    try await projection.apply([event], schema: store.schema, on: $0)
                }
                applied = event.position
            } catch  where Self.isCausedByEvent(error) {
                await projection.batchRolledBack()
                let stop = ProjectionStop(
                    projection: projection.name, position: event.position, eventType: event.event.eventType,
                    stream: event.event.streamName, error: Self.oneLine(error))
                return (applied, stop)
            }
        }
        return (applied, nil)
    }

    /// Whether a failure comes from what the events hold (a value a table refuses, text PostgreSQL
    /// cannot store, a projection's own refusal) rather than from the connection, the server's state
    /// or cancellation — only those stop a projection.
    static func isCausedByEvent(_ error: any Error) -> Bool {
        if error is CancellationError || EventStoreError.isConnectionProblem(error) { return false }
        let postgres =
            error as? PostgresError ?? { if case .database(let e)? = error as? EventStoreError { e } else { nil } }()
        switch postgres {
        case .server(let server)?:
            // 08 connection, 25 transaction state, 40 rollback (serialisation, deadlock), 53
            // resources, 57 operator intervention (shutdown, cancel), 58 system: not the event's fault.
            return !["08", "25", "40", "53", "57", "58"].contains(String(server.sqlState.rawValue.prefix(2)))
        case .connectionFailed?, .connectionLost?, .commitOutcomeUnknown?, .poolClosed?, .concurrentWait?: return false
        default: return true
        }
    }

    static func oneLine(_ error: any Error) -> String {
        String(describing: error).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    // MARK: Read-your-writes

    /// Returns once every projection has applied the event at `position`.
    ///
    /// - Throws: ``ProjectionLag`` when that takes longer than `timeout`: the write is safe, the views
    ///   are behind, and the caller can say so instead of hanging.
    package func waitUntilProcessed(_ position: LogPosition, timeout: Duration) async throws {
        try await waitForRunning(position, timeout: timeout)
        // A stopped projection will not reach it before a restart or a rebuild.
        let behind = state.withLock { state in
            state.stopped.keys.filter { (state.checkpoints[$0] ?? .start) < position }.sorted()
        }
        if !behind.isEmpty {
            throw ProjectionLag(
                waitedFor: position,
                reached: state.withLock { state in
                    behind.compactMap { state.checkpoints[$0] }.min() ?? .start
                }, timeout: .zero, stoppedProjections: behind)
        }
    }

    private func waitForRunning(_ position: LogPosition, timeout: Duration) async throws {
        if processedPosition >= position { return }
        let reached = await withTaskGroup(of: Bool.self) { group in
            group.addTask {
                await self.waitForPosition(position)
                return true
            }
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
