import Varlink

/// Where a command's calls go: the admin socket on this computer, or `tredjekraft bridge` on another
/// one over ssh (`--host`). The calls and replies are the same either way.
enum AdminEndpoint: Sendable, Equatable {
    case socket(path: String)
    case remote(RemoteHost)

    /// Runs `body` with a connected client, closing the connection when it returns.
    func withClient<Result: Sendable>(
        _ body: @escaping @Sendable (VarlinkClient) async throws -> Result
    ) async throws -> Result {
        switch self {
        case .socket(let path):
            try await VarlinkClient.withConnection(unixSocketPath: path) { client in try await body(client) }
        case .remote(let host):
            try await RemoteConnection(host: host).withClient(body)
        }
    }
}
