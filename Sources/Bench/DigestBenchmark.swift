import Digests
import Domain
import EventStore
import Foundation
import Letters
import Postgres
import Projections

/// The monthly digests at scale: every council's and every ledning's digest for a month, made from
/// the read models and rendered (text and HTML), beside the read-model queries alone, over a
/// generated history of ten issues per council (`--councils`, two per unit) in its own schema.
struct DigestBenchmark {
    let pool: PostgresPool
    let options: BenchOptions
    let progress: @Sendable (String) -> Void

    func run() async throws -> [String] {
        let schema = options.schema + "_digest"
        try await pool.execute("DROP SCHEMA IF EXISTS \(identifier: schema) CASCADE")
        let store = EventStore(pool: pool, schema: schema)
        try await store.migrate()
        var generator = HistoryGenerator(store: store, issues: options.councils * 10, progress: progress)
        generator.unitCount = max(1, options.councils / 2)
        let events = try await generator.write()
        progress("digests: \(events) events for \(options.councils) councils written; building the read models")
        let clock = ProjectionBenchmark.clock
        let runner = ProjectionRunner(
            store: store,
            projections: [
                CatalogProjection(), IssuesProjection(store: store, clock: clock), PolicyEffectsProjection(),
                DigestsProjection(clock: clock),
            ], batchSize: options.readBatch)
        try await runner.prepare()
        try await runner.catchUp()
        try await pool.withConnection { connection in
            try await connection.runScript("ANALYZE")
        }
        let readModel = ReadModel(pool: pool, schema: schema, clock: clock, thresholds: .defaults)
        // The generated history ends in 2027; the month its last events fall in.
        let month = CalendarMonth(containing: HistoryGenerator.day(1199)).previous
        let sentOn = month.next.day(1)

        func queries() async throws -> (councils: [CouncilDigestFacts], units: [ManagementDigestFacts]) {
            (try await readModel.councilDigestFacts(), try await readModel.managementDigestFacts(month: month))
        }
        func render() async throws -> (letters: Int, bytes: Int) {
            let facts = try await queries()
            var letters = 0
            var bytes = 0
            for council in facts.councils {
                let letter = DigestWording.letter(CouncilDigest.make(council, month: month, sentOn: sentOn))
                bytes += letter.text.utf8.count + letter.html.utf8.count
                letters += 1
            }
            for unit in facts.units {
                let letter = ManagementDigestWording.letter(ManagementDigest.make(unit, month: month, sentOn: sentOn))
                bytes += letter.text.utf8.count + letter.html.utf8.count
                letters += 1
            }
            return (letters, bytes)
        }
        progress("digests: warm-up")
        _ = try await render()
        let clockNow = ContinuousClock()
        let queryStart = clockNow.now
        let facts = try await queries()
        let queryTime = queryStart.duration(to: clockNow.now)
        let renderStart = clockNow.now
        let rendered = try await render()
        let renderTime = renderStart.duration(to: clockNow.now)
        let seconds = { (d: Duration) in Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18 }
        try await pool.execute("DROP SCHEMA IF EXISTS \(identifier: schema) CASCADE")
        return [
            "",
            "monthly digests for \(month): \(facts.councils.count) councils and \(facts.units.count) ledningar, "
                + "\(rendered.letters) letters, \(rendered.bytes / 1024) KiB of text and HTML",
            String(
                format: "  read models + decisions + rendering  %7.2f s   (goal < 10 s)", seconds(renderTime)),
            String(
                format: "  the read-model queries alone         %7.2f s   ratio %.2f", seconds(queryTime),
                seconds(queryTime) > 0 ? seconds(renderTime) / seconds(queryTime) : 0),
        ]
    }
}
