import AdminProtocol
import ArgumentParser
import Varlink

/// A command that asks `tredjekraftd` something over the admin socket.
///
/// Commands write through a ``Console`` handed to them, so the same code runs in the terminal and in
/// tests; argument-parser's `run()` uses the process's standard streams.
protocol DaemonCommand: AsyncParsableCommand {
    var global: GlobalOptions { get }
    func run(on console: Console) async throws
}

extension DaemonCommand {
    func run() async throws {
        try await run(on: .standard)
    }

    /// The daemon to ask: over its socket here, or over ssh with `--host` (a bad `--host` or
    /// `TREDJEKRAFT_SSH_COMMAND` throws a usage failure).
    var session: AdminSession {
        get throws { AdminSession(endpoint: try global.endpoint()) }
    }

    /// Calls `method` and prints the reply: as JSON with `--json`, otherwise as `render` puts it.
    ///
    /// A reply with `lag` (a run or a load whose changes the lists did not show yet) is followed, as
    /// in ``change(_:_:on:done:)``, by the sentence that says so and ``ExitStatus/storedNotYetVisible``.
    func show<Reply: Decodable>(
        _ method: AdminMethod, _ parameters: some Encodable, on console: Console,
        render: (Reply) -> String
    ) async throws {
        let reply = try await session.call(method, parameters)
        if global.json {
            console.print(JSONOutput.render(reply))
        } else {
            console.print(render(try Self.decode(Reply.self, from: reply, of: method)))
            // A read model this answer comes from has stopped at an event: say so beside the answer.
            if let stale = try? reply.decode(StaleReply.self).stale, !stale.isEmpty {
                console.printError(StatusRendering.staleWarning(stale))
            }
        }
        if let lag = try? reply.decode(LaggingReply.self).lag { throw CommandRendering.notYetVisible(lag) }
    }

    /// Runs a command that changes something and says in one sentence that it was done — and, when
    /// the daemon's lists do not show the change yet, says that too and exits with
    /// ``ExitStatus/storedNotYetVisible`` (also with `--json`, whose output is the reply as ever).
    func change(
        _ method: AdminMethod, _ parameters: some Encodable, on console: Console, done sentence: String
    ) async throws {
        let reply = try await session.call(method, parameters)
        let decoded = try Self.decode(CommandReply.self, from: reply, of: method)
        console.print(global.json ? JSONOutput.render(reply) : CommandRendering.render(sentence, decoded))
        if let lag = decoded.lag { throw CommandRendering.notYetVisible(lag) }
    }

    /// The reply as the CLI's type; a mismatch means the daemon and the CLI disagree on the interface.
    static func decode<Reply: Decodable>(
        _ type: Reply.Type, from reply: VarlinkObject, of method: AdminMethod
    ) throws -> Reply {
        do {
            return try reply.decode(Reply.self)
        } catch {
            throw CLIFailure(VarlinkClientError.invalidReply(reason: "\(method.rawValue): \(error)"))
        }
    }
}

/// Any query's `stale`: the read models it comes from that have stopped at an event.
private struct StaleReply: Decodable {
    var stale: [ProjectionFailure]?
}

/// A run's or a load's `lag`: its changes are stored, but the lists did not show them yet.
private struct LaggingReply: Decodable {
    var lag: ReadModelLag?
}
