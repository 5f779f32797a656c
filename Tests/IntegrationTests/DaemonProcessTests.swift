import EventStore
import Foundation
import Postgres
import PostgresTestSupport
import TestSupport
import Testing
import Varlink

#if canImport(Glibc)
import Glibc
#endif

/// The built `tredjekraftd` against the test PostgreSQL: readiness, Status over the socket, roles,
/// clean stop on SIGTERM, and a broken configuration.
@Suite(.serialized) struct DaemonProcessTests {
    @Test(.timeLimit(.minutes(2))) func startsServesAndStopsCleanly() async throws {
        let url = try TestDatabase.conninfo()
        let schema = TestDatabase.uniqueName("daemon")
        try await withTemporaryDirectory { directory in
            let config = directory + "/tredjekraft.yaml"
            try """
            database:
              url: "\(url)"
              schema: \(schema)
              pool_size: 2
            state_directory: \(directory)/state
            admin:
              socket_path: \(directory)/admin.sock
              socket_mode: "0666"
            roles:
              reader: [tk-no-such-group]
            log:
              level: debug
            """.write(toFile: config, atomically: true, encoding: .utf8)
            let notify = try NotifyListener(path: directory + "/notify.sock")
            let daemon = try DaemonProcess(
                arguments: ["--config", config],
                // The daemon pings every half of it: once a second, few enough for a busy machine.
                environment: ["NOTIFY_SOCKET": notify.path, "WATCHDOG_USEC": "2000000"],
                logPath: directory + "/daemon.log")
            defer { daemon.signal(SIGKILL) }

            let startup = await notify.waitFor("READY=1")
            #expect(startup.last?.contains("READY=1") == true, "no READY=1; log:\n\(daemon.log)")
            #expect(startup.contains { $0.contains("STATUS=applying database migrations") })

            // Migrations ran before READY.
            let pool = try TestDatabase.pool(maximumConnections: 1)
            let tables = try await pool.query(
                "SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = \(schema)")
            #expect(try tables[0].decode("n", as: Int64.self) > 0)

            let status = try await VarlinkClient.withConnection(unixSocketPath: directory + "/admin.sock") { client in
                try await client.call("io.tredjekraft.admin.Status")
            }
            #expect(status["version"] == .string("0.1.0"))
            #expect(status["database"]?.objectValue?["state"] == .string("ok"))
            #expect(status["database"]?.objectValue?["schema"] == .string(schema))
            #expect(status["migrationVersion"] == .int(Int64(EventStore.latestMigrationVersion)))
            #expect(status["eventLog"]?.objectValue?["lastSequence"] == .int(0))
            #expect(status["role"] == .string(getuid() == 0 ? "admin" : "reader") || getuid() != 0)

            try await expectPermissionDeniedForStranger(socket: directory + "/admin.sock")

            let pings = await notify.waitFor("WATCHDOG=1")
            #expect(pings.contains { $0.split(separator: "\n").contains("WATCHDOG=1") })

            // SIGHUP reloads: a new log level applies, a broken file is refused and the daemon stays up.
            try String(contentsOfFile: config, encoding: .utf8).replacingOccurrences(
                of: "level: debug", with: "level: info"
            )
            .write(toFile: config, atomically: true, encoding: .utf8)
            daemon.signal(SIGHUP)
            try await waitUntil { daemon.log.contains("configuration reloaded log.level=info") }
            try "log:\n  level: loud\n".write(toFile: config, atomically: true, encoding: .utf8)
            daemon.signal(SIGHUP)
            try await waitUntil { daemon.log.contains("configuration not reloaded") }
            #expect(daemon.log.contains("log.level"))

            notify.drain()
            daemon.signal(SIGTERM)
            let stopping = await notify.waitFor("STOPPING=1")
            #expect(stopping.contains { $0.split(separator: "\n").contains("STOPPING=1") }, "log:\n\(daemon.log)")
            #expect(await daemon.waitForExit() == 0, "log:\n\(daemon.log)")
            try await pool.execute("DROP SCHEMA \(identifier: schema) CASCADE")
            await pool.close()
        }
    }

    /// Waits until `condition` holds (a log line the daemon writes), bounded only far above any
    /// normal run; fails the test if it never does.
    func waitUntil(
        timeout: Duration = .seconds(120), sourceLocation: SourceLocation = #_sourceLocation,
        _ condition: () -> Bool
    ) async throws {
        let deadline = ContinuousClock.now + timeout
        while !condition() && ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(100)) }
        #expect(condition(), sourceLocation: sourceLocation)
    }

    /// A caller in no role gets PermissionDenied — over the real socket, as another Unix user (root
    /// switches to `nobody`), with the Python reference client that ops/test installs.
    func expectPermissionDeniedForStranger(socket: String) async throws {
        let output = try await PythonVarlink.cli(
            ["call", "unix:\(socket)/io.tredjekraft.admin.Status", "{}"], as: getuid() == 0 ? .nobody : nil)
        let text = output.stdout + output.stderr
        #expect(text.contains("org.varlink.service.PermissionDenied"), "\(text)")
        #expect(text.contains("har ingen roll"), "\(text)")
    }

    @Test func brokenConfigurationExitsNamingTheKey() async throws {
        try await withTemporaryDirectory { directory in
            let config = directory + "/broken.yaml"
            try "admin:\n  socket_mode: \"rwx\"\n".write(toFile: config, atomically: true, encoding: .utf8)
            let daemon = try DaemonProcess(
                arguments: ["--config", config], environment: [:], logPath: directory + "/daemon.log")
            let status = await daemon.waitForExit()
            #expect(status == 78)
            #expect(daemon.log.contains("admin.socket_mode"), "\(daemon.log)")
        }
    }

    @Test func missingConfigurationFileExitsNonZero() async throws {
        try await withTemporaryDirectory { directory in
            let daemon = try DaemonProcess(
                arguments: ["--config", directory + "/absent.yaml"], environment: [:],
                logPath: directory + "/daemon.log")
            #expect(await daemon.waitForExit() == 78)
            #expect(daemon.log.contains("absent.yaml"))
        }
    }
}
