import EventStore
import Foundation
import Postgres

/// `tredjekraft-bench`: the event store's speed next to plain SQL on the same database, in one run.
///
/// Progress goes to stderr, the result table to stdout. Run it through `ops/bench`, which builds it in
/// release mode and gives it a throwaway cluster with production durability.
@main
struct BenchMain {
    static func main() async {
        let options: BenchOptions
        do {
            options = try BenchOptions(arguments: Array(CommandLine.arguments.dropFirst()))
        } catch {
            printError(error.description)
            exit(2)
        }
        do {
            try await run(options)
        } catch {
            printError("tredjekraft-bench: \(error)")
            exit(1)
        }
    }

    static func run(_ options: BenchOptions) async throws {
        // Each line says how much memory the run holds, so a peak can be traced to the part that made it.
        let progress: @Sendable (String) -> Void = { printError("bench: \($0) [\(PeakMemory.summary)]") }
        // Eight writers, plus one for the notification the store sends after each append.
        let pool = PostgresPool(conninfo: options.url, maximumConnections: 9, applicationName: "tredjekraft-bench")
        let settings = try await pool.query(
            "SELECT current_setting('server_version'), current_setting('fsync'), current_setting('synchronous_commit')")
        let server = try (
            settings[0].decode(0, as: String.self), settings[0].decode(1, as: String.self),
            settings[0].decode(2, as: String.self)
        )
        var figures: [Figure] = []
        var extraNotes: [String] = []
        if let mode = options.sweepOnly {
            try await ScaleBenchmark.sweepOnly(mode, pool: pool, schema: options.schema)
            await pool.close()
            print(PeakMemory.residentBytes() ?? 0)
            return
        }
        if options.scale {
            let lines = try await ScaleBenchmark(pool: pool, options: options, progress: progress).run()
            await pool.close()
            print(
                (lines + [
                    "",
                    "PostgreSQL \(server.0), fsync=\(server.1), synchronous_commit=\(server.2); "
                        + "bench peak resident memory \(PeakMemory.summary).",
                ]).joined(separator: "\n"))
            return
        }
        let everything = !options.projectionsOnly && !options.mailOnly && !options.commandsOnly && !options.appendsOnly
        if everything || options.appendsOnly {
            figures += try await storeFigures(options, pool: pool, progress: progress)
        }
        if everything || options.commandsOnly {
            if let binary = options.daemonBinary {
                let commands = try await CommandBenchmark(
                    pool: pool, options: options, daemonBinary: binary, progress: progress
                ).run()
                figures += commands.figures
                extraNotes += commands.notes
            } else {
                progress("no --daemon-binary: the command path's figure is left out")
            }
        }
        if everything || options.projectionsOnly {
            let projections = try await ProjectionBenchmark(pool: pool, options: options, progress: progress).run()
            figures += projections.figures
            extraNotes += ProjectionBenchmark.render(projections.latencies) + projections.notes
            extraNotes += try await DigestBenchmark(pool: pool, options: options, progress: progress).run()
        }
        if everything || options.mailOnly {
            figures.append(try await MailBenchmark(pool: pool, options: options, progress: progress).run())
        }
        await pool.close()

        let seconds = Double(options.phase.components.seconds) + Double(options.phase.components.attoseconds) * 1e-18
        print(
            ResultTable.render(
                figures, peakResidentBytes: PeakMemory.residentBytes(),
                notes: extraNotes + [
                    "",
                    "PostgreSQL \(server.0), fsync=\(server.1), synchronous_commit=\(server.2); "
                        + "append phases \(seconds) s per side after warm-up; appends carry an idempotency key.",
                ]))
    }

    /// The event store's own figures: appends and readAll next to plain SQL.
    static func storeFigures(
        _ options: BenchOptions, pool: PostgresPool, progress: @escaping @Sendable (String) -> Void
    ) async throws -> [Figure] {
        try await pool.execute("DROP SCHEMA IF EXISTS \(identifier: options.schema) CASCADE")
        let store = EventStore(pool: pool, schema: options.schema)
        try await store.migrate()
        let samples = SampleEvents()
        let plain = PlainEventTable(pool: pool, schema: options.schema + "_plain", samples: samples)
        try await plain.create()

        let serverCPU = await ServerCPU(pool: pool)
        let appends = AppendBenchmark(
            store: store, plain: plain, samples: samples, options: options, progress: progress, serverCPU: serverCPU)
        var figures: [Figure] = []
        figures.append(try await appends.singleEvents(writers: 1, phase: 1))
        figures.append(try await appends.singleEvents(writers: 8, phase: 2))
        figures.append(try await appends.batches(phase: 3))
        if options.breakdown {
            for (index, writers) in [1, 8].enumerated() {
                figures.append(try await appends.functionOnly(writers: writers, withKey: true, phase: 4 + 2 * index))
                figures.append(try await appends.functionOnly(writers: writers, withKey: false, phase: 5 + 2 * index))
            }
        }

        if options.appendsOnly {
            try await plain.drop()
            return figures
        }
        try await LogFiller(pool: pool, schema: options.schema, progress: progress).fill(to: options.events)
        figures.append(
            try await ReadBenchmark(store: store, options: options, progress: progress, serverCPU: serverCPU).run())

        try await plain.drop()
        try await pool.execute("DROP SCHEMA IF EXISTS \(identifier: options.schema) CASCADE")
        return figures
    }

    static func printError(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
