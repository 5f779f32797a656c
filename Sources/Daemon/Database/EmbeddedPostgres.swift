import Foundation
import Logging
import Postgres

/// A private PostgreSQL cluster under the state directory, for a first run or a demo.
///
/// It uses Debian's server binaries (the newest `/usr/lib/postgresql/*/bin`), is created once
/// (`initdb`), and listens only on a Unix socket in `<directory>/run` (`listen_addresses=''`), a directory
/// only its owner may enter — which is why local `trust` authentication is safe here. PostgreSQL refuses
/// to run as root, so when the daemon is root the cluster belongs to the `postgres` user (or `nobody`)
/// and its programs run through `runuser`. `pg_ctl` handles a `postmaster.pid` left behind by a crash
/// (the postmaster checks whether that process still lives), and a cluster still running from a
/// daemon that was killed is simply adopted.
package final class EmbeddedPostgres: Sendable {
    /// `<state_directory>/postgres`.
    package let directory: String
    /// The database the daemon uses, created on first start.
    package let databaseName: String
    /// The cluster's superuser, which the daemon connects as.
    package let userName = "tredjekraft"
    private let logger: Logger

    package init(directory: String, databaseName: String = "tredjekraft", logger: Logger) {
        self.directory = directory
        self.databaseName = databaseName
        self.logger = logger
    }

    var dataDirectory: String { directory + "/data" }
    var socketDirectory: String { directory + "/run" }
    var logDirectory: String { directory + "/log" }
    /// PostgreSQL's server log.
    package var serverLog: String { logDirectory + "/server.log" }
    private var controlLog: String { logDirectory + "/pg_ctl.log" }

    /// The libpq conninfo of the daemon's database.
    package var conninfo: String {
        "host='\(socketDirectory)' dbname=\(databaseName) user=\(userName)"
    }

    /// Creates the cluster if needed, starts it (or adopts a running one), creates the database,
    /// and returns its conninfo.
    package func start() async throws(EmbeddedPostgresError) -> String {
        let binaries = try Self.binaryDirectory()
        let owner = try Self.clusterOwner()
        try prepareDirectories(owner: owner)
        if !FileManager.default.fileExists(atPath: dataDirectory + "/PG_VERSION") {
            try await initialize(binaries: binaries, owner: owner)
        }
        let status = try await run(binaries + "/pg_ctl", ["status", "-D", dataDirectory], owner: owner, step: "status")
        if status == 0 {
            logger.notice("embedded PostgreSQL already running; adopting it", metadata: ["directory": "\(directory)"])
        } else {
            logger.info("starting embedded PostgreSQL", metadata: ["directory": "\(directory)"])
            let options = "-c listen_addresses='' -c unix_socket_directories='\(socketDirectory)' -c jit=off"
            let code = try await run(
                binaries + "/pg_ctl",
                ["start", "-w", "-t", "120", "-D", dataDirectory, "-l", serverLog, "-o", options],
                owner: owner, step: "start")
            guard code == 0 else {
                throw EmbeddedPostgresError(
                    step: "start", reason: "pg_ctl start exited with status \(code)", logFile: serverLog)
            }
        }
        try await createDatabase()
        return conninfo
    }

    /// Stops the cluster (`pg_ctl stop -m fast`): open sessions are ended, committed data is safe.
    package func stop() async {
        guard let binaries = try? Self.binaryDirectory(), let owner = try? Self.clusterOwner() else { return }
        guard FileManager.default.fileExists(atPath: dataDirectory + "/postmaster.pid") else { return }
        logger.info("stopping embedded PostgreSQL", metadata: ["directory": "\(directory)"])
        let code = try? await run(
            binaries + "/pg_ctl", ["stop", "-w", "-m", "fast", "-D", dataDirectory], owner: owner, step: "stop")
        if code != 0 {
            logger.error("embedded PostgreSQL did not stop cleanly", metadata: ["log": "\(controlLog)"])
        }
    }

    // MARK: Steps

    private func prepareDirectories(owner: String?) throws(EmbeddedPostgresError) {
        let fileManager = FileManager.default
        do {
            for path in [directory, dataDirectory, socketDirectory, logDirectory] {
                try fileManager.createDirectory(atPath: path, withIntermediateDirectories: true)
            }
            try fileManager.setAttributes([.posixPermissions: 0o700], ofItemAtPath: dataDirectory)
            try fileManager.setAttributes([.posixPermissions: 0o700], ofItemAtPath: socketDirectory)
            if let owner, let entry = getpwnam(owner) {
                let uid = entry.pointee.pw_uid
                let gid = entry.pointee.pw_gid
                for path in [directory, dataDirectory, socketDirectory, logDirectory] {
                    guard chown(path, uid, gid) == 0 else {
                        throw EmbeddedPostgresError(
                            step: "prepare",
                            reason: "cannot give \(path) to \(owner): \(String(cString: strerror(errno)))")
                    }
                }
            }
        } catch let error as EmbeddedPostgresError {
            throw error
        } catch {
            throw EmbeddedPostgresError(
                step: "prepare",
                reason: "cannot create \(directory): \(error.localizedDescription); check state_directory / --state-dir"
            )
        }
        if let owner, access(directory, X_OK) == 0 {
            // Root can enter anything; the owner must be able to reach the directory through its parents.
            var parent = URL(fileURLWithPath: directory).deletingLastPathComponent().path
            while parent != "/" && !parent.isEmpty {
                var info = stat()
                if stat(parent, &info) == 0, info.st_mode & 0o001 == 0, info.st_uid != getpwnam(owner)?.pointee.pw_uid {
                    throw EmbeddedPostgresError(
                        step: "prepare",
                        reason: "the cluster runs as \(owner), who cannot enter \(parent) (mode "
                            + String(info.st_mode & 0o777, radix: 8)
                            + "); choose a state directory outside it (--state-dir) or allow it with chmod o+x")
                }
                parent = URL(fileURLWithPath: parent).deletingLastPathComponent().path
            }
        }
    }

    private func initialize(binaries: String, owner: String?) async throws(EmbeddedPostgresError) {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: dataDirectory)) ?? []
        guard entries.isEmpty else {
            throw EmbeddedPostgresError(
                step: "initdb",
                reason: "\(dataDirectory) is not empty but holds no cluster (PG_VERSION missing); "
                    + "an earlier initdb was interrupted — remove the directory and start again")
        }
        logger.notice("creating embedded PostgreSQL cluster", metadata: ["directory": "\(dataDirectory)"])
        let initdbLog = logDirectory + "/initdb.log"
        let code = try await run(
            binaries + "/initdb",
            ["-D", dataDirectory, "-U", userName, "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8"],
            owner: owner, step: "initdb", log: initdbLog)
        guard code == 0 else {
            throw EmbeddedPostgresError(step: "initdb", reason: "initdb exited with status \(code)", logFile: initdbLog)
        }
    }

    private func createDatabase() async throws(EmbeddedPostgresError) {
        let maintenance = "host='\(socketDirectory)' dbname=postgres user=\(userName)"
        do {
            let connection = try await PostgresConnection.connect(maintenance, applicationName: "tredjekraftd-setup")
            let rows = try await connection.query("SELECT 1 FROM pg_database WHERE datname = \(databaseName)")
            if rows.count == 0 {
                logger.notice("creating database", metadata: ["database": "\(databaseName)"])
                try await connection.execute("CREATE DATABASE \(identifier: databaseName)")
            }
            await connection.close()
        } catch {
            throw EmbeddedPostgresError(
                step: "create database", reason: "\(error)", logFile: serverLog)
        }
    }

    private func run(
        _ program: String, _ arguments: [String], owner: String?, step: String, log: String? = nil
    ) async throws(EmbeddedPostgresError) -> Int32 {
        let child = ChildProcess(
            program, arguments, asUser: owner, workingDirectory: directory, outputFile: log ?? controlLog)
        do {
            return try await child.run()
        } catch {
            throw EmbeddedPostgresError(step: step, reason: "cannot run \(child.commandLine): \(error)")
        }
    }

    // MARK: The machine

    /// The newest installed server's binaries, e.g. `/usr/lib/postgresql/15/bin`.
    static func binaryDirectory() throws(EmbeddedPostgresError) -> String {
        let root = "/usr/lib/postgresql"
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? [])
            .filter { FileManager.default.isExecutableFile(atPath: "\(root)/\($0)/bin/initdb") }
            .sorted { $0.compare($1, options: .numeric) == .orderedAscending }
        guard let newest = versions.last else {
            throw EmbeddedPostgresError(
                step: "find binaries",
                reason: "no PostgreSQL server under \(root) (install Debian's postgresql package, "
                    + "or set database.url to an existing server)")
        }
        return "\(root)/\(newest)/bin"
    }

    /// `nil` when the daemon is not root (the cluster is the daemon user's own); otherwise the
    /// unprivileged user that owns it.
    static func clusterOwner() throws(EmbeddedPostgresError) -> String? {
        guard geteuid() == 0 else { return nil }
        if getpwnam("postgres") != nil { return "postgres" }
        if getpwnam("nobody") != nil { return "nobody" }
        throw EmbeddedPostgresError(
            step: "find owner",
            reason: "running as root, and neither a postgres nor a nobody user exists to own the cluster")
    }
}
