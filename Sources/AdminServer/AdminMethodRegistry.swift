import AdminProtocol
import Varlink

extension VarlinkInterface {
    /// Registers one method of `io.tredjekraft.admin`: failures of the layers below become the
    /// interface's declared errors (see ``AdminError/converting(_:)``), and a lost database is
    /// reported to ``DatabaseHealth`` at once, so `Status` and sd_notify say so.
    mutating func add<Parameters: Decodable & Sendable, Reply: Encodable & Sendable>(
        _ method: AdminMethod, _ parameters: Parameters.Type, health: DatabaseHealth,
        handler: @escaping @Sendable (Parameters, VarlinkCall) async throws -> Reply
    ) {
        addMethod(method.rawValue, parameters: parameters) { parameters, call in
            do {
                return try await handler(parameters, call)
            } catch {
                throw health.converting(error)
            }
        }
    }
}

extension DatabaseHealth {
    /// Converts `error` for the caller and records a lost connection.
    func converting(_ error: any Error) -> any Error {
        if AdminError.isConnectionProblem(error) { record(.unreachable(reason: DatabaseHealth.reason(error))) }
        return AdminError.converting(error)
    }
}
