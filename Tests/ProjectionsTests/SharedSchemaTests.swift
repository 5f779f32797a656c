import AppTestSupport
import CommandHandling
import Domain
import EventStore
import Foundation
import Postgres
import PostgresTestSupport
import Projections
import TestSupport
import Testing

/// Two daemons on one database and schema each run a projection runner over the same read-model
/// tables. The stored checkpoints decide what is applied: no batch twice, none lost, and a checkpoint
/// set back elsewhere is followed.
@Suite struct SharedSchemaTests {
    /// A second daemon's runner and command handler on the app's schema, with a pool of its own.
    struct SecondDaemon {
        let pool: PostgresPool
        let store: EventStore
        let runner: ProjectionRunner
        let handler: CommandHandler

        init(beside app: TestApp) throws {
            pool = try TestDatabase.pool(maximumConnections: 4)
            let clock = app.clock
            store = EventStore(pool: pool, schema: app.schema, now: { clock.now })
            runner = ProjectionRunner(
                store: store, projections: ProjectionRunner.readModels(for: store, clock: app.organisationClock),
                batchSize: 7, pollInterval: .milliseconds(50))
            handler = CommandHandler(
                store: store, runner: runner, clock: app.organisationClock,
                consistencyTimeout: TestApp.generousConsistencyTimeout)
        }
    }

    /// Every table of the read models, as text rows.
    func dumpAll(_ app: TestApp) async throws -> [String: [String]] {
        var dumps: [String: [String]] = [:]
        for table in RebuildTests.tables { dumps[table] = try await app.dump(table) }
        return dumps
    }

    @Test(.timeLimit(.minutes(5)))
    func twoRunnersOnOneSchemaApplyEveryBatchOnceAndBothReadTheirWrites() async throws {
        try await TestApp.with(followLog: false) { app in
            let second = try SecondDaemon(beside: app)
            try await second.runner.prepare()
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await app.runner.run() }
                group.addTask { try await second.runner.run() }
                // Commands alternate between the daemons; each reads its own writes through its runner.
                var history = RandomHistory(seed: 28)
                try await history.setUp(app)
                for number in 0..<400 {
                    if number.isMultiple(of: 2) {
                        try await history.step(app, number)
                    } else {
                        try await history.step(second.asApp(app), number)
                    }
                }
                let end = try await app.store.readAll(after: .start, limit: 1_000_000).last!.position
                try await app.runner.waitUntilProcessed(end, timeout: .seconds(120))
                try await second.runner.waitUntilProcessed(end, timeout: .seconds(120))
                group.cancelAll()
            }
            #expect(app.runner.stopped.isEmpty)
            #expect(second.runner.stopped.isEmpty)
            let kept = try await dumpAll(app)
            #expect(kept["issue_status"]!.count > 20)
            for projection in app.runner.projections { try await app.runner.rebuild(projection) }
            try await app.runner.catchUp()
            let rebuilt = try await dumpAll(app)
            for table in RebuildTests.tables {
                #expect(rebuilt[table] == kept[table], "\(table) differs from a rebuild")
            }
            await second.pool.close()
        }
    }

    /// Another daemon rebuilds a projection (its checkpoint goes back to the start) while this one
    /// follows the log: this one follows the stored checkpoint back and applies the log again.
    @Test(.timeLimit(.minutes(3)))
    func aCheckpointSetBackElsewhereIsFollowedBack() async throws {
        try await TestApp.with(followLog: false) { app in
            var history = RandomHistory(seed: 5)
            try await history.setUp(app)
            for number in 0..<80 { try await history.step(app, number) }
            try await app.runner.catchUp()
            let before = try await dumpAll(app)

            let second = try SecondDaemon(beside: app)
            let timeline = second.runner.projections.first { $0.name == "timeline" }!
            // Dropped and at the start, applied by nobody yet: as a rebuild elsewhere leaves it.
            try await second.runner.rebuild(timeline)
            #expect(try await app.dump("timeline").isEmpty)

            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await app.runner.run() }
                for number in 80..<100 { try await history.step(app, number) }
                let end = try await app.store.readAll(after: .start, limit: 1_000_000).last!.position
                try await app.runner.waitUntilProcessed(end, timeout: .seconds(60))
                group.cancelAll()
            }
            let after = try await dumpAll(app)
            #expect(after["timeline"]!.count > before["timeline"]!.count)
            for projection in app.runner.projections { try await app.runner.rebuild(projection) }
            try await app.runner.catchUp()
            #expect(try await dumpAll(app) == after)
            await second.pool.close()
        }
    }

    /// The same while the runner is following: the batch in which it finds its checkpoint set back was
    /// read after where it had come, and applying it would skip everything between (a rebuild by another
    /// daemon, or an erasure's, left the tables empty and got no further): it applies nothing of it and
    /// reads the log again from the stored checkpoint.
    @Test(.timeLimit(.minutes(3)))
    func aCheckpointSetBackWhileFollowingIsFollowedBackWithoutAGap() async throws {
        try await TestApp.with(followLog: false) { app in
            var history = RandomHistory(seed: 6)
            try await history.setUp(app)
            for number in 0..<60 { try await history.step(app, number) }
            try await app.runner.catchUp()
            let second = try SecondDaemon(beside: app)
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await app.runner.run() }
                let caughtUp = try await app.store.readAll(after: .start, limit: 1_000_000).last!.position
                try await app.runner.waitUntilProcessed(caughtUp, timeout: .seconds(60))
                // Dropped and at the start while this runner follows, applied by nobody yet.
                for projection in second.runner.projections { try await second.runner.rebuild(projection) }
                for number in 60..<70 { try await history.step(app, number) }
                let end = try await app.store.readAll(after: .start, limit: 1_000_000).last!.position
                try await app.runner.waitUntilProcessed(end, timeout: .seconds(60))
                group.cancelAll()
            }
            let followed = try await dumpAll(app)
            for projection in app.runner.projections { try await app.runner.rebuild(projection) }
            try await app.runner.catchUp()
            let rebuilt = try await dumpAll(app)
            for (table, rows) in rebuilt.sorted(by: { $0.key < $1.key }) {
                #expect(
                    followed[table] == rows,
                    "\(table): \(followed[table]?.count ?? 0) rows, a rebuild has \(rows.count)")
            }
            await second.pool.close()
        }
    }

    /// A rebuild by the runner itself while it follows (`projection rebuild`, an erasure): tables dropped
    /// and the checkpoint at the start, and before the rebuild's own replay gets to it, the follower's
    /// next batch of new events — read after where it had come — must not be applied on the empty
    /// tables (the events between would be lost, and its checkpoint would pass them).
    @Test(.timeLimit(.minutes(3)))
    func aRebuildWhileTheRunnerFollowsLeavesNoGap() async throws {
        try await TestApp.with(followLog: false) { app in
            var history = RandomHistory(seed: 8)
            try await history.setUp(app)
            for number in 0..<60 { try await history.step(app, number) }
            try await app.runner.catchUp()
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await app.runner.run() }
                let caughtUp = try await app.store.readAll(after: .start, limit: 1_000_000).last!.position
                try await app.runner.waitUntilProcessed(caughtUp, timeout: .seconds(60))
                // Dropped and at the start, with no replay yet: the follower meets new events first.
                for projection in app.runner.projections { try await app.runner.rebuild(projection) }
                for number in 60..<70 { try await history.step(app, number) }
                let end = try await app.store.readAll(after: .start, limit: 1_000_000).last!.position
                try await app.runner.waitUntilProcessed(end, timeout: .seconds(60))
                group.cancelAll()
            }
            let followed = try await dumpAll(app)
            for projection in app.runner.projections { try await app.runner.rebuild(projection) }
            try await app.runner.catchUp()
            let rebuilt = try await dumpAll(app)
            for (table, rows) in rebuilt.sorted(by: { $0.key < $1.key }) {
                #expect(
                    followed[table] == rows,
                    "\(table): \(followed[table]?.count ?? 0) rows, a rebuild has \(rows.count)")
            }
        }
    }

    /// A runner that starts following again (after a lost connection, a failover) goes on from the
    /// stored checkpoints, not from what it remembers: here one was set back while it was away.
    @Test(.timeLimit(.minutes(3)))
    func aRunnerGoesOnFromTheStoredCheckpointsWhenItFollowsAgain() async throws {
        try await TestApp.with(followLog: false) { app in
            var history = RandomHistory(seed: 11)
            try await history.setUp(app)
            for number in 0..<60 { try await history.step(app, number) }
            try await app.runner.catchUp()
            let before = try await app.dump("issue_status")

            let second = try SecondDaemon(beside: app)
            let issues = second.runner.projections.first { $0.name == "issues" }!
            try await second.runner.rebuild(issues)
            #expect(try await app.dump("issue_status").isEmpty)

            // No new event comes: only reading the stored checkpoint shows the runner where it is.
            let follower = Task { try await app.runner.run() }
            try await eventually(
                "the issues projection is applied again from its stored checkpoint", within: .seconds(120)
            ) {
                try await app.dump("issue_status") == before
            }
            follower.cancel()
            try await follower.value
            #expect(app.runner.checkpoints["issues"] == (try await app.store.headPosition()))
            await second.pool.close()
        }
    }
}

extension SharedSchemaTests.SecondDaemon {
    /// The app as seen through this daemon: its handler, the app's clock and read model.
    func asApp(_ app: TestApp) -> TestApp { app.replacingHandler(handler) }
}
