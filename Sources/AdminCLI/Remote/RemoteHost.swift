import Foundation

/// Where `--host [user@]HOST` (or `TREDJEKRAFT_HOST`) sends the CLI's calls, and the ssh command line
/// that gets there: `ssh [options] HOST tredjekraft bridge`, whose standard input and output then
/// carry Varlink exactly as the admin socket does.
struct RemoteHost: Sendable, Equatable {
    /// The environment variable naming the host when `--host` is not given.
    static let hostVariable = "TREDJEKRAFT_HOST"
    /// Replaces `ssh` and its options, split as a shell splits words (as git's `GIT_SSH_COMMAND`).
    static let sshCommandVariable = "TREDJEKRAFT_SSH_COMMAND"
    /// The command the server's shell runs for the bridge (`tredjekraft` from the server's PATH unless set).
    static let remoteCommandVariable = "TREDJEKRAFT_REMOTE_COMMAND"

    /// Options that keep ssh from ever waiting on a person or a dead network: no password or host-key
    /// prompt, a connect timeout, and keep-alives that notice a connection gone silent. They come after
    /// the user's own words, and ssh keeps the first value it is given, so `TREDJEKRAFT_SSH_COMMAND`
    /// (or the user's ssh config, read before them) can override each.
    static let safetyOptions = [
        "-T", "-o", "BatchMode=yes", "-o", "ConnectTimeout=10", "-o", "ServerAliveInterval=15",
        "-o", "ServerAliveCountMax=3",
    ]

    /// `[user@]host` or an ssh config alias, passed to ssh as one word.
    var destination: String
    /// The ssh program and the user's options.
    var ssh: [String]
    /// What the server's shell runs.
    var remoteCommand: String

    /// The host from `--host` or the environment, or `nil` for the local socket.
    static func destination(option: String?, environment: [String: String]) -> String? {
        if let option { return option.isEmpty ? nil : option }
        if let value = environment[hostVariable], !value.isEmpty { return value }
        return nil
    }

    /// The remote host `destination` is reached by, with `socket` (an explicit `--socket`) handed on to
    /// the bridge on the server. Throws a usage failure for a host that would read as an ssh option or a
    /// `TREDJEKRAFT_SSH_COMMAND` that does not split.
    init(destination: String, socket: String?, environment: [String: String]) throws(CLIFailure) {
        guard !destination.hasPrefix("-"), !destination.contains(where: \.isWhitespace) else {
            throw CLIFailure(
                .usage,
                "--host tar en dator som [användare@]dator eller ett namn ur din ssh-konfiguration, inte \(destination)."
            )
        }
        var ssh = ["ssh"]
        if let line = environment[Self.sshCommandVariable], !line.trimmingCharacters(in: .whitespaces).isEmpty {
            do {
                ssh = try ShellWords.split(line, home: environment["HOME"])
            } catch {
                throw CLIFailure(
                    .usage,
                    "\(Self.sshCommandVariable) går inte att dela upp i ord (\(error == .trailingBackslash ? "ett \\ sist" : "ett citattecken stängs inte")): \(line)"
                )
            }
            if ssh.isEmpty { ssh = ["ssh"] }
        }
        var command = environment[Self.remoteCommandVariable].flatMap { $0.isEmpty ? nil : $0 } ?? "tredjekraft"
        command += " bridge"
        if let socket, !socket.isEmpty { command += " --socket " + ShellWords.quoted(socket) }
        self.destination = destination
        self.ssh = ssh
        self.remoteCommand = command
    }

    /// The program to run: the first word of the ssh command.
    var program: String { ssh[0] }

    /// Its arguments: the user's options, the safety options, the host and the remote command.
    var arguments: [String] { Array(ssh.dropFirst()) + Self.safetyOptions + [destination, remoteCommand] }

    /// The host as the messages name it: the part after `user@`.
    var hostName: String {
        destination.split(separator: "@", maxSplits: 1).last.map(String.init) ?? destination
    }
}
