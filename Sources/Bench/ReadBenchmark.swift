import EventStore
import Foundation
import Postgres

/// `readAll` over the whole log next to a plain keyset `SELECT` of the same rows and columns.
///
/// Both read the same table in batches of the same size and decode every column; the reference
/// orders by `sequence` alone and has no snapshot horizon, which is what the store's never-skip
/// ordering (transaction id, sequence) adds.
struct ReadBenchmark {
    let store: EventStore
    let options: BenchOptions
    let progress: @Sendable (String) -> Void
    let serverCPU: ServerCPU?

    /// The same columns as ``RecordedEvent``, decoded into plain fields.
    private struct PlainRow {
        var sequence: Int64
        var transactionID: UInt64
        var streamID: String
        var streamVersion: Int64
        var eventType: String
        var schemaVersion: Int
        var data: Data
        var actor: String
        var commandID: UUID?
        var correlationID: UUID?
        var causationID: UUID?
        var client: String?
        var recordedAt: Date
    }

    func run() async throws -> Figure {
        progress("reading: warming up (one pass of readAll)")
        _ = try await timed(readAllPass)
        // Store, plain, plain, store: drift hits both alike.
        var store = (events: 0, elapsed: Duration.zero, cpu: 0.0)
        var plain = store
        for storeFirst in [true, false] {
            for side in storeFirst ? [true, false] : [false, true] {
                let cpuBefore = serverCPU?.seconds() ?? 0
                let (events, elapsed) = try await timed(side ? readAllPass : plainPass)
                let cpuUsed = (serverCPU?.seconds() ?? 0) - cpuBefore
                progress("reading: \(side ? "readAll" : "plain SELECT") \(events) events in \(elapsed)")
                if side {
                    store.events += events
                    store.elapsed += elapsed
                    store.cpu += cpuUsed
                } else {
                    plain.events += events
                    plain.elapsed += elapsed
                    plain.cpu += cpuUsed
                }
            }
        }
        var figure = Figure(
            name: "readAll, \(ResultTable.grouped(Double(options.events))) events, batch \(options.readBatch)",
            value: Self.rate(store.events, store.elapsed),
            reference: "plain keyset SELECT", referenceValue: Self.rate(plain.events, plain.elapsed), target: 0.5)
        if serverCPU != nil {
            figure.cpuPerItem = store.cpu / Double(max(1, store.events))
            figure.referenceCPUPerItem = plain.cpu / Double(max(1, plain.events))
        }
        return figure
    }

    private func timed(_ pass: () async throws -> Int) async throws -> (Int, Duration) {
        let clock = ContinuousClock()
        let start = clock.now
        let events = try await pass()
        return (events, start.duration(to: clock.now))
    }

    private func readAllPass() async throws -> Int {
        var position = LogPosition.start
        var count = 0
        while true {
            let batch = try await store.readAll(after: position, limit: options.readBatch)
            guard let last = batch.last else { return count }
            count += batch.count
            position = last.position
        }
    }

    private func plainPass() async throws -> Int {
        var after: Int64 = 0
        var count = 0
        while true {
            let rows = try await store.pool.query(
                """
                SELECT \(unescaped: Self.columns) FROM \(identifier: store.schema).events
                WHERE sequence > \(after) ORDER BY sequence LIMIT \(options.readBatch)
                """)
            var batch: [PlainRow] = []
            batch.reserveCapacity(rows.count)
            for row in rows {
                batch.append(
                    PlainRow(
                        sequence: try row.decode(0), transactionID: try row.decode(1), streamID: try row.decode(2),
                        streamVersion: try row.decode(3), eventType: try row.decode(4),
                        schemaVersion: try row.decode(5), data: try row.decode(6, as: PostgresJSONB.self).data,
                        actor: try row.decode(7), commandID: try row.decode(8), correlationID: try row.decode(9),
                        causationID: try row.decode(10), client: try row.decode(11), recordedAt: try row.decode(12)))
            }
            guard let last = batch.last else { return count }
            count += batch.count
            after = last.sequence
        }
    }

    private static let columns = """
        sequence, transaction_id, stream_id, stream_version, event_type, schema_version, data, actor, \
        command_id, correlation_id, causation_id, client, recorded_at
        """

    private static func rate(_ events: Int, _ elapsed: Duration) -> Double {
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        return seconds > 0 ? Double(events) / seconds : 0
    }
}
