import Foundation
import Postgres
import PostgresTestSupport
import TestSupport
import Testing
import Varlink

extension AdminDaemonTests {
    /// A transaction elsewhere on the cluster that holds a transaction id — another application's
    /// batch job, a forgotten `BEGIN` in psql — must not hold back a coordinator's replies: every
    /// command still reads its own writes, and none waits out the read-your-writes timeout.
    @Suite struct ForeignTransactions {
        enum Place: String, CaseIterable, Sendable {
            case anotherDatabase = "another database of the cluster"
            case theDaemonsDatabase = "the daemon's own database, from a session that does not append"
        }

        @Test(.timeLimit(.minutes(5)), arguments: Place.allCases)
        func anOpenTransactionHoldsNoCoordinatorBack(_ place: Place) async throws {
            try await withAdminDaemon { daemon in
                let seeded = try await daemon.seedIssue()
                try await TestDatabase.withDatabase("foreign") { otherDatabase in
                    let conninfo = place == .anotherDatabase ? otherDatabase : try TestDatabase.conninfo()
                    let foreign = try await PostgresConnection.connect(conninfo, applicationName: "foreign-batch-job")
                    try await foreign.execute("BEGIN")
                    let xid = try await foreign.query("SELECT pg_current_xact_id()::text AS xid")[0]
                        .decode("xid", as: String.self)
                    for number in 1...100 {
                        let owner = "Handläggare \(number)"
                        _ = try await daemon.call(
                            "io.tredjekraft.admin.AssignOwner",
                            ["issueId": .string(seeded.issueId), "owner": .string(owner)])
                        // The reply came after the read models showed the change.
                        let issue = try await daemon.call(
                            "io.tredjekraft.admin.GetIssue", ["issueId": .string(seeded.issueId)])
                        #expect(
                            issue["issue"]?.objectValue?["summary"]?.objectValue?["owner"] == .string(owner),
                            "command \(number) did not read its own write")
                    }
                    // Held throughout: the same transaction is still open now.
                    let still = try await foreign.query("SELECT pg_current_xact_id()::text AS xid")[0]
                        .decode("xid", as: String.self)
                    #expect(still == xid)
                    let status = try await daemon.call("io.tredjekraft.admin.Status")
                    #expect(status["eventLog"]?.objectValue?["heldBackEvents"] == .int(0))
                    #expect([nil, .null].contains(status["eventLog"]?.objectValue?["oldestTransactionPid"]))
                    try await foreign.execute("ROLLBACK")
                    await foreign.close()
                }
                #expect(
                    !daemon.log.contains("the change is stored, but"),
                    "a reply waited for the read models:\n\(daemon.log)")
            }
        }
    }
}
