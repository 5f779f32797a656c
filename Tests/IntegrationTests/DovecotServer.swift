import Foundation
import Subprocess
import SystemPackage
import TestSupport

#if canImport(Glibc)
import Glibc
#endif

/// A throwaway IMAP server (Debian's `dovecot-imapd`) for the fetchmail test: `dovecot -F -c FILE` from
/// a configuration of its own in a temporary directory — plain IMAP on a free loopback port, `ssl = no`,
/// one user with a plain password (a passwd-file), its mail a Maildir in the same directory, every
/// runtime file (`base_dir`, `state_dir`, the log) there too.
///
/// Dovecot's login processes refuse to run as root, and its mail processes refuse uid 0: run by root (as
/// in CI), logins run as Debian's `dovenull`, internal processes and the mailbox as its `dovecot` user;
/// run by anyone else, all of it as that user.
final class DovecotServer: Sendable {
    static let user = "svar"
    static let password = "hemligt"
    /// Debian's package's binary.
    static let binary = "/usr/sbin/dovecot"

    let directory: String
    let port: Int

    private init(directory: String, port: Int) {
        self.directory = directory
        self.port = port
    }

    var log: String { (try? String(contentsOfFile: directory + "/dovecot.log", encoding: .utf8)) ?? "" }
    /// The user's Maildir.
    var maildir: String { directory + "/mail/" + Self.user }

    /// Messages in the mailbox now: the files in the Maildir's `new` and `cur`.
    var messageCount: Int {
        ["new", "cur"].reduce(0) { count, folder in
            count + ((try? FileManager.default.contentsOfDirectory(atPath: maildir + "/" + folder)) ?? []).count
        }
    }

    /// Whether something listens on ``port`` on 127.0.0.1 (`/proc/net/tcp`: local address `0100007F:PORT`,
    /// state `0A`, LISTEN).
    var listens: Bool {
        let local = "0100007F:" + String(format: "%04X", port)
        let table =
            (try? FileHandle(forReadingFrom: URL(fileURLWithPath: "/proc/net/tcp")))
            .flatMap { try? $0.readToEnd() }.map { String(decoding: $0, as: UTF8.self) } ?? ""
        return table.split(separator: "\n").contains { line in
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            return fields.count > 3 && fields[1] == local[...] && fields[3] == "0A"
        }
    }

    /// `Python/imap_put.py` beside this file.
    static let putScript = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Python/imap_put.py").path

    /// Puts `message` into the user's INBOX over IMAP (APPEND), as the organisation's mail server would
    /// deliver it.
    func put(_ message: Data) async throws {
        let path = directory + "/put-\(UUID().uuidString.prefix(8)).eml"
        try message.write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let put = try await runChild(
            "/usr/bin/python3", [Self.putScript, String(port), Self.user, Self.password, path])
        guard put.status == 0 else { throw TestFailure("IMAP APPEND to Dovecot failed: \(put)\nlog:\n\(log)") }
    }

    /// The users Dovecot's processes run as (see the type's comment), and the mailbox's owner.
    private static func users() throws -> (login: String, internal: String, mail: (uid: UInt32, gid: UInt32)) {
        guard getuid() == 0 else {
            guard let entry = getpwuid(getuid()) else { throw TestFailure("no passwd entry for uid \(getuid())") }
            let name = String(cString: entry.pointee.pw_name)
            return (name, name, (entry.pointee.pw_uid, entry.pointee.pw_gid))
        }
        guard let entry = getpwnam("dovecot"), getpwnam("dovenull") != nil else {
            throw TestFailure("the users dovecot and dovenull are missing: install dovecot-imapd (ops/test does)")
        }
        return ("dovenull", "dovecot", (entry.pointee.pw_uid, entry.pointee.pw_gid))
    }

    /// Writes the configuration, the passwd-file and the empty Maildir's parent in `directory`.
    static func prepare(in directory: String) throws -> DovecotServer {
        let users = try users()
        let port = try freeTCPPort()
        let mail = directory + "/mail"
        try FileManager.default.createDirectory(atPath: mail, withIntermediateDirectories: true)
        guard chown(mail, users.mail.uid, users.mail.gid) == 0 else {
            throw TestFailure("cannot give \(mail) to uid \(users.mail.uid): errno \(errno)")
        }
        let passwd = directory + "/passwd"
        try "\(user):{PLAIN}\(password)::::::\n".write(toFile: passwd, atomically: true, encoding: .utf8)
        chmod(passwd, 0o644)
        let configuration = [
            "protocols = imap", "listen = 127.0.0.1", "base_dir = \(directory)/run", "state_dir = \(directory)/state",
            "log_path = \(directory)/dovecot.log", "info_log_path = \(directory)/dovecot.log", "ssl = no",
            // Plain IMAP on loopback, for the test only: a real mailbox is fetched over IMAPS.
            "disable_plaintext_auth = no", "auth_mechanisms = plain login",
            "default_login_user = \(users.login)", "default_internal_user = \(users.internal)",
            "first_valid_uid = \(users.mail.uid)", "last_valid_uid = \(users.mail.uid)",
            "mail_location = maildir:\(mail)/%u",
            "service imap-login {", "  inet_listener imap {", "    address = 127.0.0.1", "    port = \(port)", "  }",
            "  inet_listener imaps {", "    port = 0", "  }", "}",
            "passdb {", "  driver = passwd-file", "  args = \(passwd)", "}",
            "userdb {", "  driver = static",
            "  args = uid=\(users.mail.uid) gid=\(users.mail.gid) home=\(mail)/%u", "}",
        ]
        try (configuration.joined(separator: "\n") + "\n").write(
            toFile: directory + "/dovecot.conf", atomically: true, encoding: .utf8)
        return DovecotServer(directory: directory, port: port)
    }
}

/// Runs `body` with a Dovecot of its own in a temporary directory, stopped afterwards (also on failure).
///
/// Dovecot runs under swift-subprocess, scoped to `body`, as sshd does in ``withSSHServer(environment:_:)``:
/// a server that closes the descriptors it inherits confuses Foundation's `Process`.
func withDovecot<T: Sendable>(_ body: @escaping @Sendable (DovecotServer) async throws -> T) async throws -> T {
    try await withTemporaryDirectory { directory in
        let server = try DovecotServer.prepare(in: directory)
        let output = try FileDescriptor.open(
            FilePath(directory + "/dovecot.out"), .writeOnly, options: [.create, .append],
            permissions: [.ownerReadWrite, .groupRead, .otherRead])
        let errors = try output.duplicate()
        let outcome = try await Subprocess.run(
            .path(FilePath(DovecotServer.binary)), arguments: ["-F", "-c", directory + "/dovecot.conf"], input: .none,
            output: .fileDescriptor(output, closeAfterSpawningProcess: true),
            error: .fileDescriptor(errors, closeAfterSpawningProcess: true)
        ) { execution in
            await serve(server, execution: execution, body)
        }
        return try outcome.closureResult.get()
    }
}

/// Waits until Dovecot has started, runs `body`, then stops Dovecot (SIGTERM: its master stops its
/// children).
private func serve<T: Sendable>(
    _ server: DovecotServer, execution: Execution<NoInput, FileDescriptorOutput, FileDescriptorOutput>,
    _ body: @Sendable (DovecotServer) async throws -> T
) async -> Result<T, any Error> {
    defer { try? execution.send(signal: .terminate) }
    let output = { (try? String(contentsOfFile: server.directory + "/dovecot.out", encoding: .utf8)) ?? "" }
    let started = await eventually(timeout: .seconds(60)) {
        server.listens || server.log.contains("Fatal") || output().contains("Fatal") || output().contains("Error")
    }
    guard started, server.listens else {
        return .failure(TestFailure("dovecot did not start:\n\(server.log)\n\(output())"))
    }
    do {
        return .success(try await body(server))
    } catch {
        return .failure(error)
    }
}
