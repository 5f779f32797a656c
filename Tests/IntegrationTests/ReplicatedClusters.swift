import Daemon
import Foundation
import TestSupport

#if canImport(Glibc)
import Glibc
#endif

/// A throwaway primary and a synchronous streaming standby made from it with `pg_basebackup -R`,
/// each listening on a Unix socket in a folder of its own: what an operator runs for failover, in a
/// test's directory. Under root the servers run as the `postgres` user (PostgreSQL refuses root).
struct ReplicatedClusters: Sendable {
    let directory: String
    let binaries: String
    let owner: TestUser?

    var primaryData: String { directory + "/primary" }
    var standbyData: String { directory + "/standby" }
    var primarySocket: String { directory + "/primary-socket" }
    var standbySocket: String { directory + "/standby-socket" }

    /// A libpq URI naming both servers, writes going to whichever is the primary: what
    /// `database.url` holds for failover.
    var multiHostURL: String {
        "postgresql:///postgres?host=\(primarySocket),\(standbySocket)&user=postgres"
            + "&target_session_attrs=read-write&connect_timeout=10"
    }

    func url(socket: String) -> String { "postgresql:///postgres?host=\(socket)&user=postgres" }

    /// Makes and starts both servers. `synchronousCommit` is the primary's `synchronous_commit`
    /// (`remote_apply` lets a test hold acknowledgements back by pausing the standby's replay).
    static func start(in directory: String, synchronousCommit: String = "on") async throws -> ReplicatedClusters {
        let versions = try FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")
            .sorted { $0.compare($1, options: .numeric) == .orderedAscending }
        guard let version = versions.last else { throw TestFailure("no PostgreSQL under /usr/lib/postgresql") }
        var owner: TestUser?
        if getuid() == 0 {
            guard let entry = getpwnam("postgres") else { throw TestFailure("running as root needs a postgres user") }
            owner = TestUser(name: "postgres", uid: entry.pointee.pw_uid, gid: entry.pointee.pw_gid)
        }
        let clusters = ReplicatedClusters(
            directory: directory, binaries: "/usr/lib/postgresql/\(version)/bin", owner: owner)
        for folder in [clusters.primarySocket, clusters.standbySocket] {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            if let owner { chown(folder, owner.uid, owner.gid) }
        }
        if let owner { chown(directory, owner.uid, owner.gid) }
        try await clusters.run(
            "initdb", "-D", clusters.primaryData, "-U", "postgres", "--auth=trust", "--encoding=UTF8",
            "--locale=C.UTF-8")
        try """
        local all all trust
        local replication all trust

        """.write(toFile: clusters.primaryData + "/pg_hba.conf", atomically: true, encoding: .utf8)
        if let owner { chown(clusters.primaryData + "/pg_hba.conf", owner.uid, owner.gid) }
        try await clusters.pgctl(
            "start", data: clusters.primaryData,
            options: [
                "listen_addresses=''", "unix_socket_directories='\(clusters.primarySocket)'", "wal_level=replica",
                "max_wal_senders=4", "synchronous_standby_names='standby'", "synchronous_commit=\(synchronousCommit)",
                "fsync=off", "max_connections=60",
            ])
        try await clusters.run(
            "pg_basebackup", "-D", clusters.standbyData, "-R", "-X", "stream", "-h", clusters.primarySocket, "-U",
            "postgres")
        try await clusters.pgctl(
            "start", data: clusters.standbyData,
            options: [
                "listen_addresses=''", "unix_socket_directories='\(clusters.standbySocket)'", "cluster_name='standby'",
                "hot_standby=on", "fsync=off", "max_connections=60",
            ])
        return clusters
    }

    /// `pg_ctl stop -m immediate` of the primary: as a crash of its machine.
    func crashPrimary() async throws {
        try await pgctl("stop", data: primaryData, extra: ["-m", "immediate"])
    }

    /// `pg_ctl promote` of the standby, waiting until it takes writes.
    func promoteStandby() async throws {
        try await pgctl("promote", data: standbyData)
    }

    /// Stops both servers however they stand (for the end of a test).
    func stopAll() async {
        for data in [primaryData, standbyData] where FileManager.default.fileExists(atPath: data + "/postmaster.pid") {
            _ = try? await pgctl("stop", data: data, extra: ["-m", "immediate"])
        }
    }

    /// One SQL statement's output through `psql` on `socket` (unaligned, tuples only).
    @discardableResult
    func psql(_ socket: String, _ sql: String) async throws -> String {
        try await run("psql", "-X", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", socket, "-U", "postgres", "-c", sql)
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func pgctl(_ action: String, data: String, options: [String] = [], extra: [String] = []) async throws {
        var arguments = [action, "-D", data, "-w", "-t", "60"] + extra
        if !options.isEmpty { arguments += ["-o", options.map { "-c \($0)" }.joined(separator: " ")] }
        if action == "start" { arguments += ["-l", data + ".log"] }
        try await run("pg_ctl", arguments)
    }

    @discardableResult
    private func run(_ program: String, _ arguments: String...) async throws -> String {
        try await run(program, arguments)
    }

    /// Runs one of the server's programs as the clusters' owner; its output. Through swift-subprocess,
    /// which waits for the child's process id: Foundation's `Process` would wait for the postmaster
    /// that `pg_ctl start` leaves holding its private socket.
    @discardableResult
    private func run(_ program: String, _ arguments: [String]) async throws -> String {
        let outputFile = directory + "/" + UUID().uuidString.lowercased() + ".out"
        defer { try? FileManager.default.removeItem(atPath: outputFile) }
        let child = ChildProcess(
            binaries + "/" + program, arguments, asUser: owner?.name, workingDirectory: directory,
            outputFile: outputFile)
        let status = try await child.run()
        let output = (try? String(contentsOfFile: outputFile, encoding: .utf8)) ?? ""
        guard status == 0 else {
            let log = (try? String(contentsOfFile: primaryData + ".log", encoding: .utf8)) ?? ""
            throw TestFailure("\(child.commandLine) exited with \(status): \(output)\nprimary log:\n\(log)")
        }
        return output
    }
}
