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

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Fråga tredjekraftd på en annan dator över ssh (annars TREDJEKRAFT_HOST); ssh-konfigurationens namn går också.",
            valueName: "[användare@]dator"))
    var host: String?

    @Flag(name: .long, help: "Skriv daemonens svar som JSON (för skript) i stället för en tabell.")
    var json = false

    @Flag(
        name: .long,
        help: "Visa tabellerna hela: korta inte kolumnerna efter terminalens bredd (COLUMNS).")
    var full = false

    /// The socket to connect to, from the option, the environment, or the default, in that order.
    func socketPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        Self.socketPath(option: socket, environment: environment)
    }

    /// The socket from `option`, the environment, or the default, in that order (the bridge's too).
    static func socketPath(option socket: String?, environment: [String: String]) -> String {
        if let socket, !socket.isEmpty { return socket }
        if let fromEnvironment = environment[Self.socketVariable], !fromEnvironment.isEmpty { return fromEnvironment }
        return Self.defaultSocketPath
    }

    /// Where the calls go: over ssh to `--host` (or `TREDJEKRAFT_HOST`), the socket there being the
    /// bridge's own unless `--socket` names one; otherwise this computer's socket.
    func endpoint(environment: [String: String] = ProcessInfo.processInfo.environment) throws(CLIFailure)
        -> AdminEndpoint
    {
        guard let destination = RemoteHost.destination(option: host, environment: environment) else {
            return .socket(path: socketPath(environment: environment))
        }
        return .remote(try RemoteHost(destination: destination, socket: socket, environment: environment))
    }

    /// `tredjekraft --socket S issue list` as well as `tredjekraft issue list --socket S`: people put
    /// global options first. argument-parser only takes a command's options after its name, so the
    /// global ones given before the subcommands are moved to the end (every subcommand that talks to
    /// the daemon declares them).
    static func movedAfterSubcommands(_ arguments: [String]) -> [String] {
        var leading: [String] = []
        var rest = arguments[...]
        while let first = rest.first, first.hasPrefix("--") {
            if first == "--json" || first == "--full" || first.hasPrefix("--socket=") || first.hasPrefix("--host=") {
                leading.append(first)
                rest = rest.dropFirst()
            } else if first == "--socket" || first == "--host", rest.count >= 2 {
                leading += rest.prefix(2)
                rest = rest.dropFirst(2)
            } else {
                break
            }
        }
        guard !leading.isEmpty, !rest.isEmpty else { return arguments }
        return Array(rest) + leading
    }
}
