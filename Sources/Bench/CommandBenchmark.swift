import AdminProtocol
import Domain
import EventCodec
import EventStore
import Foundation
import Postgres
import ReadModelTypes
import Synchronization

/// The whole command path next to the bare append of the same event: `issue assign` (AssignOwner)
/// through the real daemon's admin socket, beside `EventStore.append` of the same `IssueOwnerAssigned`,
/// one event per call with its expected version and an idempotency key, on the same database.
///
/// The difference is what a coordinator's command costs beyond the write itself: a connection to the
/// socket and the caller's role, resolving the issue id, loading the issue's stream and deciding, and
/// waiting until the read models show the change (read-your-writes, which every command does before
/// it replies). Each client cycles through issues of its own and gives each a different owner than it
/// has, so every call appends exactly one event.
struct CommandBenchmark {
    let pool: PostgresPool
    let options: BenchOptions
    let daemonBinary: String
    let progress: @Sendable (String) -> Void
    /// Issues each client cycles through, and streams per writer on the bare side.
    var issuesPerClient = 16
    /// The most concurrent clients measured; that many sets of issues are opened first.
    var clientCounts = [1, 8]
    /// Owners given in turn, so each assignment changes the owner.
    static let owners = ["Enhetschef vuxenstöd", "Verksamhetsutvecklare"]
    /// Who the bare side's events name as their actor and client, as the daemon records its caller.
    static let client = "tredjekraft admin socket"

    /// One figure per client count, and the latency lines for the notes.
    struct Result {
        var figures: [Figure] = []
        var notes: [String] = []
    }

    func run() async throws -> Result {
        let daemonSchema = options.schema + "_daemon"
        let bareSchema = options.schema + "_commands"
        for schema in [daemonSchema, bareSchema] {
            try await pool.execute("DROP SCHEMA IF EXISTS \(identifier: schema) CASCADE")
        }
        let bare = EventStore(pool: pool, schema: bareSchema)
        try await bare.migrate()
        let serverCPU = await ServerCPU(pool: pool)

        let result = try await BenchDaemon.with(
            binary: daemonBinary, url: options.url, schema: daemonSchema, progress: progress
        ) { daemon in
            // Counted across the figures: client 0's issues carry on from one figure to the next.
            let assignments = Assignments(
                issues: try await openIssues(on: daemon.socket, clients: clientCounts.max() ?? 1))
            var result = Result()
            // What the daemon burns with nothing to do (its timers, polling), to read its CPU per command against.
            let idleBefore = daemon.cpuSeconds()
            try await Task.sleep(for: .seconds(1))
            let idle = daemon.cpuSeconds() - idleBefore
            result.notes = [
                "",
                "command path (ms)          p50      p99   bare append p50      p99   tredjekraftd CPU µs/command",
            ]
            for clients in clientCounts {
                let measured = try await compare(
                    clients: clients, assignments: assignments, daemon: daemon, bare: bare, serverCPU: serverCPU)
                result.figures.append(measured.figure)
                result.notes.append(measured.latency)
            }
            result.notes.append(
                "tredjekraftd at rest: \(String(format: "%.1f", idle * 1000)) ms CPU per second; a command's reply "
                    + "waits until the read models show its event (read-your-writes); one connection per call, as the CLI"
            )
            result.notes += try await ImportBenchmark(
                pool: pool, options: options, daemon: daemon, progress: progress
            ).run()
            return result
        }
        for schema in [daemonSchema, bareSchema] {
            try await pool.execute("DROP SCHEMA IF EXISTS \(identifier: schema) CASCADE")
        }
        return result
    }

    /// Opens `issuesPerClient` issues per client through the socket (not timed), each from a proposal of
    /// its own, the clients concurrently. Returns each client's issue ids.
    private func openIssues(on socket: AdminSocket, clients: Int) async throws -> [[String]] {
        let perClient = issuesPerClient
        progress("commands: opening \(clients * perClient) issues through the socket")
        let unit: CommandReply = try await socket.call(
            .registerUnit, RegisterUnitParameters(name: "Vuxenstöd, benchmark"))
        guard let unitId = unit.unitId else { throw BenchDaemonError("RegisterUnit answered no unitId") }
        let council: CommandReply = try await socket.call(
            .createCouncil, CreateCouncilParameters(unitId: unitId, name: "Brukarrådet, benchmark", form: .userCouncil))
        guard let councilId = council.councilId else { throw BenchDaemonError("CreateCouncil answered no councilId") }
        return try await withThrowingTaskGroup(of: (Int, [String]).self) { group in
            for client in 0..<clients {
                group.addTask {
                    var issues: [String] = []
                    for number in 0..<perClient {
                        let proposal: CommandReply = try await socket.call(
                            .putForwardProposal,
                            PutForwardProposalParameters(
                                councilId: councilId, text: "Förslag \(client)-\(number): kvällsöppet på träffpunkten"))
                        guard let proposalId = proposal.proposalId else {
                            throw BenchDaemonError("PutForwardProposal answered no proposalId")
                        }
                        let issue: CommandReply = try await socket.call(
                            .openIssue,
                            OpenIssueParameters(
                                title: "Kvällsöppet \(client)-\(number)",
                                source: SourceRef(kind: .proposal, id: proposalId)))
                        guard let issueId = issue.issueId else {
                            throw BenchDaemonError("OpenIssue answered no issueId")
                        }
                        issues.append(issueId)
                    }
                    return (client, issues)
                }
            }
            var issues = [[String]](repeating: [], count: clients)
            for try await (client, opened) in group { issues[client] = opened }
            return issues
        }
    }

    /// Warms both sides up, then measures them in the order commands, bare, bare, commands — half the
    /// phase each — as ``AppendBenchmark`` does, so a drift in the machine's speed hits both alike.
    private func compare(
        clients: Int, assignments: Assignments, daemon: BenchDaemon, bare: EventStore, serverCPU: ServerCPU?
    ) async throws -> (figure: Figure, latency: String) {
        let name = "issue assign via socket, \(clients) client\(clients == 1 ? "" : "s")"
        let reference = "bare append, same event"
        let streams = issuesPerClient
        let socket = daemon.socket

        func commands(_ samples: LatencySamples?) -> TimedLoad.Operation {
            { client, _ in
                let (issueId, owner) = assignments.next(client: client)
                try await Self.timed(samples) {
                    let reply: CommandReply = try await socket.call(
                        .assignOwner, AssignOwnerParameters(issueId: issueId, owner: owner, commandId: UUID()))
                    guard reply.events.count == 1, !reply.duplicate else {
                        throw BenchDaemonError("AssignOwner on \(issueId) appended \(reply.events.count) events")
                    }
                    if reply.lag != nil { assignments.countLag() }
                }
            }
        }
        func bareAppends(_ samples: LatencySamples?) -> TimedLoad.Operation {
            // New streams for every run, so each starts at version 0 like the issues' assignments.
            let ids = (0..<clients).map { _ in (0..<streams).map { _ in IssueID(UUID()) } }
            return { client, iteration in
                let id = ids[client][iteration % streams]
                let owner = Self.owners[iteration / streams % Self.owners.count]
                try await Self.timed(samples) {
                    let command = UUID()
                    try await bare.append(
                        to: StreamID(id.streamName), expectedVersion: .exactly(Int64(iteration / streams)),
                        events: [
                            try DomainEvent.issue(id, .ownerAssigned(IssueOwnerAssigned(owner: owner))).newEvent()
                        ],
                        metadata: EventMetadata(actor: Self.actor, commandID: command, client: Self.client),
                        idempotencyKey: command.uuidString.lowercased())
                }
            }
        }

        progress("\(name): warming up")
        let warmup = TimedLoad(writers: clients, duration: options.warmup)
        _ = try await warmup.run(commands(nil))
        _ = try await warmup.run(bareAppends(nil))
        assignments.resetLags()

        let half = TimedLoad(writers: clients, duration: options.phase / 2)
        let latency = (commands: LatencySamples(), bare: LatencySamples())
        var outcome = (
            commands: TimedLoad.Outcome(calls: 0, elapsed: .zero), bare: TimedLoad.Outcome(calls: 0, elapsed: .zero)
        )
        var cpu = (commands: 0.0, bare: 0.0, daemon: 0.0)
        for commandsFirst in [true, false] {
            for isCommands in commandsFirst ? [true, false] : [false, true] {
                let serverBefore = serverCPU?.seconds() ?? 0
                let daemonBefore = daemon.cpuSeconds()
                let run = try await half.run(isCommands ? commands(latency.commands) : bareAppends(latency.bare))
                let server = (serverCPU?.seconds() ?? 0) - serverBefore
                if isCommands {
                    outcome.commands.calls += run.calls
                    outcome.commands.elapsed += run.elapsed
                    cpu.commands += server
                    cpu.daemon += daemon.cpuSeconds() - daemonBefore
                } else {
                    outcome.bare.calls += run.calls
                    outcome.bare.elapsed += run.elapsed
                    cpu.bare += server
                }
                if clients > 1 {
                    progress(
                        "\(name): \(isCommands ? "commands" : "bare") \(run.calls) calls, fewest by one client "
                            + "\(run.fewestCallsOfAWriter)")
                }
            }
        }
        // A command commits twice where the bare append commits once (its event, then the read models'
        // checkpoint before it replies), so half the bare rate is what the path could reach at best.
        var figure = Figure(
            name: name, value: outcome.commands.rate(), reference: reference, referenceValue: outcome.bare.rate(),
            target: 0.5)
        if serverCPU != nil {
            figure.cpuPerItem = cpu.commands / Double(max(1, outcome.commands.calls))
            figure.referenceCPUPerItem = cpu.bare / Double(max(1, outcome.bare.calls))
        }
        progress(
            "\(name): \(ResultTable.grouped(figure.value)) /s vs \(ResultTable.grouped(figure.referenceValue)) /s"
                + (assignments.lags > 0 ? ", \(assignments.lags) replies said the read models lagged" : ""))
        let line =
            "  issue assign, \(clients) client\(clients == 1 ? " " : "s")"
            + Self.milliseconds(latency.commands.percentile(0.5)) + " "
            + Self.milliseconds(latency.commands.percentile(0.99)) + "      "
            + Self.milliseconds(latency.bare.percentile(0.5)) + " " + Self.milliseconds(latency.bare.percentile(0.99))
            + String(format: "   %8.0f", cpu.daemon * 1e6 / Double(max(1, outcome.commands.calls)))
            + (assignments.lags > 0 ? "   (\(assignments.lags) replies said the read models lagged)" : "")
        return (figure, line)
    }

    /// The actor the daemon records for the bench's commands: the bench's own user name.
    static let actor = getpwuid(geteuid()).map { String(cString: $0.pointee.pw_name) } ?? "bench"

    private static func timed(_ samples: LatencySamples?, _ operation: () async throws -> Void) async throws {
        if let samples { try await samples.timed(operation) } else { try await operation() }
    }

    private static func milliseconds(_ duration: Duration) -> String {
        String(
            format: "%8.2f",
            (Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18) * 1000)
    }
}

/// Which issue a client assigns next and to whom: each client's issues in turn, the owners alternating
/// per round, counted across runs so that an issue never gets the owner it already has.
private final class Assignments: Sendable {
    let issues: [[String]]
    private let state = Mutex<(calls: [Int], lags: Int)>(([], 0))

    init(issues: [[String]]) {
        self.issues = issues
        state.withLock { $0.calls = Array(repeating: 0, count: issues.count) }
    }

    func next(client: Int) -> (issueId: String, owner: String) {
        let call = state.withLock { state in
            defer { state.calls[client] += 1 }
            return state.calls[client]
        }
        let own = issues[client]
        return (own[call % own.count], CommandBenchmark.owners[call / own.count % CommandBenchmark.owners.count])
    }

    func countLag() { state.withLock { $0.lags += 1 } }
    func resetLags() { state.withLock { $0.lags = 0 } }
    var lags: Int { state.withLock { $0.lags } }
}
