import AdminProtocol
import EventStore
import Varlink

extension VarlinkInterface {
    /// Registers one method of `io.tredjekraft.admin` for callers with at least `role`: the role is
    /// checked before the handler runs (so a reader learns about the role before any id lookup),
    /// failures of the layers below become the interface's declared errors (see
    /// ``AdminError/converting(_:)``), and a lost database is reported to ``DatabaseHealth`` at once,
    /// so `Status` and sd_notify say so.
    mutating func add<Parameters: Decodable & Sendable, Reply: Encodable & Sendable>(
        _ method: AdminMethod, _ parameters: Parameters.Type, requiring role: Role, context: AdminContext,
        handler: @escaping @Sendable (Parameters, AdminCaller) async throws -> Reply
    ) {
        let access = context.access
        let health = context.health
        addMethod(method.rawValue, parameters: parameters) { parameters, call in
            let caller = try access.caller(of: call, requiring: role)
            do {
                return try await handler(parameters, caller)
            } catch {
                throw health.converting(error)
            }
        }
    }
}

extension DatabaseHealth {
    /// Converts `error` for the caller and records a lost connection.
    func converting(_ error: any Error) -> any Error {
        if EventStoreError.isConnectionProblem(error) { record(.unreachable(reason: DatabaseHealth.reason(error))) }
        return AdminError.converting(error)
    }
}
