import AdminProtocol
import Varlink

/// One conversation with `tredjekraftd` over its admin socket — or over ssh to a bridge beside it
/// (``AdminEndpoint``): a connection per command, closed when the command is done.
///
/// It returns the daemon's reply untouched, so `--json` can print exactly what the daemon said and
/// only the human rendering depends on the CLI's own types.
struct AdminSession: Sendable {
    var endpoint: AdminEndpoint

    init(endpoint: AdminEndpoint) {
        self.endpoint = endpoint
    }

    init(socketPath: String) {
        self.endpoint = .socket(path: socketPath)
    }

    /// Calls `method` and returns the reply's parameters; failures throw ``VarlinkClientError``
    /// (or, over ssh, ``CLIFailure`` for the transport's own failures).
    func call(_ method: AdminMethod, _ parameters: some Encodable) async throws -> VarlinkObject {
        let object = try VarlinkClient.object(from: parameters)
        return try await endpoint.withClient { client in
            try await client.call(method.qualifiedName, parameters: object)
        }
    }

    /// Runs `body` on one connection, for a command that makes several calls in a row (a letter
    /// fetched chunk by chunk): over ssh that is one login instead of one per call.
    func withConnection<Result: Sendable>(
        _ body: @escaping @Sendable (AdminConnection) async throws -> Result
    ) async throws -> Result {
        try await endpoint.withClient { client in try await body(AdminConnection(client: client)) }
    }

    /// Calls `method` with `more` and hands each reply to `body` as it arrives, until the daemon ends
    /// the stream or the process is interrupted.
    func stream(
        _ method: AdminMethod, _ parameters: some Encodable, _ body: @escaping @Sendable (VarlinkObject) throws -> Void
    ) async throws {
        let object = try VarlinkClient.object(from: parameters)
        try await endpoint.withClient { client in
            for try await reply in try await client.callMore(method.qualifiedName, parameters: object) {
                try body(reply)
            }
        }
    }
}
