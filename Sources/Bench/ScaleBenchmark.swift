import AdminProtocol
import Domain
import EventStore
import Foundation
import Logging
import Policies
import Postgres
import Projections
import ReadModelTypes
import Scheduler

/// How cost grows with the log (`ops/bench --scale`): the same operations measured at several sizes of
/// one generated history, each figure printed with its growth from the size before ("trace p50 ×1.1
/// for ×10 events"), so a reader sees which operations are O(1), O(log n) or O(n) in the log's size.
///
/// At each size, in a schema of its own: the history of ``HistoryGenerator`` (about ten events per
/// issue), a rebuild of the four projections, `issue` (show), `trace`, `due`, the policy sweep (in
/// pages, as the daily run makes it, and at once, as it was made before, each with the peak memory it
/// adds), then `issue assign` through a real `tredjekraftd`'s socket on that log. References from the
/// same run: a primary-key `SELECT` for the queries, a `count(*)` of the swept rows for the sweep.
struct ScaleBenchmark {
    let pool: PostgresPool
    let options: BenchOptions
    let progress: @Sendable (String) -> Void

    /// One measured figure at every size.
    struct Row {
        var name: String
        /// "ms", "ev/s" or "MiB".
        var unit: String
        var values: [Double] = []
    }

    func run() async throws -> [String] {
        var rows: [String: Row] = [:]
        var order: [String] = []
        var events: [Int] = []
        func record(_ name: String, _ unit: String, _ value: Double) {
            if rows[name] == nil {
                rows[name] = Row(name: name, unit: unit)
                order.append(name)
            }
            rows[name]?.values.append(value)
        }
        for size in options.scaleSizes {
            let measured = try await measure(issues: size, record: record)
            events.append(measured)
        }
        return Self.render(order.compactMap { rows[$0] }, sizes: options.scaleSizes, events: events)
    }

    /// Everything at one size; returns the number of events in the log.
    private func measure(issues: Int, record: (String, String, Double) -> Void) async throws -> Int {
        let schema = options.schema + "_scale"
        try await pool.execute("DROP SCHEMA IF EXISTS \(identifier: schema) CASCADE")
        let store = EventStore(pool: pool, schema: schema)
        try await store.migrate()
        let clock = ContinuousClock()
        let generator = HistoryGenerator(store: store, issues: issues, progress: progress)
        let writeStart = clock.now
        let events = try await generator.write()
        progress("scale: \(events) events for \(issues) issues written in \(writeStart.duration(to: clock.now))")
        try await pool.withConnection { connection in
            try await connection.runScript("VACUUM ANALYZE \(PostgresQuery.quoteIdentifier(schema)).events")
        }

        let organisation = ProjectionBenchmark.clock
        let projections: [any Projection] = [
            CatalogProjection(), IssuesProjection(store: store, clock: organisation),
            TimelineProjection(clock: organisation), PolicyEffectsProjection(),
        ]
        let runner = ProjectionRunner(store: store, projections: projections, batchSize: options.readBatch)
        try await runner.prepare()
        progress("scale: rebuilding the \(projections.count) projections over \(events) events")
        let rebuildStart = clock.now
        for projection in projections { try await runner.rebuild(projection) }
        try await runner.catchUp()
        let rebuild = rebuildStart.duration(to: clock.now)
        record("rebuild all projections", "ev/s", Double(events) / Self.seconds(rebuild))
        try await pool.withConnection { connection in
            try await connection.runScript("ANALYZE")
        }

        let readModel = ReadModel(pool: pool, schema: schema, clock: organisation, thresholds: .defaults)
        let calls = options.queryCalls
        var random = SystemRandomNumberGenerator()
        func anyIssue() -> Int { Int.random(in: 0..<issues, using: &random) }
        progress("scale: queries, \(calls) calls each")
        let pk = try await Self.latency(calls) {
            let rows = try await pool.query(
                "SELECT * FROM \(identifier: schema).issue_status WHERE issue_id = \(HistoryGenerator.issue(anyIssue()).uuid)"
            )
            precondition(rows.count == 1)
        }
        record("PK SELECT on issue_status (reference) p50", "ms", pk.p50)
        record("PK SELECT on issue_status (reference) p99", "ms", pk.p99)
        let show = try await Self.latency(calls) { _ = try await readModel.issue(HistoryGenerator.issue(anyIssue())) }
        record("issue (show) p50", "ms", show.p50)
        record("issue (show) p99", "ms", show.p99)
        let trace = try await Self.latency(calls) {
            let traced = try await readModel.trace(HistoryGenerator.proposal(3 * anyIssue()).uuid)
            precondition(traced.issue != nil)
        }
        record("trace p50", "ms", trace.p50)
        record("trace p99", "ms", trace.p99)
        let dueCalls = max(5, calls / 100)
        let due = try await Self.latency(dueCalls) { _ = try await readModel.due() }
        record("due p50", "ms", due.p50)
        record("due p99", "ms", due.p99)

        let sweeps = max(5, calls / 200)
        progress("scale: policy sweeps, \(sweeps) each")
        let count = try await Self.latency(sweeps) {
            _ = try await pool.query(
                """
                SELECT count(*) AS n FROM \(identifier: schema).issue_status s
                WHERE (\(unescaped: ReadModel.openCondition)) OR s.feedback_owed_count > 0
                """)
        }
        record("count(*) of the swept rows (reference) p50", "ms", count.p50)
        let today = organisation.today
        var letters = 0
        let paged = try await Self.latency(sweeps) {
            letters = try await Self.sweep(store: store, readModel: readModel, today: today)
        }
        record("policy sweep in pages p50", "ms", paged.p50)
        record("policy sweep in pages p99", "ms", paged.p99)
        let once = try await Self.latency(sweeps) { try await Self.sweepAtOnce(readModel, today: today) }
        record("policy sweep at once (before) p50", "ms", once.p50)
        record("policy sweep at once (before) p99", "ms", once.p99)
        // Memory in processes of their own: in this one, what earlier parts freed stays resident.
        let baseline = try peakOfChild("none", schema: schema)
        record("peak RSS of a process that only connects (reference)", "MiB", baseline)
        record("peak RSS of a process making one sweep in pages", "MiB", try peakOfChild("pages", schema: schema))
        record(
            "peak RSS of a process making one sweep at once (before)", "MiB", try peakOfChild("once", schema: schema))
        progress("scale: the sweep makes \(letters) letters")
        let parts = try await Self.sweepBreakdown(readModel, today: today)
        record("  sweep part: reading + decoding the pages", "ms", parts.reading)
        record("  sweep part: the engine", "ms", parts.engine)
        record("  sweep part: grouping per recipient", "ms", parts.grouping)

        if let binary = options.daemonBinary {
            let assign = try await commandPath(binary: binary, schema: schema, readModel: readModel)
            record("issue assign via socket p50", "ms", assign.p50)
            record("issue assign via socket p99", "ms", assign.p99)
        }
        try await pool.execute("DROP SCHEMA IF EXISTS \(identifier: schema) CASCADE")
        return events
    }

    /// The daily policy sweep as the scheduler makes it, in pages, up to its letters (nothing recorded):
    /// returns how many letters it makes.
    static func sweep(store: EventStore, readModel: ReadModel, today: CalendarDate) async throws -> Int {
        let run = PolicyRun(
            store: store, readModel: readModel, follower: CaughtUp(), clock: ProjectionBenchmark.clock,
            logger: Logger(label: "tredjekraft-bench"))
        return try await run.plan(day: today, configuration: .defaults, lastScheduledDay: nil).messages.count
    }

    /// The child's part (`--sweep-only`): one sweep over the history in `schema`, or none.
    static func sweepOnly(_ mode: String, pool: PostgresPool, schema: String) async throws {
        let store = EventStore(pool: pool, schema: schema)
        let readModel = ReadModel(pool: pool, schema: schema, clock: ProjectionBenchmark.clock, thresholds: .defaults)
        let today = ProjectionBenchmark.clock.today
        _ = try await pool.query("SELECT 1")
        switch mode {
        case "pages": _ = try await sweep(store: store, readModel: readModel, today: today)
        case "once": try await sweepAtOnce(readModel, today: today)
        default: break
        }
    }

    /// Runs this bench again as a child that makes one sweep (`mode`) over `schema`, with the same
    /// malloc arenas, and returns its peak resident memory in MiB.
    private func peakOfChild(_ mode: String, schema: String) throws -> Double {
        let child = Process()
        child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        child.arguments = ["--url", options.url, "--schema", schema, "--sweep-only", mode]
        let output = Pipe()
        child.standardOutput = output
        try child.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        child.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard child.terminationStatus == 0, let bytes = Double(text) else {
            throw BenchError("the sweep's child (\(mode)) exited with \(child.terminationStatus): \(text)")
        }
        return bytes / 1_048_576
    }

    /// The sweep as it was made before it went in pages: every fact and prior effect at once, one
    /// evaluation, the effects grouped per recipient.
    static func sweepAtOnce(_ readModel: ReadModel, today: CalendarDate) async throws {
        let facts = try await readModel.policyFacts()
        let prior = try await readModel.priorEffects()
        let effects = PolicyEngine.evaluate(facts: facts, prior: prior, today: today, configuration: .defaults)
        _ = MessagePlan(effects: effects)
    }

    /// Where one paged sweep's time goes: the pages' queries and their decoding, the pure engine, and
    /// the pure merge into messages (the letters' wording is left out: it is made one letter at a time
    /// as each is recorded).
    static func sweepBreakdown(_ readModel: ReadModel, today: CalendarDate) async throws
        -> (reading: Double, engine: Double, grouping: Double)
    {
        let clock = ContinuousClock()
        var engine = Duration.zero
        var grouping = Duration.zero
        var messages = MessagePlan.Pages()
        let start = clock.now
        try await readModel.forEachPolicyPage { facts, prior in
            let evaluating = clock.now
            let effects = PolicyEngine.evaluate(facts: facts, prior: prior, today: today, configuration: .defaults)
            let adding = clock.now
            messages.add(effects)
            engine += evaluating.duration(to: adding)
            grouping += adding.duration(to: clock.now)
        }
        let finishing = clock.now
        _ = messages.finish()
        grouping += finishing.duration(to: clock.now)
        let total = start.duration(to: clock.now)
        return (seconds(total - engine - grouping) * 1000, seconds(engine) * 1000, seconds(grouping) * 1000)
    }

    /// `issue assign` through a real daemon's socket on the log of this size, one client, each reply
    /// after the read models show the write: latency only (the rate and its bare-append reference are
    /// ``CommandBenchmark``'s, on a fresh log).
    private func commandPath(binary: String, schema: String, readModel: ReadModel) async throws
        -> (p50: Double, p99: Double)
    {
        let open = try await pool.query(
            """
            SELECT s.issue_id FROM \(identifier: schema).issue_status s WHERE \(unescaped: ReadModel.openCondition)
            ORDER BY s.issue_id LIMIT 16
            """
        ).map { try $0.decode("issue_id", as: UUID.self).uuidString.lowercased() }
        guard !open.isEmpty else { return (0, 0) }
        let calls = max(50, options.queryCalls / 10)
        return try await BenchDaemon.with(binary: binary, url: options.url, schema: schema, progress: progress) {
            daemon in
            progress("scale: issue assign via the socket, \(calls) calls")
            var call = 0
            return try await Self.latency(calls) {
                call += 1
                let reply: CommandReply = try await daemon.socket.call(
                    .assignOwner,
                    AssignOwnerParameters(
                        issueId: open[call % open.count], owner: "Samordnare \(call)", commandId: UUID()))
                guard reply.events.count == 1 else {
                    throw BenchDaemonError("AssignOwner appended \(reply.events.count) events")
                }
            }
        }
    }

    /// p50 and p99 in milliseconds over `calls` calls, after a tenth as many (at least one) unmeasured.
    static func latency(_ calls: Int, _ call: () async throws -> Void) async throws -> (p50: Double, p99: Double) {
        for _ in 0..<max(1, calls / 10) { try await call() }
        let clock = ContinuousClock()
        var durations: [Double] = []
        durations.reserveCapacity(calls)
        for _ in 0..<calls {
            let start = clock.now
            try await call()
            durations.append(seconds(start.duration(to: clock.now)) * 1000)
        }
        durations.sort()
        return (
            durations[durations.count / 2], durations[min(durations.count - 1, Int(Double(durations.count) * 0.99))]
        )
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }

    /// Each row at each size, and its growth between sizes next to the log's.
    static func render(_ rows: [Row], sizes: [Int], events: [Int]) -> [String] {
        let grouped = { (value: Double) in ResultTable.grouped(value) }
        var lines = [
            "",
            "how cost grows with the log (--scale): "
                + zip(sizes, events).map { "\(grouped(Double($0))) issues = \(grouped(Double($1))) events" }
                .joined(separator: ", "),
        ]
        let width = max(50, rows.map(\.name.count).max() ?? 0) + 2
        for row in rows {
            var line = "  " + row.name.padding(toLength: width, withPad: " ", startingAt: 0)
            line += row.values.map { Self.figure($0) + " " + row.unit }.joined(separator: "   ")
            var growth: [String] = []
            for index in row.values.indices.dropFirst() where index < events.count {
                let before = row.values[index - 1]
                let ratio = before > 0 ? row.values[index] / before : 0
                let logRatio = Double(events[index]) / Double(max(1, events[index - 1]))
                growth.append(String(format: "×%.2f for ×%.1f events", ratio, logRatio))
            }
            if !growth.isEmpty { line += "   (" + growth.joined(separator: "; ") + ")" }
            lines.append(line)
        }
        lines.append(
            "  (a rate (ev/s) that stays flat is O(n) in total; a latency that stays flat is O(1) in the log's size, "
                + "one that grows like the log is O(n). Wall-clock figures are noisy on a shared machine; memory is not.)"
        )
        return lines
    }

    private static func figure(_ value: Double) -> String {
        let text = value >= 100 ? ResultTable.grouped(value) : String(format: "%.2f", value)
        return String(repeating: " ", count: max(0, 9 - text.count)) + text
    }
}
