import Foundation
import Logging
import Postgres
import TestSupport
import Testing

@testable import Daemon

/// The private cluster: created once, started, reachable, stopped, started again, and not stopped
/// by a stale postmaster.pid.
@Suite(.serialized) struct EmbeddedPostgresTests {
    @Test(.timeLimit(.minutes(3))) func createsStartsStopsAndReuses() async throws {
        try await withTemporaryDirectory { directory in
            let embedded = EmbeddedPostgres(directory: directory + "/postgres", logger: Logger(label: "test"))
            let conninfo = try await embedded.start()
            try await expectReachable(conninfo, create: true)
            await embedded.stop()
            #expect(!FileManager.default.fileExists(atPath: directory + "/postgres/data/postmaster.pid"))

            // Again: the cluster is reused, the table is still there.
            _ = try await embedded.start()
            try await expectReachable(conninfo, create: false)
            await embedded.stop()

            // A crash leaves a postmaster.pid naming a process that no longer exists.
            let pidFile = directory + "/postgres/data/postmaster.pid"
            try "999999\n\(directory)/postgres/data\n1700000000\n5432\n\n\n".write(
                toFile: pidFile, atomically: false, encoding: .utf8)
            if getuid() == 0, let owner = getpwnam("postgres") ?? getpwnam("nobody") {
                chown(pidFile, owner.pointee.pw_uid, owner.pointee.pw_gid)
            }
            _ = try await embedded.start()
            try await expectReachable(conninfo, create: false)
            await embedded.stop()
        }
    }

    func expectReachable(_ conninfo: String, create: Bool) async throws {
        let connection = try await PostgresConnection.connect(conninfo, applicationName: "tk-test")
        if create { try await connection.execute("CREATE TABLE kept (x int)") }
        let rows = try await connection.query("SELECT count(*) AS n FROM kept")
        #expect(try rows[0].decode("n", as: Int64.self) == 0)
        await connection.close()
    }

    @Test func refusesAHalfInitialisedDataDirectory() async throws {
        try await withTemporaryDirectory { directory in
            try FileManager.default.createDirectory(
                atPath: directory + "/postgres/data/base", withIntermediateDirectories: true)
            let embedded = EmbeddedPostgres(directory: directory + "/postgres", logger: Logger(label: "test"))
            await #expect(throws: EmbeddedPostgresError.self) { try await embedded.start() }
        }
    }
}
