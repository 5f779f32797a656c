import Foundation
import Subprocess
import Synchronization
import SystemPackage
import TestSupport

#if canImport(Glibc)
import Glibc
#endif

/// A real OpenSSH server (Debian's `openssh-server`) for the `--host` tests: `sshd -D -e` from a
/// configuration of its own in a temporary directory, on a free loopback port, with its own host key,
/// public-key login only, for one real Unix user (``user``) whose key the test holds.
///
/// The session's environment comes from the configuration (`SetEnv`): `PATH` starts with the
/// directory of the freshly built `tredjekraft`, so `ssh … tredjekraft bridge` runs it, and
/// `TREDJEKRAFT_SOCKET` names the test daemon's socket.
final class SSHServer: Sendable {
    /// The Unix user the client logs in as; created (system user, shell /bin/sh, no password, no home)
    /// when missing — the tests run as root, as in CI.
    static let user = "tkremote"

    let directory: String
    let port: Int

    private init(directory: String, port: Int) {
        self.directory = directory
        self.port = port
    }

    var clientKey: String { directory + "/client_key" }
    var knownHosts: String { directory + "/known_hosts" }
    var log: String { (try? String(contentsOfFile: directory + "/sshd.log", encoding: .utf8)) ?? "" }
    var destination: String { "\(Self.user)@127.0.0.1" }

    /// `TREDJEKRAFT_SSH_COMMAND` for this server: its port, the test's key (or `key`), the host key it
    /// knows, nothing from root's own ssh configuration.
    func sshCommand(key: String? = nil, port: Int? = nil) -> String {
        "ssh -F /dev/null -p \(port ?? self.port) -i \(key ?? clientKey) -o IdentitiesOnly=yes "
            + "-o UserKnownHostsFile=\(knownHosts) -o StrictHostKeyChecking=yes"
    }

    /// Prepares a server in `directory` whose sessions get `environment` (`SetEnv`): keys, the user's
    /// authorized key, known_hosts and the configuration.
    static func prepare(in directory: String, environment: [String: String]) async throws -> SSHServer {
        guard getuid() == 0 else { throw TestFailure("the ssh tests start sshd and need root (as in CI)") }
        try await ensureUser()
        try FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: directory + "/keys", withIntermediateDirectories: true)
        for (name, file) in [("host", "host_key"), ("client", "client_key")] {
            let made = try await runChild(
                "/usr/bin/ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", name, "-f", directory + "/" + file])
            guard made.status == 0 else { throw TestFailure("ssh-keygen: \(made)") }
        }
        let clientPublic = try String(contentsOfFile: directory + "/client_key.pub", encoding: .utf8)
        try clientPublic.write(toFile: directory + "/keys/" + user, atomically: true, encoding: .utf8)
        chmod(directory + "/keys/" + user, 0o644)
        let port = try freeTCPPort()
        let hostPublic = try String(contentsOfFile: directory + "/host_key.pub", encoding: .utf8)
        try "[127.0.0.1]:\(port) \(hostPublic)".write(
            toFile: directory + "/known_hosts", atomically: true, encoding: .utf8)
        let setEnv = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        let configuration = [
            "Port \(port)", "ListenAddress 127.0.0.1", "HostKey \(directory)/host_key", "PidFile \(directory)/sshd.pid",
            "AuthorizedKeysFile \(directory)/keys/%u", "UsePAM no", "StrictModes no", "PasswordAuthentication no",
            "KbdInteractiveAuthentication no", "PubkeyAuthentication yes", "AllowUsers \(user)", "LogLevel VERBOSE",
            "SetEnv \(setEnv)",
        ]
        try (configuration.joined(separator: "\n") + "\n").write(
            toFile: directory + "/sshd_config", atomically: true, encoding: .utf8)
        return SSHServer(directory: directory, port: port)
    }

    /// Creates ``user`` when it does not exist: a system user with a shell (sshd runs the command with
    /// it) and the password field `*` (no password, but not locked: sshd refuses locked accounts).
    private static func ensureUser() async throws {
        if getpwnam(user) != nil { return }
        let added = try await runChild(
            "/usr/sbin/useradd",
            ["--system", "--no-create-home", "--home-dir", "/nonexistent", "--shell", "/bin/sh", "-p", "*", user])
        // 9: another test run created it meanwhile.
        guard added.status == 0 || added.status == 9, getpwnam(user) != nil else {
            throw TestFailure("cannot create the test user \(user): \(added)")
        }
    }

    /// ``user``, created when missing, with its uid and gid.
    static func ensuredTestUser() async throws -> TestUser {
        try await ensureUser()
        guard let entry = getpwnam(user) else { throw TestFailure("no user \(user)") }
        return TestUser(name: user, uid: entry.pointee.pw_uid, gid: entry.pointee.pw_gid)
    }
}

/// Runs `body` with an sshd whose sessions get `environment`, stopped afterwards (also on failure).
///
/// sshd runs under swift-subprocess, scoped to `body`: sshd closes the descriptors it inherits, and
/// Foundation's `Process` takes that for its exit and then blocks its one monitoring thread in
/// `wait4` on sshd — after which no other `Process` of the test run is ever seen to end.
func withSSHServer<T: Sendable>(
    environment: [String: String], _ body: @escaping @Sendable (SSHServer) async throws -> T
) async throws -> T {
    try await withTemporaryDirectory { directory in
        let server = try await SSHServer.prepare(in: directory, environment: environment)
        let log = try FileDescriptor.open(
            FilePath(directory + "/sshd.log"), .writeOnly, options: [.create, .append],
            permissions: [.ownerReadWrite, .groupRead, .otherRead])
        let errors = try log.duplicate()
        let outcome = try await Subprocess.run(
            .path("/usr/sbin/sshd"), arguments: ["-D", "-e", "-f", directory + "/sshd_config"], input: .none,
            output: .fileDescriptor(log, closeAfterSpawningProcess: true),
            error: .fileDescriptor(errors, closeAfterSpawningProcess: true)
        ) { execution in
            await serve(server, execution: execution, body)
        }
        return try outcome.closureResult.get()
    }
}

/// Waits until sshd listens, runs `body`, then stops sshd (SIGTERM).
private func serve<T: Sendable>(
    _ server: SSHServer, execution: Execution<NoInput, FileDescriptorOutput, FileDescriptorOutput>,
    _ body: @Sendable (SSHServer) async throws -> T
) async -> Result<T, any Error> {
    defer { try? execution.send(signal: .terminate) }
    let listening = await eventually(timeout: .seconds(60)) {
        server.log.contains("Server listening on 127.0.0.1 port \(server.port)")
            || server.log.contains("fatal") || server.log.contains("error")
    }
    guard listening, server.log.contains("Server listening on") else {
        return .failure(TestFailure("sshd did not start:\n\(server.log)"))
    }
    do {
        return .success(try await body(server))
    } catch {
        return .failure(error)
    }
}

/// A loopback TCP port nobody listens on right now (bound to port 0, read back, closed).
func freeTCPPort() throws -> Int {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { throw TestFailure("socket: errno \(errno)") }
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
            bind(fd, pointer, length) == 0 && getsockname(fd, pointer, &length) == 0
        }
    }
    guard bound else { throw TestFailure("bind: errno \(errno)") }
    return Int(UInt16(bigEndian: address.sin_port))
}

/// Server-side connections open on the Unix socket at `path` right now (`/proc/net/unix`: an accepted
/// connection carries its listener's path, in state 03, connected).
func openConnections(to path: String) throws -> Int {
    // Read to the end: a /proc file's size is 0, so a read sized by stat gets nothing.
    let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: "/proc/net/unix"))
    defer { try? handle.close() }
    let table = String(decoding: try handle.readToEnd() ?? Data(), as: UTF8.self)
    return table.split(separator: "\n").count { line in
        let fields = line.split(separator: " ", omittingEmptySubsequences: true)
        return fields.count >= 8 && fields[7] == path[...] && fields[5] == "03"
    }
}

/// Runs `executable` with swift-subprocess, its output in files, and returns what it printed. For the
/// CLI over ssh: Foundation's `Process` did not notice that CLI exit (it stayed a zombie while the
/// test waited), while swift-subprocess waits for the process id itself.
func runSubprocess(_ executable: String, _ arguments: [String], environment: [String: String]) async throws
    -> ChildOutput
{
    let base = "/tmp/tk-child-" + UUID().uuidString.prefix(8).lowercased()
    let (outPath, errPath) = (base + ".out", base + ".err")
    defer { for path in [outPath, errPath] { try? FileManager.default.removeItem(atPath: path) } }
    let output = try FileDescriptor.open(
        FilePath(outPath), .writeOnly, options: [.create, .truncate], permissions: [.ownerReadWrite])
    let error = try FileDescriptor.open(
        FilePath(errPath), .writeOnly, options: [.create, .truncate], permissions: [.ownerReadWrite])
    let result = try await Subprocess.run(
        .path(FilePath(executable)), arguments: Arguments(arguments),
        environment: .custom(
            Dictionary(uniqueKeysWithValues: environment.map { (Environment.Key(rawValue: $0.key)!, $0.value) })),
        input: .none,
        output: .fileDescriptor(output, closeAfterSpawningProcess: true),
        error: .fileDescriptor(error, closeAfterSpawningProcess: true))
    let status: Int32 =
        switch result.terminationStatus {
        case .exited(let code): code
        case .signaled(let signal): 128 + signal
        }
    return ChildOutput(
        status: status, stdout: try String(contentsOfFile: outPath, encoding: .utf8),
        stderr: try String(contentsOfFile: errPath, encoding: .utf8))
}
