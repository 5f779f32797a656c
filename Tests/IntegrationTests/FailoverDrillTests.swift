import Foundation
import Synchronization
import TestSupport
import Testing
import Varlink

#if canImport(Glibc)
import Glibc
#endif

/// The failover an operator runs: a primary and a synchronous standby, `database.url` naming both
/// with `target_session_attrs=read-write`, writers on the socket, the primary stopped as a crash and
/// the standby promoted mid-burst. Every acknowledged command must be there exactly once, a re-sent
/// id must write nothing new, no answer may say "nothing changed" of a stored command, and no
/// projection may stop.
@Suite(.serialized) struct FailoverDrillTests {
    static let admin = "io.tredjekraft.admin."

    /// What became of one command, as its writer saw it.
    struct Sent: Sendable {
        let commandId: String
        let name: String
        /// When the writer sent it.
        let sentAt: ContinuousClock.Instant
        /// nil: acknowledged; otherwise the error's name.
        let error: String?
        let at: ContinuousClock.Instant
    }

    /// The writers' record, shared between their tasks.
    final class Ledger: Sendable {
        private let state = Mutex<(sent: [Sent], stopping: Bool)>(([], false))
        func add(_ sent: Sent) { state.withLock { $0.sent.append(sent) } }
        func stop() { state.withLock { $0.stopping = true } }
        var stopping: Bool { state.withLock { $0.stopping } }
        var sent: [Sent] { state.withLock { $0.sent } }
        var acknowledged: Int { sent.filter { $0.error == nil }.count }
        /// When the first command sent after `instant` was acknowledged.
        func firstAcknowledged(after instant: ContinuousClock.Instant) -> ContinuousClock.Instant? {
            sent.filter { $0.error == nil && $0.sentAt > instant }.map(\.at).min()
        }
        /// The commands under way at `instant` (sent before, answered after), and how they were answered.
        func underWay(at instant: ContinuousClock.Instant) -> [String] {
            sent.filter { $0.sentAt < instant && $0.at > instant }.map { $0.error ?? "acknowledged" }
        }
    }

    /// Registers units through `daemon` until the ledger says stop, each under a new command id.
    func writer(_ number: Int, _ daemon: RunningDaemon, _ ledger: Ledger) async {
        var index = 0
        while !ledger.stopping {
            index += 1
            let commandId = newCommandID()
            let name = "Enhet \(number)-\(index)"
            let sentAt = ContinuousClock.now
            do {
                _ = try await daemon.call(
                    Self.admin + "RegisterUnit", ["name": .string(name), "commandId": .string(commandId)])
                ledger.add(Sent(commandId: commandId, name: name, sentAt: sentAt, error: nil, at: .now))
            } catch VarlinkClientError.remote(let error) {
                ledger.add(Sent(commandId: commandId, name: name, sentAt: sentAt, error: error.name, at: .now))
            } catch {
                ledger.add(Sent(commandId: commandId, name: name, sentAt: sentAt, error: "client: \(error)", at: .now))
            }
        }
    }

    /// How many events the new primary holds under `commandId`.
    func stored(_ commandId: String, schema: String, _ clusters: ReplicatedClusters) async throws -> Int {
        Int(
            try await clusters.psql(
                clusters.standbySocket, "SELECT count(*) FROM \(schema).events WHERE command_id = '\(commandId)'"))
            ?? -1
    }

    @Test(
        .timeLimit(.minutes(10)),
        arguments: [
            // A crash mid-burst with synchronous replication.
            "on",
            // The standby's acknowledgements held back (its replay paused under remote_apply) before the
            // crash: commits are on the standby that no client was told of.
            "remote_apply",
            // The standby has received but not yet flushed what the primary acknowledged.
            "remote_write",
        ])
    func everyAcknowledgedCommandSurvivesAFailoverOnceAndNoStoredOneIsCalledUnchanged(synchronousCommit: String)
        async throws
    {
        try await withTemporaryDirectory { directory in
            let clusters = try await ReplicatedClusters.start(
                in: directory + "/pg", synchronousCommit: synchronousCommit)
            do {
                try await drill(clusters, synchronousCommit: synchronousCommit)
            } catch {
                await clusters.stopAll()
                throw error
            }
            await clusters.stopAll()
        }
    }

    /// Crashes the primary and promotes the standby while the writers run; prints how long writes
    /// went unacknowledged.
    func failOverDuringTheBurst(
        _ clusters: ReplicatedClusters, _ daemon: RunningDaemon, _ ledger: Ledger, synchronousCommit: String
    ) async throws {
        #expect(try await eventually(timeout: .seconds(60)) { ledger.acknowledged >= 40 })
        if synchronousCommit == "remote_apply" {
            try await clusters.psql(clusters.standbySocket, "SELECT pg_wal_replay_pause()")
            // Writers' appends now wait in their COMMIT for the standby to apply it. (A writer waiting for
            // the read models, whose batch waits the same way, gives up after the daemon's short
            // consistency timeout and sends its next command, which then waits there.)
            var waiting = ""
            let held = try await eventually(timeout: .seconds(30)) {
                waiting = try await clusters.psql(
                    clusters.primarySocket,
                    "SELECT count(*) FROM pg_stat_activity WHERE wait_event = 'SyncRep' AND query LIKE '%append_events%'"
                )
                return (Int(waiting) ?? 0) >= 1
            }
            let activity = try await clusters.psql(
                clusters.primarySocket,
                "SELECT string_agg(coalesce(wait_event, '-') || ' ' || coalesce(state, '-') || ' ' || left(query, 40), E'\\n') "
                    + "FROM pg_stat_activity")
            #expect(held, "no commit waits for the standby (\(waiting)):\n\(activity)")
        }
        let crashed = ContinuousClock.now
        try await clusters.crashPrimary()
        try await clusters.promoteStandby()
        let recovered = try await eventually(timeout: .seconds(90)) { ledger.firstAcknowledged(after: crashed) != nil }
        #expect(recovered, "no command was acknowledged after the failover; log:\n\(daemon.log)")
        if let first = ledger.firstAcknowledged(after: crashed) {
            print(
                "failover drill (synchronous_commit=\(synchronousCommit)): a command sent after the crash was "
                    + "acknowledged \(first - crashed) after it; under way at the crash: "
                    + "\(ledger.underWay(at: crashed))")
        }
        let before = ledger.acknowledged
        #expect(try await eventually(timeout: .seconds(60)) { ledger.acknowledged >= before + 40 })
    }

    func drill(_ clusters: ReplicatedClusters, synchronousCommit: String) async throws {
        do {
            try await withDaemonSetup(
                AdminDaemonOptions(
                    consistencyTimeout: 1, extraConfiguration: quietScheduleConfiguration(),
                    databaseURL: clusters.multiHostURL)
            ) { setup in
                let daemon = try await setup.start()
                let ledger = Ledger()
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for number in 0..<4 { group.addTask { await writer(number, daemon, ledger) } }
                    try await failOverDuringTheBurst(clusters, daemon, ledger, synchronousCommit: synchronousCommit)
                    ledger.stop()
                    try await group.waitForAll()
                }

                // Every acknowledged command is there exactly once; no error said "nothing changed" of a
                // command that was stored.
                let sent = ledger.sent
                for command in sent where command.error == nil {
                    #expect(
                        try await stored(command.commandId, schema: setup.schema, clusters) == 1,
                        "acknowledged \(command.commandId)")
                }
                for command in sent where command.error == "io.tredjekraft.admin.DatabaseUnavailable" {
                    #expect(
                        try await stored(command.commandId, schema: setup.schema, clusters) == 0,
                        "\(command.commandId) was answered 'nothing changed' but is stored")
                }
                let errors = Dictionary(grouping: sent.compactMap(\.error), by: { $0 }).mapValues(\.count)
                print(
                    "failover drill (synchronous_commit=\(synchronousCommit)): \(sent.count) commands, errors \(errors)"
                )

                // Sending any id again writes nothing new: the acknowledged ones answer as duplicates,
                // the others are stored now, once.
                for command in sent {
                    let reply = try await daemon.call(
                        Self.admin + "RegisterUnit",
                        ["name": .string(command.name), "commandId": .string(command.commandId)])
                    if command.error == nil { #expect(reply["duplicate"] == .bool(true)) }
                    #expect(try await stored(command.commandId, schema: setup.schema, clusters) == 1)
                }

                // No projection stopped, and the schedule is held where the daemon says it is.
                var status: VarlinkObject = [:]
                let healthy = try await eventually(timeout: .seconds(60)) {
                    status = try await daemon.call(Self.admin + "Status")
                    let projections = status["projections"]?.arrayValue ?? []
                    let caughtUp = projections.allSatisfy {
                        $0.objectValue?["eventsBehind"] == .int(0) && ($0.objectValue?["stopped"] ?? .null) == .null
                    }
                    let locks = try await clusters.psql(
                        clusters.standbySocket,
                        "SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a USING (pid) "
                            + "WHERE l.locktype = 'advisory' AND l.granted AND a.application_name = '\(setup.applicationName)'"
                    )
                    let leading = status["schedule"]?.objectValue?["leading"] == .bool(true)
                    return !projections.isEmpty && caughtUp && leading && (Int(locks) ?? 0) >= 1
                }
                #expect(healthy, "status after the failover: \(status)\nlog:\n\(daemon.log)")
                #expect(await daemon.stop() == 0, "log:\n\(daemon.log)")
            }
        }
    }
}
