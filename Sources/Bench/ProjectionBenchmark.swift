import Domain
import EventCodec
import EventStore
import Foundation
import Policies
import Postgres
import Projections
import ReadModelTypes

/// Issue 5's figures: rebuilding the projections over a realistic log, and read-model query latency.
///
/// Runs in its own schema (`<schema>_proj`) so the log holds only valid domain events. The rebuild of
/// all projections together (what `prepare()` does after a version change) and of each one alone is
/// timed next to a plain keyset `SELECT` scan of the same log with the same batch size, measured before
/// and after the rebuilds in the same run. Query latencies at the generated size are printed next to a
/// primary-key `SELECT` on `issue_status`.
struct ProjectionBenchmark {
    let pool: PostgresPool
    let options: BenchOptions
    let progress: @Sendable (String) -> Void

    struct Latency {
        var name: String
        var p50: Duration
        var p99: Duration
        var calls: Int
    }

    struct Result {
        var figures: [Figure]
        var latencies: [(Latency, reference: Latency)]
        var notes: [String]
    }

    func run() async throws -> Result {
        let schema = options.schema + "_proj"
        try await pool.execute("DROP SCHEMA IF EXISTS \(identifier: schema) CASCADE")
        let store = EventStore(pool: pool, schema: schema)
        try await store.migrate()

        let generator = HistoryGenerator(store: store, issues: options.issues, progress: progress)
        let clock = ContinuousClock()
        let writeStart = clock.now
        let events = try await generator.write()
        let writeTime = writeStart.duration(to: clock.now)
        progress("projections: \(events) events for \(options.issues) issues written in \(writeTime); VACUUM ANALYZE")
        try await pool.withConnection { connection in
            try await connection.runScript("VACUUM ANALYZE \(PostgresQuery.quoteIdentifier(schema)).events")
        }

        let catalog = CatalogProjection()
        let issues = IssuesProjection(store: store, clock: Self.clock)
        let timeline = TimelineProjection(clock: Self.clock)
        let all: [any Projection] = [catalog, issues, timeline, PolicyEffectsProjection()]
        let runner = ProjectionRunner(store: store, projections: all, batchSize: options.readBatch)
        try await runner.prepare()

        progress("projections: plain SELECT scan (warm-up, then measured)")
        _ = try await scan(store)
        var reference = try await scanCPU(store, serverCPU: await ServerCPU(pool: pool))

        let serverCPU = await ServerCPU(pool: pool)
        var rebuilds: [(String, Duration, Double)] = []
        func timedCPU(_ body: () async throws -> Duration) async throws -> (Duration, Double) {
            let before = serverCPU?.seconds() ?? 0
            let elapsed = try await body()
            return (elapsed, (serverCPU?.seconds() ?? 0) - before)
        }
        progress("projections: rebuilding all \(all.count)")
        let whole = try await timedCPU { try await rebuild(runner, all) }
        rebuilds.append(("rebuild all \(all.count) projections", whole.0, whole.1))
        for projection in all {
            progress("projections: rebuilding \(projection.name) alone")
            let alone = ProjectionRunner(store: store, projections: [projection], batchSize: options.readBatch)
            try await alone.prepare()
            let measured = try await timedCPU { try await rebuild(alone, [projection]) }
            rebuilds.append(("rebuild \(projection.name) alone", measured.0, measured.1))
        }
        // Where the time goes: what every rebuild does before any projection sees an event.
        progress("projections: readAll + DomainEventRecord decoding, no projection")
        let decodeOnly = try await timedCPU { try await readAndDecode(store) }
        rebuilds.append(("readAll + decode, no projection", decodeOnly.0, decodeOnly.1))
        progress("projections: readAll + decoding through JSONDecoder (the reader before issue 35)")
        let decodeFoundation = try await timedCPU { try await readAndDecode(store, with: .foundation) }
        rebuilds.append(("readAll + decode via JSONDecoder (before)", decodeFoundation.0, decodeFoundation.1))
        progress("projections: readAll + decode, the next batch read and decoded in a child task")
        let decodePipelined = try await timedCPU { try await readAndDecodePipelined(store) }
        rebuilds.append(("readAll + decode, next batch in a child task", decodePipelined.0, decodePipelined.1))
        progress("projections: both readers on every event of the log")
        let comparison = try await DecoderComparison(store: store, batch: options.readBatch).run()
        progress("projections: plain SELECT scan again")
        let second = try await scanCPU(store, serverCPU: serverCPU)
        reference = (reference.0 + second.0, reference.1 + second.1, reference.2 + second.2)
        let referenceRate = Self.rate(reference.0, reference.1)

        let figures = rebuilds.map { name, elapsed, cpu in
            progress("projections: \(name): \(events) events in \(elapsed)")
            var figure = Figure(
                name: "\(name), \(ResultTable.grouped(Double(events))) ev", value: Self.rate(events, elapsed),
                reference: "plain keyset SELECT scan", referenceValue: referenceRate, target: 0, absoluteTarget: 50_000)
            if serverCPU != nil {
                figure.cpuPerItem = cpu / Double(max(1, events))
                figure.referenceCPUPerItem = reference.2 / Double(max(1, reference.0))
            }
            return figure
        }

        let latencies = try await queries(store: store, generator: generator)
        try await pool.execute("DROP SCHEMA IF EXISTS \(identifier: schema) CASCADE")
        return Result(
            figures: figures, latencies: latencies,
            notes: [
                "projections: \(ResultTable.grouped(Double(events))) events for \(ResultTable.grouped(Double(options.issues))) issues "
                    + "(\(generator.units) units, \(2 * generator.units) councils) written in \(Self.seconds(writeTime)) s; "
                    + "rebuild = runner.rebuild(each) + catchUp(), batch \(options.readBatch); target ≥ 50,000 events/s; "
                    + "the issues projection caches at most \(ResultTable.grouped(Double(IssuesProjection.defaultCacheLimit))) issues' states.",
                "decoding alone (wall time, no reading) over \(ResultTable.grouped(Double(comparison.events))) events: "
                    + "stored-JSON reader \(ResultTable.grouped(Self.rate(comparison.events, comparison.stored))) ev/s, "
                    + "JSONDecoder (before) \(ResultTable.grouped(Self.rate(comparison.events, comparison.foundation))) ev/s, "
                    + "JSONSerialization parsing only \(ResultTable.grouped(Self.rate(comparison.events, comparison.serialization))) ev/s; "
                    + "events that differ between the two readers: \(comparison.mismatches)"
                    + (comparison.firstMismatch.map { " (first: \($0))" } ?? ""),
            ])
    }

    private func rebuild(_ runner: ProjectionRunner, _ projections: [any Projection]) async throws -> Duration {
        let clock = ContinuousClock()
        let start = clock.now
        for projection in projections { try await runner.rebuild(projection) }
        try await runner.catchUp()
        return start.duration(to: clock.now)
    }

    private func scanCPU(_ store: EventStore, serverCPU: ServerCPU?) async throws -> (Int, Duration, Double) {
        let before = serverCPU?.seconds() ?? 0
        let (count, elapsed) = try await scan(store)
        return (count, elapsed, (serverCPU?.seconds() ?? 0) - before)
    }

    /// What the runner does per batch before the projections: `readAll` and decoding into domain events
    /// (`.foundation`: as before issue 35, through `JSONDecoder`).
    private func readAndDecode(_ store: EventStore, with reading: DomainEvent.JSONReading = .stored) async throws
        -> Duration
    {
        let clock = ContinuousClock()
        let start = clock.now
        var position = LogPosition.start
        let registry = EventTypeRegistry.domain
        while true {
            let batch = try await store.readAll(after: position, limit: options.readBatch)
            guard let last = batch.last else { break }
            switch reading {
            case .stored: _ = try batch.map { try DomainEventRecord($0) }
            case .foundation:
                _ = try batch.map {
                    let current = try registry.upcast($0)
                    return try DomainEvent.decode(
                        eventType: current.eventType, schemaVersion: current.schemaVersion, data: current.data,
                        with: .foundation)
                }
            }
            position = last.position
        }
        return start.duration(to: clock.now)
    }

    /// ``readAndDecode(_:with:)`` as a pipelined runner would do it: the next batch is read and decoded
    /// in a child task (`async let`) while this one is handled, so reading, decoding and applying
    /// overlap on two cores.
    private func readAndDecodePipelined(_ store: EventStore) async throws -> Duration {
        let clock = ContinuousClock()
        let start = clock.now
        var batch = try await DecodedBatch.read(from: store, after: .start, limit: options.readBatch)
        while let last = batch.recorded.last?.position {
            async let next = DecodedBatch.read(from: store, after: last, limit: options.readBatch)
            _ = batch.events.count
            batch = try await next
        }
        return start.duration(to: clock.now)
    }

    /// Every event, in batches like the runner's, with the columns `RecordedEvent` has, decoded.
    private func scan(_ store: EventStore) async throws -> (Int, Duration) {
        let clock = ContinuousClock()
        let start = clock.now
        var after: Int64 = 0
        var count = 0
        while true {
            let rows = try await pool.query(
                """
                SELECT sequence, transaction_id, stream_id, stream_version, event_type, schema_version, data, actor,
                       command_id, correlation_id, causation_id, client, recorded_at
                FROM \(identifier: store.schema).events WHERE sequence > \(after) ORDER BY sequence LIMIT \(options.readBatch)
                """)
            guard !rows.isEmpty else { break }
            for row in rows {
                after = try row.decode(0)
                _ = try row.decode(1, as: UInt64.self)
                _ = try row.decode(2, as: String.self)
                _ = try row.decode(3, as: Int64.self)
                _ = try row.decode(4, as: String.self)
                _ = try row.decode(5, as: Int.self)
                _ = try row.decode(6, as: PostgresJSONB.self)
                _ = try row.decode(7, as: String.self)
                _ = try row.decode(8, as: UUID?.self)
                _ = try row.decode(9, as: UUID?.self)
                _ = try row.decode(10, as: UUID?.self)
                _ = try row.decode(11, as: String?.self)
                _ = try row.decode(12, as: Date.self)
                count += 1
            }
        }
        return (count, start.duration(to: clock.now))
    }

    /// The generated history's calendar (it dates its events in Stockholm time).
    static let clock = OrganisationClock(timeZone: .stockholm)

    // MARK: Queries

    private func queries(store: EventStore, generator: HistoryGenerator) async throws -> [(Latency, reference: Latency)]
    {
        let readModel = ReadModel(pool: pool, schema: store.schema, clock: Self.clock, thresholds: .defaults)
        let calls = options.queryCalls
        var random = SystemRandomNumberGenerator()
        let issueCount = options.issues
        func anyIssue() -> Int { Int.random(in: 0..<issueCount, using: &random) }
        let statuses: [IssueStatus] = [.registered, .inPreparation, .decided, .inProgress, .implemented]

        progress("projections: query latency, \(calls) calls each")
        let reference = try await measure("PK SELECT on issue_status", calls) {
            let rows = try await pool.query(
                "SELECT * FROM \(identifier: store.schema).issue_status WHERE issue_id = \(HistoryGenerator.issue(anyIssue()).uuid)"
            )
            precondition(rows.count == 1)
        }
        let status = try await measure("ReadModel.issue(id)", calls) {
            _ = try await readModel.issue(HistoryGenerator.issue(anyIssue()))
        }
        let trace = try await measure("ReadModel.trace(proposalId)", calls) {
            let traced = try await readModel.trace(HistoryGenerator.proposal(3 * anyIssue()).uuid)
            precondition(traced.issue != nil)
        }
        let list = try await measure("issues(unitId:, status:)", calls) {
            let i = anyIssue()
            _ = try await readModel.issues(
                IssueFilter(unitId: HistoryGenerator.unit(i % generator.units), status: statuses[i % statuses.count]))
        }
        let listed = try await readModel.issues(IssueFilter(unitId: HistoryGenerator.unit(0), status: .decided)).count
        progress("projections: a filtered list returns about \(listed) issues")

        // One sweep of the policies over every issue: the facts and what was sent before from the read
        // models, then the pure engine; beside a count(*) of the same rows.
        let sweeps = max(5, calls / 100)
        let open =
            try await pool.query(
                "SELECT count(*)::int AS n FROM \(identifier: store.schema).issue_status s WHERE \(unescaped: ReadModel.openCondition)"
            ).first?.decode("n", as: Int.self) ?? 0
        progress("projections: policy sweep over \(open) open issues, \(sweeps) sweeps")
        let countAll = try await measure("SELECT count(*) of the same rows", sweeps) {
            _ = try await pool.query(
                """
                SELECT count(*) AS n FROM \(identifier: store.schema).issue_status s
                WHERE (\(unescaped: ReadModel.openCondition)) OR s.feedback_owed_count > 0
                """)
        }
        let today = Self.clock.today
        let sweep = try await measure("policy sweep, \(ResultTable.grouped(Double(open))) open issues", sweeps) {
            // As the scheduler makes it: in pages, up to its letters (nothing recorded).
            _ = try await ScaleBenchmark.sweep(store: store, readModel: readModel, today: today)
        }
        return [(status, reference), (trace, reference), (list, reference), (sweep, countAll)]
    }

    private func measure(_ name: String, _ calls: Int, _ call: () async throws -> Void) async throws -> Latency {
        let clock = ContinuousClock()
        for _ in 0..<max(50, calls / 10) { try await call() }  // warm-up: plans, caches, connections
        var durations: [Duration] = []
        durations.reserveCapacity(calls)
        for _ in 0..<calls {
            let start = clock.now
            try await call()
            durations.append(start.duration(to: clock.now))
        }
        durations.sort()
        return Latency(
            name: name, p50: durations[durations.count / 2],
            p99: durations[min(durations.count - 1, Int(Double(durations.count) * 0.99))], calls: calls)
    }

    static func seconds(_ d: Duration) -> String {
        String(format: "%.1f", Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18)
    }

    static func rate(_ events: Int, _ elapsed: Duration) -> Double {
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        return seconds > 0 ? Double(events) / seconds : 0
    }

    static func render(_ latencies: [(Latency, reference: Latency)]) -> [String] {
        guard let first = latencies.first else { return [] }
        func ms(_ d: Duration) -> String {
            String(format: "%8.2f", (Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18) * 1000)
        }
        var lines = [
            "",
            "query latency, \(ResultTable.grouped(Double(first.0.calls))) calls each   p50 ms   p99 ms     reference                   p50 ms   p99 ms   ratio p50",
        ]
        for (latency, reference) in latencies {
            let ratio =
                reference.p50 > .zero
                ? (Double(latency.p50.components.attoseconds) * 1e-18 + Double(latency.p50.components.seconds))
                    / (Double(reference.p50.components.attoseconds) * 1e-18 + Double(reference.p50.components.seconds))
                : 0
            lines.append(
                latency.name.padding(toLength: 34, withPad: " ", startingAt: 0) + ms(latency.p50) + " "
                    + ms(latency.p99)
                    + "     " + reference.name.padding(toLength: 26, withPad: " ", startingAt: 0) + ms(reference.p50)
                    + " "
                    + ms(reference.p99) + "   " + String(format: "%.1f×", ratio))
        }
        return lines
    }
}
