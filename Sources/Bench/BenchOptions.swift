import Foundation

/// What one run of the benchmark measures, from its command line.
///
/// Parsed by hand: a handful of options does not justify a dependency.
struct BenchOptions: Sendable {
    /// The libpq connection string of a database the benchmark may fill (it creates its own schemas).
    var url = ProcessInfo.processInfo.environment["TREDJEKRAFT_BENCH_DATABASE_URL"] ?? ""
    /// How many events the log holds when reading is measured.
    var events = 1_000_000
    /// Length of each measured append phase; the store and its reference get the same.
    var phase: Duration = .seconds(5)
    /// Unmeasured running before each figure, so connections, caches and plans are warm.
    var warmup: Duration = .seconds(1)
    /// Events per `readAll` call and per keyset `SELECT`.
    var readBatch = 1_000
    /// Events per batched append and rows per multi-row INSERT.
    var appendBatch = 100
    /// The PostgreSQL schema of the store under test (the reference table lives in `<schema>_plain`).
    var schema = "tredjekraft_bench"
    /// Also time the bare SQL function, to show where an append's time goes.
    var breakdown = false
    /// Only the projections' figures (issue 5): rebuild rate and query latency. The full run includes them.
    var projectionsOnly = false
    /// Issues in the generated history for the projections' figures (about ten events each).
    var issues = 100_000
    /// Councils in the digests' own generated history (ten issues each).
    var councils = 1000
    /// Calls per measured query.
    var queryCalls = 2_000
    /// Only the outbox's figure: messages per second through the mailer to an SMTP sink.
    var mailOnly = false
    /// Messages in the mail figure.
    var messages = 500
    /// Only the command path's figure: `issue assign` through the daemon's socket next to the bare append.
    var commandsOnly = false
    /// Only the append figures (1 and 8 writers, batches; with `--breakdown` the bare function too).
    var appendsOnly = false
    /// The `tredjekraftd` binary that figure starts; without it the full run leaves the figure out.
    var daemonBinary: String?
    /// Only how cost grows with the log: the same operations at each of ``scaleSizes`` (``ScaleBenchmark``).
    var scale = false
    /// Issues in the generated history at each size of `--scale`, about ten events each: 100,000,
    /// 1,000,000 and 5,000,000 events by default.
    var scaleSizes = [10_000, 100_000, 500_000]
    /// Set by ``ScaleBenchmark`` for a child of its own: make one policy sweep (`pages`, `once`, or
    /// `none` for the baseline) over `schema`, print the process's peak resident memory and exit.
    var sweepOnly: String?
    /// The SMTP sink script (Debian's python3-aiosmtpd), relative to the working directory.
    var smtpSink = "Tests/MailTestSupport/Python/smtp_sink.py"

    static let usage = """
        usage: tredjekraft-bench --url CONNINFO [options]

          --url CONNINFO      libpq connection string or URI (or TREDJEKRAFT_BENCH_DATABASE_URL)
          --events N          events in the log when reading is measured (default 1000000)
          --seconds S         length of each measured append phase (default 5)
          --warmup S          unmeasured warm-up before each figure (default 1)
          --read-batch N      events per readAll call / keyset SELECT (default 1000)
          --append-batch N    events per batched append / rows per multi-row INSERT (default 100)
          --schema NAME       schema for the store under test (default tredjekraft_bench); dropped first
          --breakdown         also time append_events() alone (no NOTIFY), with and without a key
          --projections       only the projections: rebuild rate over a generated history, query latency
          --issues N          issues in that history, about 10 events each (default 100000)
          --query-calls N     calls per measured query (default 2000)
          --councils N        councils whose monthly digests are rendered, two per unit (default 1000)
          --mail              only the outbox: messages per second through the mailer to an SMTP sink
          --messages N        messages in that figure (default 500)
          --daemon-binary P   tredjekraftd to run for the command path's figure (ops/bench builds and passes it)
          --appends           only the appends (with --breakdown also append_events() alone)
          --commands          only the command path: issue assign through that daemon's admin socket, 1 and 8
                              clients, next to the bare append of the same event
          --scale             only how cost grows: rebuild, issue, trace, due, the policy sweep and issue assign
                              at each size of --sizes, with each figure's growth between sizes
          --sizes N,N,...     issues in the generated history at each size of --scale, about 10 events each
                              (default 10000,100000,500000: 100k, 1M and 5M events)
          --quick             a small run for development: 100000 events, 1 s phases, 10000 issues, 500 calls
        """

    struct UsageError: Error, CustomStringConvertible {
        let description: String
    }

    init(arguments: [String]) throws(UsageError) {
        var remaining = arguments[...]
        func value(_ option: String) throws(UsageError) -> String {
            guard let value = remaining.popFirst() else { throw UsageError(description: "\(option) needs a value") }
            return value
        }
        func number(_ option: String) throws(UsageError) -> Double {
            let text = try value(option)
            // Bounded, so that the Int conversions of the options cannot trap.
            guard let number = Double(text.replacingOccurrences(of: "_", with: "")), number > 0, number <= 1e12 else {
                throw UsageError(description: "\(option) needs a positive number up to 10^12, not '\(text)'")
            }
            return number
        }
        while let option = remaining.popFirst() {
            switch option {
            case "--url": url = try value(option)
            case "--events": events = Int(try number(option))
            case "--seconds": phase = .milliseconds(Int64(try number(option) * 1000))
            case "--warmup": warmup = .milliseconds(Int64(try number(option) * 1000))
            case "--read-batch": readBatch = Int(try number(option))
            case "--append-batch": appendBatch = Int(try number(option))
            case "--schema": schema = try value(option)
            case "--breakdown": breakdown = true
            case "--projections": projectionsOnly = true
            case "--issues": issues = Int(try number(option))
            case "--query-calls": queryCalls = Int(try number(option))
            case "--councils": councils = Int(try number(option))
            case "--mail": mailOnly = true
            case "--messages": messages = Int(try number(option))
            case "--daemon-binary": daemonBinary = try value(option)
            case "--commands": commandsOnly = true
            case "--appends": appendsOnly = true
            case "--scale": scale = true
            case "--sweep-only": sweepOnly = try value(option)
            case "--sizes":
                let text = try value(option)
                let sizes = text.split(separator: ",").map { Int($0.replacingOccurrences(of: "_", with: "")) }
                guard !sizes.isEmpty, sizes.allSatisfy({ ($0 ?? 0) >= 10 && ($0 ?? 0) <= 10_000_000 }) else {
                    throw UsageError(
                        description: "--sizes needs issue counts from 10 to 10^7 separated by commas, not '\(text)'")
                }
                scaleSizes = sizes.compactMap { $0 }
            case "--quick":
                events = 100_000
                phase = .seconds(1)
                warmup = .milliseconds(300)
                issues = 10_000
                queryCalls = 500
                messages = 200
                councils = 100
            case "--help", "-h": throw UsageError(description: Self.usage)
            default: throw UsageError(description: "unknown option '\(option)'\n\n\(Self.usage)")
            }
        }
        if url.isEmpty { throw UsageError(description: "no database: pass --url\n\n\(Self.usage)") }
        if commandsOnly && daemonBinary == nil {
            throw UsageError(description: "--commands needs the daemon: pass --daemon-binary PATH\n\n\(Self.usage)")
        }
    }
}
