import AdminProtocol
import Varlink

/// One conversation with `tredjekraftd` over its admin socket: a connection per command, closed
/// when the command is done.
///
/// It returns the daemon's reply untouched, so `--json` can print exactly what the daemon said and
/// only the human rendering depends on the CLI's own types.
struct AdminSession: Sendable {
    var socketPath: String

    /// Calls `method` and returns the reply's parameters; failures throw ``VarlinkClientError``.
    func call(_ method: AdminMethod, _ parameters: some Encodable) async throws -> VarlinkObject {
        let object = try VarlinkClient.object(from: parameters)
        return try await VarlinkClient.withConnection(unixSocketPath: socketPath) { client in
            try await client.call(method.qualifiedName, parameters: object)
        }
    }

    /// Calls `method` with `more` and hands each reply to `body` as it arrives, until the daemon ends
    /// the stream or the process is interrupted.
    func stream(
        _ method: AdminMethod, _ parameters: some Encodable, _ body: (VarlinkObject) throws -> Void
    ) async throws {
        let object = try VarlinkClient.object(from: parameters)
        try await VarlinkClient.withConnection(unixSocketPath: socketPath) { client in
            for try await reply in try await client.callMore(method.qualifiedName, parameters: object) {
                try body(reply)
            }
        }
    }
}
