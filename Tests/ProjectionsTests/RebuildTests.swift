import AppTestSupport
import CommandHandling
import Domain
import EventStore
import Foundation
import Postgres
import Projections
import Testing

@Suite struct RebuildTests {
    static let tables = [
        "units", "councils", "council_meetings", "proposals", "revisions", "findings", "certifications",
        "certification_areas", "action_items", "issue_status", "feedback_owed", "issue_sources", "timeline",
        "feedback_given",
    ]

    func dumpAll(_ app: TestApp) async throws -> [String: [String]] {
        var dumps: [String: [String]] = [:]
        for table in Self.tables { dumps[table] = try await app.dump(table) }
        return dumps
    }

    /// The projections follow a randomised history batch by batch while it is written; rebuilding
    /// them from position zero gives exactly the same rows.
    @Test(.timeLimit(.minutes(5)))
    func aRebuildEqualsIncrementalProcessingRowForRow() async throws {
        try await TestApp.with(followLog: false) { app in
            let follower = Task { try await app.runner.run() }
            var history = RandomHistory(seed: 2026)
            try await history.setUp(app)
            for number in 0..<2500 { try await history.step(app, number) }
            let events = try await app.store.horizon().lastSequence
            #expect(events > 1000)
            // Let the follower reach the end of the log, then stop it.
            let end = try await app.store.readAll(after: .start, limit: 1_000_000).last!.position
            try await app.runner.waitUntilProcessed(end, timeout: .seconds(60))
            follower.cancel()
            try await follower.value
            let incremental = try await dumpAll(app)
            #expect(incremental["issue_status"]!.count > 100)
            #expect(incremental["timeline"]!.count > 500)

            for projection in app.runner.projections { try await app.runner.rebuild(projection) }
            #expect(try await app.dump("issue_status").isEmpty)
            try await app.runner.catchUp()
            let rebuilt = try await dumpAll(app)
            for table in Self.tables {
                #expect(rebuilt[table] == incremental[table], "\(table) differs after a rebuild")
            }
        }
    }

    /// A changed version rebuilds the projection at start.
    @Test func aNewVersionRebuildsAtStart() async throws {
        try await TestApp.with { app in
            var history = RandomHistory(seed: 7)
            try await history.setUp(app)
            for number in 0..<100 { try await history.step(app, number) }
            let before = try await app.dump("timeline")
            try await app.pool.execute(
                "UPDATE \(identifier: app.schema).projection_checkpoints SET version = 0 WHERE name = 'timeline'")
            try await app.pool.execute("DELETE FROM \(identifier: app.schema).timeline")
            let restarted = ProjectionRunner(
                store: app.store, projections: [TimelineProjection(clock: app.organisationClock)])
            try await restarted.prepare()
            try await restarted.catchUp()
            #expect(try await app.dump("timeline") == before)
        }
    }
}
