import Daemon
import Foundation
import Logging
import TestSupport
import Testing
import Varlink

extension AdminDaemonTests {
    /// Commands while the database is away (DESIGN §6): refused with DatabaseUnavailable and nothing
    /// changed; once the server is back the same command succeeds and nothing earlier is lost.
    /// The daemon runs its embedded cluster, which the test stops and starts under it.
    @Suite struct DatabaseOutage {
        /// The daemon's cluster, stopped and started by the daemon's own code (pg_ctl as the cluster's
        /// owner, with the daemon's options), so it comes back exactly where the daemon looks for it.
        static func cluster(of daemon: RunningDaemon) -> EmbeddedPostgres {
            EmbeddedPostgres(
                directory: daemon.setup.directory + "/state/postgres",
                logger: Logger(label: "test-cluster") { _ in SwiftLogNoOpLogHandler() })
        }

        static let registerUnit = "io.tredjekraft.admin.RegisterUnit"

        @Test(.timeLimit(.minutes(8))) func commandsAreRefusedWhileTheDatabaseIsAwayAndNothingIsLost() async throws {
            try await withAdminDaemon(AdminDaemonOptions(embedded: true)) { daemon in
                let cluster = Self.cluster(of: daemon)
                let before = newCommandID()
                let during = newCommandID()
                _ = try await daemon.call(Self.registerUnit, ["name": "Före avbrottet", "commandId": .string(before)])

                await cluster.stop()
                let pidFile = daemon.setup.directory + "/state/postgres/data/postmaster.pid"
                #expect(!FileManager.default.fileExists(atPath: pidFile), "the embedded cluster did not stop")
                // Raw connection with a deadline: a command must be refused, not left waiting.
                let connection = try await RawSocketClient.connect(to: daemon.socket)
                let refused = try await connection.roundTrip(
                    Self.registerUnit, ["name": "Under avbrottet", "commandId": .string(during)], timeout: .seconds(90))
                #expect(refused.error == "io.tredjekraft.admin.DatabaseUnavailable", "\(refused)\nlog:\n\(daemon.log)")
                let reason = refused.parameters?["reason"]?.stringValue ?? ""
                #expect(reason.contains("inget ändrades"), "the reason does not say nothing was changed: \(reason)")
                #expect(
                    !reason.contains(where: { $0 == "\t" || $0.isNewline }),
                    "libpq's white space in the reason: \(reason)")

                let status = try await connection.roundTrip("io.tredjekraft.admin.Status", timeout: .seconds(90))
                let database = status.parameters?["database"]?.objectValue
                #expect(database?["state"] == "unreachable", "\(status)")
                #expect(database?["reason"]?.stringValue?.isEmpty == false, "\(status)")
                // The same connection still serves what needs no database.
                let who = try await connection.roundTrip("io.tredjekraft.admin.WhoAmI")
                #expect(who.parameters?["role"] == "admin", "\(who)")
                await connection.hangUp()

                _ = try await cluster.start()
                // The pool reconnects on its next use; until then a retry may still be refused.
                var reply: VarlinkObject = [:]
                let succeeded = try await eventually(timeout: .seconds(120)) {
                    do {
                        reply = try await daemon.call(
                            Self.registerUnit, ["name": "Under avbrottet", "commandId": .string(during)])
                        return true
                    } catch VarlinkClientError.remote(let error) where error.name.hasSuffix(".DatabaseUnavailable") {
                        return false
                    }
                }
                #expect(succeeded, "RegisterUnit still refused after the database came back; log:\n\(daemon.log)")
                // Not a duplicate: the refused attempt had written nothing.
                #expect(reply["duplicate"] == false && reply["unitId"] == .string(during), "\(reply)")

                let units = try await daemon.call("io.tredjekraft.admin.ListUnits")
                let ids = units["units"]?.arrayValue?.compactMap { $0.objectValue?["id"]?.stringValue } ?? []
                #expect(ids.sorted() == [before, during].sorted(), "\(units)")
                let healthy = try await eventually {
                    try await daemon.call("io.tredjekraft.admin.Status")["database"]?.objectValue?["state"] == "ok"
                }
                #expect(healthy)
            }
        }
    }
}
