import AdminProtocol
import Varlink

/// The daemon's admin socket as the CLI uses it: a new connection for every call, so a figure over it
/// includes what a coordinator's command pays (connect, peer credentials, role lookup).
struct AdminSocket: Sendable {
    let path: String

    /// Calls `method` and decodes its reply; a refusal or a broken connection throws ``VarlinkClientError``.
    func call<Parameters: Encodable & Sendable, Reply: Decodable & Sendable>(
        _ method: AdminMethod, _ parameters: Parameters, returning: Reply.Type = Reply.self
    ) async throws -> Reply {
        try await VarlinkClient.withConnection(unixSocketPath: path) { client in
            try await client.call(method.qualifiedName, parameters: parameters, returning: Reply.self)
        }
    }

    /// Whether the daemon answers `Status` and has its database; false while it starts.
    func isReady() async -> Bool {
        let status = try? await call(.status, NoParameters(), returning: DatabaseOnly.self)
        return status?.database.state == "ok"
    }

    /// The parameters of a method that takes none.
    struct NoParameters: Codable, Sendable {}

    /// The part of `StatusReply` the bench needs; the rest of the reply is ignored.
    private struct DatabaseOnly: Decodable, Sendable {
        struct Database: Decodable, Sendable { var state: String }
        var database: Database
    }
}
