import CoreMetrics
import Foundation
import Logging
import Postgres

/// The only source of truth: every fact, forever, in order, in PostgreSQL.
///
/// Writers append to a stream with an expected version (optimistic concurrency) and an idempotency key;
/// readers read a stream, or follow the global log, which never skips an event that commits late
/// (see ``LogPosition``).
package final class EventStore: Sendable {
    package let pool: PostgresPool
    /// The PostgreSQL schema that holds the store's tables.
    package let schema: String
    let now: @Sendable () -> Date
    let logger: Logger
    let notifier: AppendNotifier
    /// How long appends take (``appendDurationMetric``).
    let appendDuration: CoreMetrics.Timer

    /// The append latency's metric name; `tredjekraft metrics` gives it HELP and buckets under the same
    /// name.
    package static let appendDurationMetric = "tredjekraft_event_append_duration_seconds"

    /// - Parameters:
    ///   - schema: the PostgreSQL schema for the store's tables (`tredjekraft` by default).
    ///   - now: the clock that stamps `recordedAt`; tests inject their own.
    ///   - metrics: where the append latency is recorded: the daemon's own factory, not swift-metrics'
    ///     global one, so several daemons in one process keep their figures apart. By default nowhere.
    package init(
        pool: PostgresPool, schema: String = "tredjekraft", logger: Logger = .postgresNoOp,
        now: @escaping @Sendable () -> Date = Date.init, metrics: any MetricsFactory = NOOPMetricsHandler.instance
    ) {
        self.pool = pool
        self.schema = schema
        self.now = now
        self.logger = logger
        self.notifier = AppendNotifier(pool: pool, channel: Self.channel(for: schema))
        self.appendDuration = CoreMetrics.Timer(label: Self.appendDurationMetric, factory: metrics)
    }

    /// The LISTEN/NOTIFY channel that announces appends.
    static func channel(for schema: String) -> String { "\(schema).events" }
    var channel: String { Self.channel(for: schema) }

    /// The store's migrations, for `migrate()` and for `status`.
    package var migrator: SchemaMigrator {
        SchemaMigrator(pool: pool, schema: schema, component: "eventstore", migrations: EventStoreMigrations.all)
    }

    /// The schema version this binary migrates the store to.
    package static var latestMigrationVersion: Int { EventStoreMigrations.all.last?.version ?? 0 }

    /// Creates or upgrades the store's tables; see ``SchemaMigrator``.
    @discardableResult
    package func migrate() async throws -> [Int] {
        try await migrator.migrate()
    }

    // MARK: Writing

    /// Appends `events` to `stream`, atomically, if the stream is at `expectedVersion`.
    ///
    /// - Parameter idempotencyKey: usually the command id. Repeating a key returns the first
    ///   append's result with `isDuplicate` set and writes nothing — also after a restart, and also
    ///   when both attempts run at once.
    /// - Throws: ``EventStoreError/wrongExpectedVersion(stream:expected:actual:)`` when another writer
    ///   came first; nothing is written then.
    @discardableResult
    package func append(
        to stream: StreamID, expectedVersion: ExpectedVersion, events: [NewEvent], metadata: EventMetadata,
        idempotencyKey: String? = nil
    ) async throws -> AppendResult {
        try await pool.withConnection { connection in
            try await append(
                to: stream, expectedVersion: expectedVersion, events: events, metadata: metadata,
                idempotencyKey: idempotencyKey, on: connection, announcing: true)
        }
    }

    private func record(_ timer: CoreMetrics.Timer, since start: ContinuousClock.Instant) {
        let elapsed = (ContinuousClock.now - start).components
        timer.recordNanoseconds(elapsed.seconds * 1_000_000_000 + elapsed.attoseconds / 1_000_000_000)
    }

    /// Appends within a transaction of the caller's: several streams at once (a merge of two issues),
    /// or store writes together with other tables.
    ///
    /// Appends made this way are announced to subscribers when the transaction commits.
    ///
    /// - Parameter streams: every stream the transaction will append to. Their locks are taken first,
    ///   in a fixed order, before the transaction writes anything — which keeps each stream in version
    ///   order in the global log, and lets readers see that the transaction may still commit events
    ///   (see ``horizon()``). The database refuses a first append after another write
    ///   (``EventStoreError/appendAfterOtherWrites(detail:)``).
    package func withTransaction<Value>(
        locking streams: [StreamID], _ body: (EventStoreTransaction) async throws -> Value
    ) async throws -> Value {
        let value = try await pool.withTransaction { connection in
            do {
                try await connection.query("SELECT \(identifier: schema).lock_streams(\(streams.map(\.rawValue)))")
            } catch let error as PostgresError {
                throw Self.storeError(error)
            }
            return try await body(EventStoreTransaction(store: self, connection: connection))
        }
        await notifier.announce()
        return value
    }

    func append(
        to stream: StreamID, expectedVersion: ExpectedVersion, events: [NewEvent], metadata: EventMetadata,
        idempotencyKey: String?, on connection: PostgresConnection, announcing: Bool = false
    ) async throws -> AppendResult {
        guard !events.isEmpty else { throw EventStoreError.emptyAppend(stream: stream) }
        // Every writer's appends, alone or in a transaction, refused or not: a conflict or a lock wait
        // costs its caller time too. The wait for a pooled connection is not PostgreSQL's and not counted.
        let started = ContinuousClock.now
        defer { record(appendDuration, since: started) }
        let expected = expectedVersion.encoded
        let query = PostgresQuery.prepared(
            """
            SELECT * FROM \(identifier: schema).append_events(
                \(stream.rawValue), \(expected.kind), \(expected.version), \(idempotencyKey),
                \(events.map(\.eventType)), \(events.map { Int32($0.schemaVersion) }),
                \(events.map { PostgresJSONB(data: $0.data) }),
                \(metadata.actor), \(metadata.commandID), \(metadata.correlationID), \(metadata.causationID),
                \(metadata.client), \(now()))
            """)
        let rows: PostgresRows
        do {
            if announcing, notifier.claim() {
                // The NOTIFY rides in the append's round trip, in a transaction of its own that begins after
                // the append committed: subscribers hear of it without the appender waiting a second time.
                let results: [Result<PostgresRows, PostgresError>]
                do {
                    results = try await connection.pipelined([query, notifier.notification])
                } catch {
                    await notifier.claimedSent(on: connection)
                    throw error
                }
                await notifier.claimedSent(on: connection)
                rows = try results[0].get()
            } else if announcing {
                // Another append's NOTIFY is in flight: it goes again after this commit instead, so that
                // concurrent appenders share notifications rather than each sending one.
                rows = try await connection.query(query)
                await notifier.announce()
            } else {
                rows = try await connection.query(query)
            }
        } catch let error as PostgresError {
            if case .server(let server) = error, server.sqlState.rawValue == "TKV01" {
                throw EventStoreError.wrongExpectedVersion(
                    stream: stream, expected: expectedVersion, actual: Int64(server.detail ?? "") ?? 0)
            }
            if case .server(let server) = error, server.sqlState.rawValue == "TKK01" {
                // An append to another stream with the same key committed while this one ran.
                throw EventStoreError.idempotencyKeyReused(
                    key: idempotencyKey ?? "", originalStream: StreamID(server.detail ?? ""), stream: stream)
            }
            if announcing, case .connectionLost(let reason) = error {
                // The append is a transaction of its own: it may have committed before the session ended.
                throw EventStoreError.database(.commitOutcomeUnknown(reason: reason))
            }
            throw Self.storeError(error)
        }
        let row = rows[0]
        let result = AppendResult(
            streamID: StreamID(try row.decode("out_stream_id", as: String.self)),
            firstVersion: try row.decode("out_first_version"),
            lastVersion: try row.decode("out_last_version"),
            position: LogPosition(
                transactionID: try row.decode("out_transaction_id"), sequence: try row.decode("out_sequence")),
            isDuplicate: try row.decode("out_duplicate"))
        if result.isDuplicate, result.streamID != stream {
            throw EventStoreError.idempotencyKeyReused(
                key: idempotencyKey ?? "", originalStream: result.streamID, stream: stream)
        }
        return result
    }

    // MARK: Reading

    /// The events of one stream, from version `from` (1 is the first event).
    package func readStream(_ stream: StreamID, from version: Int64 = 1) async throws -> [RecordedEvent] {
        try await read(streamQuery(stream, from: version), with: pool.query)
    }

    /// ``readStream(_:from:)`` on a connection the caller holds, e.g. inside its transaction: taking a
    /// second connection from the pool there could wait forever on a pool of one.
    package func readStream(_ stream: StreamID, from version: Int64 = 1, on connection: PostgresConnection)
        async throws -> [RecordedEvent]
    {
        try await read(streamQuery(stream, from: version), with: connection.query)
    }

    /// The events of several streams, each in version order, in one query on the caller's connection.
    package func readStreams(_ streams: [StreamID], on connection: PostgresConnection) async throws
        -> [RecordedEvent]
    {
        try await read(
            """
            SELECT \(unescaped: Self.columns) FROM \(identifier: schema).events
            WHERE stream_id = ANY(\(streams.map(\.rawValue)))
            ORDER BY stream_id, stream_version
            """, with: connection.query)
    }

    private func streamQuery(_ stream: StreamID, from version: Int64) -> PostgresQuery {
        .prepared(
            """
            SELECT \(unescaped: Self.columns) FROM \(identifier: schema).events
            WHERE stream_id = \(stream.rawValue) AND stream_version >= \(version)
            ORDER BY stream_version
            """)
    }

    /// Up to `limit` events of the global log after `position`, in log order.
    ///
    /// Only transactions below the log's horizon are read — older than every appender of this store
    /// still running — so an event committed later can never sort before what was returned: following
    /// the log by position never skips. Transactions that do not append do not hold readers back.
    package func readAll(after position: LogPosition, limit: Int = 1000) async throws -> [RecordedEvent] {
        try await pool.withConnection { connection in
            // Two statements, in this order, each its own transaction: the read's snapshot must be newer
            // than the moment the horizon read the append locks.
            let horizon = try await horizon(on: connection)
            return try await read(
                .prepared(
                    """
                    SELECT \(unescaped: Self.columns) FROM \(identifier: schema).events
                    WHERE (transaction_id, sequence) > (\(PostgresXID8(position.transactionID)), \(position.sequence))
                      AND transaction_id < \(PostgresXID8(horizon))
                    ORDER BY transaction_id, sequence
                    LIMIT \(limit)
                    """), with: connection.query)
        }
    }

    /// The transaction id below which the log is complete: see docs/architecture.md (the event store).
    private func horizon(on connection: PostgresConnection) async throws -> UInt64 {
        do {
            let rows = try await connection.query(
                .prepared("SELECT \(identifier: schema).log_horizon(true) AS horizon"))
            return try rows[0].decode("horizon", as: UInt64.self)
        } catch let error as PostgresError {
            throw Self.storeError(error)
        }
    }

    /// What the append with `idempotencyKey` wrote, if one was made: lets a repeated command answer
    /// as the first did before it decides again on a stream that has moved on.
    package func previousAppend(idempotencyKey key: String) async throws -> AppendResult? {
        do {
            let rows = try await pool.query(
                """
                SELECT stream_id, first_version, last_version, transaction_id, sequence
                FROM \(identifier: schema).idempotency_keys WHERE key = \(key)
                """)
            guard let row = rows.first else { return nil }
            let transaction = try row.decode("transaction_id", as: UInt64?.self)
            return AppendResult(
                streamID: StreamID(try row.decode("stream_id", as: String.self)),
                firstVersion: try row.decode("first_version", as: Int64?.self) ?? 0,
                lastVersion: try row.decode("last_version", as: Int64?.self) ?? 0,
                position: LogPosition(
                    transactionID: transaction ?? 0, sequence: try row.decode("sequence", as: Int64?.self) ?? 0),
                isDuplicate: true)
        } catch let error as PostgresError {
            throw EventStoreError.database(error)
        }
    }

    /// The position of the last event a reader can see now: where to start following "from now on".
    package func headPosition() async throws -> LogPosition {
        try await pool.withConnection { connection in
            let horizon = try await horizon(on: connection)
            do {
                let rows = try await connection.query(
                    """
                    SELECT transaction_id, sequence FROM \(identifier: schema).events
                    WHERE transaction_id < \(PostgresXID8(horizon))
                    ORDER BY transaction_id DESC, sequence DESC LIMIT 1
                    """)
                guard let row = rows.first else { return .start }
                return LogPosition(
                    transactionID: try row.decode("transaction_id"), sequence: try row.decode("sequence"))
            } catch let error as PostgresError {
                throw Self.storeError(error)
            }
        }
    }

    /// Follows the global log from `position`: first what is there, then each new event as it is
    /// committed. Wakes on NOTIFY and polls every `pollInterval` in case a notification was lost.
    package func subscribe(
        after position: LogPosition = .start, batchSize: Int = 1000, pollInterval: Duration = .seconds(1)
    ) -> EventSubscription {
        EventSubscription(store: self, position: position, batchSize: batchSize, pollInterval: pollInterval)
    }

    /// How far readers of the log are held back, and by which appender, for `status`.
    package func horizon() async throws -> LogHorizon {
        do {
            let rows = try await pool.query(
                """
                WITH horizon AS (SELECT \(identifier: schema).log_horizon() AS xid)
                SELECT
                  (SELECT count(*) FROM \(identifier: schema).events e, horizon h
                   WHERE e.transaction_id >= h.xid) AS held_back,
                  (SELECT max(sequence) FROM \(identifier: schema).events) AS last_sequence,
                  a.pid, a.database::text AS database, a.application_name,
                  extract(epoch FROM clock_timestamp() - a.transaction_start)::float8 AS age
                FROM horizon
                LEFT JOIN LATERAL (
                  SELECT * FROM \(identifier: schema).log_appenders() l
                  WHERE l.transaction_id IS NOT NULL AND l.pid IS DISTINCT FROM pg_backend_pid()
                  ORDER BY l.transaction_id LIMIT 1) AS a ON true
                """)
            let row = rows[0]
            let age = try row.decode("age", as: Double?.self)
            return LogHorizon(
                heldBackEvents: try row.decode("held_back"),
                lastSequence: try row.decode("last_sequence", as: Int64?.self) ?? 0,
                oldestAppender: try age.map {
                    LogHorizon.Appender(
                        pid: try row.decode("pid", as: Int32?.self), database: try row.decode("database"),
                        applicationName: try row.decode("application_name", as: String?.self) ?? "",
                        age: .milliseconds(Int64(($0 * 1000).rounded())))
                })
        } catch let error as PostgresError {
            throw Self.storeError(error)
        }
    }

    /// The store's own refusals as typed errors; anything else as a database error.
    static func storeError(_ error: PostgresError) -> EventStoreError {
        if case .server(let server) = error, server.sqlState.rawValue == "TKA01" {
            return .appendAfterOtherWrites(detail: server.detail ?? server.message)
        }
        return .database(error)
    }

    static let columns = """
        sequence, transaction_id, stream_id, stream_version, event_type, schema_version, data, actor, \
        command_id, correlation_id, causation_id, client, recorded_at
        """

    func read(
        _ query: PostgresQuery, with run: (PostgresQuery) async throws -> PostgresRows
    ) async throws -> [RecordedEvent] {
        do {
            let rows = try await run(query)
            var events: [RecordedEvent] = []
            events.reserveCapacity(rows.count)
            for row in rows {
                events.append(
                    RecordedEvent(
                        streamID: StreamID(try row.decode(2, as: String.self)),
                        streamVersion: try row.decode(3),
                        position: LogPosition(transactionID: try row.decode(1), sequence: try row.decode(0)),
                        eventType: try row.decode(4),
                        schemaVersion: try row.decode(5),
                        data: try row.decode(6, as: PostgresJSONB.self).data,
                        metadata: EventMetadata(
                            actor: try row.decode(7), commandID: try row.decode(8), correlationID: try row.decode(9),
                            causationID: try row.decode(10), client: try row.decode(11)),
                        recordedAt: try row.decode(12)))
            }
            return events
        } catch let error as PostgresError {
            throw EventStoreError.database(error)
        }
    }
}
