import Foundation
import Postgres
import PostgresTestSupport
import TestSupport
import Testing
import Varlink

#if canImport(Glibc)
import Glibc
#endif

extension AdminDaemonTests {
    /// sd_notify around the admin socket: READY=1 only when queries answer for the whole log, and a
    /// SIGTERM that lets every call already taken finish and reply.
    @Suite struct Lifecycle {
        /// Registers `count` units over `parallel` connections; returns their ids.
        func registerUnits(_ count: Int, parallel: Int, on daemon: RunningDaemon) async throws -> [String] {
            try await withThrowingTaskGroup(of: [String].self) { group in
                for worker in 0..<parallel {
                    group.addTask {
                        let client = try await RawSocketClient.connect(to: daemon.socket)
                        var ids: [String] = []
                        for index in stride(from: worker, to: count, by: parallel) {
                            let id = newCommandID()
                            let parameters: VarlinkObject = [
                                "name": .string("Enhet \(index)"), "commandId": .string(id),
                            ]
                            let reply = try await client.roundTrip("io.tredjekraft.admin.RegisterUnit", parameters)
                            guard reply.error == nil else { throw TestFailure("RegisterUnit: \(reply)") }
                            ids.append(id)
                        }
                        await client.hangUp()
                        return ids
                    }
                }
                return try await group.reduce(into: []) { $0 += $1 }
            }
        }

        @Test(.timeLimit(.minutes(10))) func readyOnlyAfterMigrationsAndProjectionCatchUp() async throws {
            try await withDaemonSetup { setup in

                // First run: a few hundred events in the log.
                let first = try await setup.start(run: 1)
                let seeded = try await registerUnits(300, parallel: 6, on: first)
                #expect(await first.stop() == 0, "log:\n\(first.log)")

                // Make the read models rebuild from the start of the log at the next start, so that
                // start-up has all of it to apply before it may say READY=1.
                try await withTestPool { pool in
                    _ = try await pool.execute(
                        "UPDATE \(identifier: setup.schema).projection_checkpoints SET version = -1")
                }

                let second = try await setup.start(run: 2)
                // The log as it stood when READY=1 arrived.
                let logAtReady = second.log
                let units = try await second.call("io.tredjekraft.admin.ListUnits")
                let status = try await second.call("io.tredjekraft.admin.Status")
                let exit = await second.stop()

                let statuses = second.startup.flatMap { $0.split(separator: "\n") }.map(String.init)
                let migrations = statuses.firstIndex(of: "STATUS=applying database migrations")
                let catchingUp = statuses.firstIndex(of: "STATUS=catching up the read models")
                let ready = statuses.firstIndex(of: "READY=1")
                #expect(migrations != nil && catchingUp != nil && ready != nil, "\(statuses)")
                if let migrations, let catchingUp, let ready {
                    #expect(migrations < catchingUp && catchingUp < ready, "\(statuses)")
                }
                #expect(logAtReady.contains("building projection"), "no rebuild; log:\n\(logAtReady)")
                #expect(
                    logAtReady.contains("read models caught up"), "READY=1 before the catch-up; log:\n\(logAtReady)")

                // Right after READY=1 — no waiting — the read models hold every event of the first run.
                let listed = Set(units["units"]?.arrayValue?.compactMap { $0.objectValue?["id"]?.stringValue } ?? [])
                #expect(listed == Set(seeded), "\(listed.count) of \(seeded.count) units listed right after READY=1")
                let behind = status["projections"]?.arrayValue?.compactMap { $0.objectValue?["eventsBehind"] } ?? []
                #expect(!behind.isEmpty && behind.allSatisfy { $0 == 0 }, "\(status)")
                #expect(exit == 0, "log:\n\(second.log)")
            }
        }

        /// SIGTERM while 50 commands are in flight: every command the daemon took is carried out and
        /// answered; one it did not take has no effect; then STOPPING=1 and exit status 0.
        @Test(.timeLimit(.minutes(10))) func sigtermAnswersEveryCommandInFlight() async throws {
            // A small pool, so the commands queue inside the daemon when the signal comes.
            try await withDaemonSetup(AdminDaemonOptions(poolSize: 2)) { setup in
                let daemon = try await setup.start()

                let ids = (0..<50).map { _ in newCommandID() }
                var clients: [RawSocketClient] = []
                for (index, id) in ids.enumerated() {
                    let client = try await RawSocketClient.connect(to: daemon.socket)
                    try await client.call(
                        "io.tredjekraft.admin.RegisterUnit",
                        ["name": .string("Enhet \(index)"), "commandId": .string(id)])
                    clients.append(client)
                }
                // In flight: the daemon has begun writing them.
                let started = try await withTestPool { pool in
                    try await eventually(timeout: .seconds(120)) { try await daemon.eventCount(pool: pool) > 0 }
                }
                #expect(started, "no command was carried out; log:\n\(daemon.log)")
                daemon.notify.drain()
                daemon.process.signal(SIGTERM)

                var answered: Set<String> = []
                for (client, id) in zip(clients, ids) {
                    // nil: the daemon closed the connection without taking the call.
                    if let reply = try await client.reply(timeout: .seconds(120)) {
                        #expect(reply.error == nil, "RegisterUnit \(id) during shutdown: \(reply)")
                        #expect(reply.parameters?["unitId"] == .string(id), "\(reply)")
                        answered.insert(id)
                    }
                    await client.hangUp()
                }
                let stopping = await daemon.notify.waitFor("STOPPING=1", timeout: .seconds(60))
                #expect(
                    stopping.contains { $0.split(separator: "\n").contains("STOPPING=1") }, "\(stopping)\n\(daemon.log)"
                )
                #expect(await daemon.process.waitForExit(timeout: .seconds(60)) == 0, "log:\n\(daemon.log)")

                // Exactly the answered commands took effect.
                let written = try await withTestPool { pool in
                    try await pool.query(
                        "SELECT stream_id FROM \(identifier: setup.schema).events WHERE event_type = 'UnitRegistered'"
                    ).map { try $0.decode("stream_id", as: String.self) }
                }
                let writtenIDs = Set(written.compactMap { stream in ids.first { stream.hasSuffix($0) } })
                #expect(written.count == writtenIDs.count, "unexpected streams: \(written)")
                let unanswered = writtenIDs.subtracting(answered)
                let unwritten = answered.subtracting(writtenIDs)
                #expect(
                    writtenIDs == answered,
                    "carried out, not answered: \(unanswered); answered, not written: \(unwritten)")
                #expect(!answered.isEmpty)
                print("SIGTERM with 50 commands sent: \(answered.count) answered and carried out, the rest not taken")
            }
        }
        /// SIGTERM while LoadDemo is part-way through its couple of hundred commands: the call is
        /// finished, not cut short — all of the demo is written and answered — and the daemon exits 0.
        @Test(.timeLimit(.minutes(10))) func sigtermFinishesALoadDemoInFlight() async throws {
            try await withDaemonSetup(AdminDaemonOptions(poolSize: 2)) { setup in
                let daemon = try await setup.start()
                // Only LoadDemo writes: the scheduler's start-up runs are over before it begins.
                try await daemon.waitUntilTheScheduleSleeps()
                let client = try await RawSocketClient.connect(to: daemon.socket)
                try await client.call("io.tredjekraft.admin.LoadDemo")
                let started = try await withTestPool { pool in
                    try await eventually(timeout: .seconds(120)) { try await daemon.eventCount(pool: pool) > 10 }
                }
                #expect(started, "LoadDemo wrote nothing; log:\n\(daemon.log)")
                daemon.notify.drain()
                daemon.process.signal(SIGTERM)
                let reply = try await client.reply(timeout: .seconds(180))
                #expect(reply?.error == nil, "\(String(describing: reply))\nlog:\n\(daemon.log)")
                let events = reply?.parameters?["events"]?.intValue ?? 0
                #expect(events > 200, "\(String(describing: reply))")
                await client.hangUp()
                #expect(await daemon.process.waitForExit(timeout: .seconds(60)) == 0, "log:\n\(daemon.log)")
                let written = try await withTestPool { pool in try await daemon.eventCount(pool: pool) }
                #expect(Int64(written) == events)
            }
        }
    }
}
