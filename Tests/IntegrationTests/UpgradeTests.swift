import EventStore
import Foundation
import Postgres
import PostgresTestSupport
import TestSupport
import Testing
import Varlink

/// A database made by the previous release upgrades in place. `Upgrade/release-b3b4289.sql` is
/// `pg_dump --schema=tredjekraft` of what tredjekraftd at commit b3b4289 (event store schema 2) wrote:
/// the demo's year, the reminders its scheduler made up at a restart, a month's digests sent by hand,
/// and its read models. Made once; never regenerate it, add the next release's beside it.
@Suite struct UpgradeTests {
    static let dump = repositoryRoot.appendingPathComponent("Tests/IntegrationTests/Upgrade/release-b3b4289.sql").path
    static let schema = "tredjekraft"

    /// The previous release's read models are kept (their versions did not change) and answer exactly
    /// as the same models rebuilt by this release from the upgraded log; every issue keeps its status.
    @Test(.timeLimit(.minutes(10))) func thePreviousReleasesDatabaseUpgradesAndKeepsEveryAnswer() async throws {
        try await TestDatabase.withDatabase("tkupgrade") { url in
            try await Self.load(into: url)
            let before = try await Self.issueStatuses(url)
            #expect(before.count > 20)
            try await withDaemonSetup(
                AdminDaemonOptions(
                    extraConfiguration: quietScheduleConfiguration(), sharedSchema: Self.schema, databaseURL: url)
            ) { setup in
                let daemon = try await setup.start()
                try await waitForSettledSchedule(daemon)
                let status = try await daemon.call("io.tredjekraft.admin.Status")
                #expect(status["migrationVersion"] == .int(Int64(EventStore.latestMigrationVersion)))
                #expect(try await Self.listedStatuses(daemon) == before)

                let answers = try await demoAnswers(daemon)
                for name in ["catalog", "issues", "timeline", "outbox", "policy_effects", "digests", "feedback_given"] {
                    _ = try await daemon.call("io.tredjekraft.admin.RebuildProjection", ["name": .string(name)])
                }
                try await expectSameAnswers(try await demoAnswers(daemon), answers)
                #expect(await daemon.stop() == 0, "\(daemon.log)")
            }
        }
    }

    /// The same database as if restored into a cluster whose transaction ids are far behind the one it
    /// came from: the daemon moves the log behind this cluster's ids, rebuilds its read models, and a
    /// command afterwards lands after every restored event and is seen.
    @Test(.timeLimit(.minutes(10))) func aLogFromAClusterFurtherAheadIsRebasedAndNewEventsFollowIt() async throws {
        try await TestDatabase.withDatabase("tkrebase") { url in
            try await Self.load(into: url)
            let before = try await Self.issueStatuses(url)
            let connection = try await PostgresConnection.connect(url, applicationName: "tredjekraft-tests")
            for table in ["events", "idempotency_keys", "projection_checkpoints"] {
                _ = try await connection.execute(
                    """
                    UPDATE \(identifier: Self.schema).\(identifier: table)
                    SET transaction_id = (transaction_id::text::bigint + 1000000000000)::text::xid8
                    """)
            }
            await connection.close()

            try await withDaemonSetup(
                AdminDaemonOptions(
                    extraConfiguration: quietScheduleConfiguration(), sharedSchema: Self.schema, databaseURL: url)
            ) { setup in
                let daemon = try await setup.start()
                try await waitForSettledSchedule(daemon)
                #expect(daemon.log.contains("the log came from another cluster"), "\(daemon.log)")
                #expect(daemon.log.contains("is past the log's head"), "\(daemon.log)")
                #expect(try await Self.listedStatuses(daemon) == before)

                let issue = try #require(before.keys.sorted().first)
                _ = try await daemon.call(
                    "io.tredjekraft.admin.AssignOwner",
                    ["issueId": .string(issue), "owner": "ny ansvarig efter återställningen"])
                let detail = try await daemon.call("io.tredjekraft.admin.GetIssue", ["issueId": .string(issue)])
                #expect("\(detail)".contains("ny ansvarig efter återställningen"))
                #expect(await daemon.stop() == 0, "\(daemon.log)")

                let again = try await setup.start(run: 2)
                #expect(!again.log.contains("the log came from another cluster"), "\(again.log)")
                let kept = try await again.call("io.tredjekraft.admin.GetIssue", ["issueId": .string(issue)])
                #expect("\(kept)".contains("ny ansvarig efter återställningen"))
                #expect(await again.stop() == 0, "\(again.log)")
            }
            // In the log's order, the command after the restore comes last.
            let last = try await PostgresConnection.connect(url, applicationName: "tredjekraft-tests")
            let rows = try await last.query(
                """
                SELECT event_type FROM \(identifier: Self.schema).events
                ORDER BY transaction_id DESC, sequence DESC LIMIT 1
                """)
            await last.close()
            #expect(try rows[0].decode("event_type", as: String.self) == "IssueOwnerAssigned")
        }
    }

    /// psql loads the plain dump (COPY … FROM stdin needs it), stopping at the first error.
    static func load(into url: String) async throws {
        let output = try await runChild("/usr/bin/psql", ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url, "-f", dump])
        guard output.status == 0 else { throw TestFailure("loading \(dump) failed: \(output)") }
    }

    /// Each issue's status as the previous release's read model holds it.
    static func issueStatuses(_ url: String) async throws -> [String: String] {
        let connection = try await PostgresConnection.connect(url, applicationName: "tredjekraft-tests")
        let rows = try await connection.query(
            "SELECT issue_id::text AS id, status FROM \(identifier: schema).issue_status")
        await connection.close()
        return Dictionary(
            uniqueKeysWithValues: try rows.map { (try $0.decode("id", as: String.self), try $0.decode("status")) })
    }

    /// Each issue's status as the daemon lists it.
    static func listedStatuses(_ daemon: RunningDaemon) async throws -> [String: String] {
        let issues = try await daemon.call("io.tredjekraft.admin.ListIssues")["issues"]?.arrayValue ?? []
        return Dictionary(
            uniqueKeysWithValues: issues.compactMap { issue -> (String, String)? in
                guard let object = issue.objectValue, let id = object["id"]?.stringValue,
                    let status = object["status"]?.stringValue
                else { return nil }
                return (id, status)
            })
    }
}
