import Foundation
import TestSupport
import Testing
import Varlink

#if canImport(Glibc)
import Glibc
#endif

/// The database going away while the daemon runs: it stays up and says so (DESIGN §6).
/// Uses the embedded cluster so the test can stop the server under the daemon.
@Suite(.serialized) struct DatabaseOutageTests {
    @Test(.timeLimit(.minutes(3))) func staysUpAndReportsTheOutage() async throws {
        try await withTemporaryDirectory { directory in
            let config = directory + "/tredjekraft.yaml"
            try """
            database:
              embedded: true
            state_directory: \(directory)/state
            admin:
              socket_path: \(directory)/admin.sock
            """.write(toFile: config, atomically: true, encoding: .utf8)
            let notify = try NotifyListener(path: directory + "/notify.sock")
            let daemon = try DaemonProcess(
                arguments: ["--config", config], environment: ["NOTIFY_SOCKET": notify.path],
                logPath: directory + "/daemon.log")
            defer { daemon.signal(SIGKILL) }
            let startup = await notify.waitFor("READY=1", timeout: .seconds(120))
            #expect(startup.last?.contains("READY=1") == true, "log:\n\(daemon.log)")

            try await stopCluster(dataDirectory: directory + "/state/postgres/data")
            let status = try await VarlinkClient.withConnection(unixSocketPath: directory + "/admin.sock") { client in
                try await client.call("io.tredjekraft.admin.Status")
            }
            let database = status["database"]?.objectValue
            #expect(database?["state"] == .string("unreachable"), "\(status)")
            #expect(database?["reason"] != nil)
            #expect(status["eventLog"] == nil || status["eventLog"] == .null)
            // The health check that found it sends the STATUS= before Status answers; wait for it.
            let notes = await notify.waitFor { $0.contains("STATUS=database unreachable") }
            #expect(notes.contains { $0.contains("STATUS=database unreachable") }, "\(notes)")

            // Still serving.
            let who = try await VarlinkClient.withConnection(unixSocketPath: directory + "/admin.sock") { client in
                try await client.call("io.tredjekraft.admin.WhoAmI")
            }
            #expect(who["uid"] == .int(Int64(getuid())))

            daemon.signal(SIGTERM)
            #expect(await daemon.waitForExit() == 0, "log:\n\(daemon.log)")
        }
    }

    /// `pg_ctl stop` as the cluster's owner (it starts nothing, so Foundation's Process sees it end).
    func stopCluster(dataDirectory: String) async throws {
        let pgCtl =
            try FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")
            .sorted { $0.compare($1, options: .numeric) == .orderedAscending }.last.map {
                "/usr/lib/postgresql/\($0)/bin/pg_ctl"
            } ?? "pg_ctl"
        let process = Process()
        if getuid() == 0 {
            let owner = getpwnam("postgres") != nil ? "postgres" : "nobody"
            process.executableURL = URL(fileURLWithPath: "/usr/sbin/runuser")
            process.arguments = ["-u", owner, "--", pgCtl, "stop", "-w", "-m", "fast", "-D", dataDirectory]
        } else {
            process.executableURL = URL(fileURLWithPath: pgCtl)
            process.arguments = ["stop", "-w", "-m", "fast", "-D", dataDirectory]
        }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do { try process.run() } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
        #expect(status == 0)
    }
}
