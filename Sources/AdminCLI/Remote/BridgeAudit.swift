import Foundation

/// The audit line of one `tredjekraft bridge`: who came in over ssh, from where, and to which socket,
/// written to the system log (journald, through syslog(3), facility `authpriv`) before anything is
/// relayed.
///
/// The daemon cannot learn the ssh client's address itself: the bridge runs as the logged-in user and
/// the hardened unit's `ProtectProc=invisible` hides other users' processes from it (and without that,
/// `/proc/PID/environ` of another user's process is still closed to it); the protocol must stay plain
/// Varlink for `varlinkctl`. So the bridge says it, with its pid — the pid the daemon sees as the
/// peer of the connection — and the user, whom every event the calls record names as actor.
struct BridgeAudit: Sendable, Equatable {
    /// `SSH_CONNECTION`: "client-address client-port server-address server-port", when ssh started us.
    var sshConnection: String?
    var userName: String
    var uid: UInt32
    var pid: Int32
    var socketPath: String

    init(environment: [String: String], socketPath: String) {
        self.sshConnection = environment["SSH_CONNECTION"]
        self.uid = getuid()
        self.pid = getpid()
        self.userName = getpwuid(uid).flatMap { $0.pointee.pw_name.map { String(cString: $0) } } ?? "?"
        self.socketPath = socketPath
    }

    init(sshConnection: String?, userName: String, uid: UInt32, pid: Int32, socketPath: String) {
        self.sshConnection = sshConnection
        self.userName = userName
        self.uid = uid
        self.pid = pid
        self.socketPath = socketPath
    }

    /// One line, `key=value` pairs as journald-friendly logs have them; the client's address only as
    /// ssh gave it (informational: the identity is the peer credentials).
    var line: String {
        let words = sshConnection?.split(separator: " ").map(String.init) ?? []
        let from = words.count >= 2 ? "from=\(words[0]) port=\(words[1])" : "from=local"
        let to = words.count >= 4 ? " via=\(words[2]):\(words[3])" : ""
        return "bridge opened: user=\(userName) uid=\(uid) pid=\(pid) \(from)\(to) socket=\(socketPath)"
    }

    /// Writes ``line`` to the system log; without one (no /dev/log) nothing happens and the bridge runs on.
    func record() {
        // openlog keeps the pointer, not the text: the identifier must outlive the call (until closelog).
        guard let identifier = strdup(Self.identifier) else { return }
        defer { free(identifier) }
        openlog(identifier, LOG_PID, LOG_AUTHPRIV)
        line.withCString { text in
            withVaList([text]) { vsyslog(LOG_INFO, "%s", $0) }
        }
        closelog()
    }

    /// The journal's `SYSLOG_IDENTIFIER` of the line: `journalctl -t tredjekraft-bridge`.
    static let identifier = "tredjekraft-bridge"
}
