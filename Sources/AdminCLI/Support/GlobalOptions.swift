import ArgumentParser
import Foundation

/// The options every command that talks to the daemon takes: where its socket is, and whether to
/// answer in JSON for a script instead of a Swedish table for a person.
struct GlobalOptions: ParsableArguments {
    /// The socket `tredjekraftd` listens on unless told otherwise (systemd's `RuntimeDirectory=`).
    static let defaultSocketPath = "/run/tredjekraft/admin.sock"
    /// The environment variable that names another socket.
    static let socketVariable = "TREDJEKRAFT_SOCKET"

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Daemonens admin-socket (annars TREDJEKRAFT_SOCKET, annars /run/tredjekraft/admin.sock).",
            valueName: "sökväg"),
        completion: .file())
    var socket: String?

    @Flag(name: .long, help: "Skriv daemonens svar som JSON (för skript) i stället för en tabell.")
    var json = false

    /// The socket to connect to, from the option, the environment, or the default, in that order.
    func socketPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let socket, !socket.isEmpty { return socket }
        if let fromEnvironment = environment[Self.socketVariable], !fromEnvironment.isEmpty { return fromEnvironment }
        return Self.defaultSocketPath
    }
}
