import Domain
import Foundation
import MailTestSupport
import Postgres
import PostgresTestSupport
import TestSupport
import Testing
import Varlink

#if canImport(Glibc)
import Glibc
#endif

/// Two real daemons on one database and schema, as an operator runs them for availability: both
/// serve the socket, both keep the read models, one holds the schedule and one the mailer.
@Suite struct TwoDaemonTests {
    static let admin = "io.tredjekraft.admin."

    /// The index of the daemon that holds the schedule, once one does.
    func scheduleHolder(_ daemons: [RunningDaemon]) async throws -> Int {
        var holder: Int?
        let found = try await eventually(timeout: .seconds(120)) {
            for (index, daemon) in daemons.enumerated() {
                let status = try await daemon.call(Self.admin + "Status")
                if status["schedule"]?.objectValue?["leading"] == .bool(true) { holder = index }
            }
            return holder != nil
        }
        guard found, let holder else { throw TestFailure("neither daemon took the schedule") }
        return holder
    }

    /// A reply that carries `lag` was acknowledged before its read models showed it.
    func expectNoLag(_ reply: VarlinkObject, _ what: String) {
        let lag = reply["lag"] ?? .null
        #expect(lag == .null, "\(what) answered with lag: \(reply)")
    }

    /// A writer's own issue, created and assigned through both daemons in turn; each change is read
    /// back at once from the daemon that made it.
    func write(_ writer: Int, rounds: Int, through daemons: [RunningDaemon]) async throws {
        let seeded = SeededIssue()
        for (index, command) in seeded.commands.enumerated() {
            let reply = try await daemons[(writer + index) % daemons.count].call(
                Self.admin + command.method, command.parameters)
            expectNoLag(reply, command.method)
        }
        for round in 0..<rounds {
            let daemon = daemons[(writer + round) % daemons.count]
            let owner = "Handläggare \(writer)-\(round)"
            let reply = try await daemon.call(
                Self.admin + "AssignOwner", ["issueId": .string(seeded.issueId), "owner": .string(owner)])
            expectNoLag(reply, "AssignOwner")
            let issue = try await daemon.call(Self.admin + "GetIssue", ["issueId": .string(seeded.issueId)])
            #expect(issue["issue"]?.objectValue?["summary"]?.objectValue?["owner"] == .string(owner))
        }
    }

    /// Waits until both daemons' projections have applied the whole log, none stopped.
    func expectCaughtUp(_ daemons: [RunningDaemon]) async throws {
        for daemon in daemons {
            var last: VarlinkObject = [:]
            let caughtUp = try await eventually(timeout: .seconds(120)) {
                last = try await daemon.call(Self.admin + "Status")
                let projections = last["projections"]?.arrayValue ?? []
                return !projections.isEmpty
                    && projections.allSatisfy {
                        $0.objectValue?["eventsBehind"] == .int(0) && ($0.objectValue?["stopped"] ?? .null) == .null
                    }
            }
            #expect(caughtUp, "projections of \(daemon.socket): \(last)\nlog:\n\(daemon.log)")
        }
    }

    @Test(.timeLimit(.minutes(10)))
    func twoDaemonsOnOneSchemaKeepTheReadModelsWholeThroughWritersKill9AndRunsOnBoth() async throws {
        let sink = try await SMTPSink.start()
        defer { sink.kill() }
        let mail = DaemonMailTests().mailLines(sendmail: sink.msmtp)
        try await withDaemonSetup(AdminDaemonOptions(extraConfiguration: mail)) { first in
            try await withDaemonSetup(AdminDaemonOptions(extraConfiguration: mail, sharedSchema: first.schema)) {
                second in
                let setups = [first, second]
                var daemons = [try await first.start(), try await second.start()]
                let holder = try await scheduleHolder(daemons)
                try await daemons[holder].waitUntilTheScheduleSleeps()

                // The demo through the daemon without the schedule, while the other keeps its read
                // models too: both apply the same batches (the second daemon's catalog used to stop
                // on the demo's first event).
                let loaded = try await daemons[1 - holder].call(Self.admin + "LoadDemo")
                expectNoLag(loaded, "LoadDemo")
                let today = try #require(loaded["today"]?.stringValue.flatMap { CalendarDate($0) })

                // Four writers over both sockets.
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for writer in 0..<4 {
                        let both = daemons
                        group.addTask { try await write(writer, rounds: 10, through: both) }
                    }
                    try await group.waitForAll()
                }

                // kill -9 of the schedule's holder while writers go on through the other; the other
                // takes the schedule, the killed one comes back and serves.
                let killed = holder
                daemons[killed].process.signal(SIGKILL)
                _ = await daemons[killed].process.waitForExit(timeout: .seconds(30))
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for writer in 0..<2 {
                        let survivor = [daemons[1 - killed]]
                        group.addTask { try await write(writer, rounds: 5, through: survivor) }
                    }
                    try await group.waitForAll()
                }
                #expect(try await scheduleHolder([daemons[1 - killed]]) == 0)
                daemons[killed] = try await setups[killed].start(run: 2)
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for writer in 0..<4 {
                        let both = daemons
                        group.addTask { try await write(writer, rounds: 5, through: both) }
                    }
                    try await group.waitForAll()
                }

                // Reminders and digests asked of both at once: every letter goes out once.
                let month = CalendarMonth(containing: today).previous.description
                let (one, other) = (daemons[0], daemons[1])
                async let reminders0 = one.call(Self.admin + "RunReminders")
                async let reminders1 = other.call(Self.admin + "RunReminders")
                let reminders = try await [reminders0, reminders1]
                async let digests0 = one.call(Self.admin + "SendDigests", ["month": .string(month)])
                async let digests1 = other.call(Self.admin + "SendDigests", ["month": .string(month)])
                let digests = try await [digests0, digests1]
                for reply in reminders + digests { expectNoLag(reply, "a run") }
                let letters =
                    reminders.map { Int($0["messages"]?.intValue ?? 0) }.reduce(0, +)
                    + digests.map { Int($0["mailed"]?.intValue ?? 0) }.reduce(0, +)
                #expect(letters > 0)
                try await sink.waitFor(letters, timeout: .seconds(180))

                // Both daemons answer alike, nothing stopped, and what they kept equals a rebuild.
                try await expectCaughtUp(daemons)
                let lists = try await daemons.asyncMap { try await $0.call(Self.admin + "ListIssues")["issues"] }
                #expect(lists[0] == lists[1])
                let kept = try await dumpReadModels(schema: first.schema)
                for name in ["catalog", "issues", "timeline"] {
                    _ = try await daemons[0].call(Self.admin + "RebuildProjection", ["name": .string(name)])
                }
                try await expectCaughtUp(daemons)
                let rebuilt = try await dumpReadModels(schema: first.schema)
                for (table, rows) in kept.sorted(by: { $0.key < $1.key }) {
                    let again = rebuilt[table] ?? []
                    #expect(
                        again == rows,
                        "\(table): kept \(Set(rows).subtracting(again).sorted()) rebuilt \(Set(again).subtracting(rows).sorted())"
                    )
                }

                // Letters of runs the schedule made up when its holder changed come on top of the ones
                // asked for: each of them, too, is delivered once, as the log records.
                let delivered = try await withTestPool { pool in
                    let queued = try await eventCount("MailQueued", schema: first.schema, pool: pool)
                    #expect(
                        try await eventually(timeout: .seconds(180)) {
                            try await eventCount("MailDelivered", "MailHeld", schema: first.schema, pool: pool)
                                == queued
                        })
                    return try await eventCount("MailDelivered", schema: first.schema, pool: pool)
                }
                try await sink.waitFor(delivered, timeout: .seconds(60))
                let ids = try await sink.messages().map(\.messageId)
                #expect(ids.count >= letters)
                #expect(ids.count == delivered && Set(ids).count == ids.count, "each letter delivered once: \(ids)")
                for daemon in daemons { #expect(await daemon.stop() == 0, "log:\n\(daemon.log)") }
            }
        }
    }

    /// How many streams of the schema's log hold an event of one of `types`.
    func eventCount(_ types: String..., schema: String, pool: PostgresPool) async throws -> Int {
        try await pool.query(
            "SELECT count(DISTINCT stream_id) AS n FROM \(identifier: schema).events WHERE event_type = ANY(\(types))"
        ).first!.decode("n", as: Int.self)
    }

    /// The read models a rebuild must give again, row for row, as text.
    func dumpReadModels(schema: String) async throws -> [String: [String]] {
        try await withTestPool { pool in
            var dumps: [String: [String]] = [:]
            for table in [
                "units", "councils", "council_meetings", "proposals", "revisions", "findings", "certifications",
                "certification_areas", "action_items", "issue_status", "feedback_owed", "issue_sources", "timeline",
            ] {
                dumps[table] = try await pool.query(
                    "SELECT t::text AS row FROM \(identifier: schema).\(identifier: table) t ORDER BY 1"
                ).map { try $0.decode("row", as: String.self) }
            }
            return dumps
        }
    }
}

extension Array {
    /// `transform` of each element in turn.
    fileprivate func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var results: [T] = []
        for element in self { results.append(try await transform(element)) }
        return results
    }
}
