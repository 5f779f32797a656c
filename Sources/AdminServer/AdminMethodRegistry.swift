import AdminProtocol
import EventStore
import OperatorMetrics
import Varlink

extension VarlinkInterface {
    /// Registers one method of `io.tredjekraft.admin` for callers with at least `role`: the role is
    /// checked before the handler runs (so a reader learns about the role before any id lookup),
    /// failures of the layers below become the interface's declared errors (see
    /// ``AdminError/converting(_:)``), a lost database is reported to ``DatabaseHealth`` at once,
    /// so `Status` and sd_notify say so, and the call is counted by its result (`Metrics`).
    mutating func add<Parameters: Decodable & Sendable, Reply: Encodable & Sendable>(
        _ method: AdminMethod, _ parameters: Parameters.Type, requiring role: Role, context: AdminContext,
        handler: @escaping @Sendable (Parameters, AdminCaller) async throws -> Reply
    ) {
        let access = context.access
        let health = context.health
        addMethod(method.rawValue, parameters: parameters) { parameters, call in
            try await context.counted(method) {
                let caller = try access.caller(of: call, requiring: role)
                do {
                    return try await handler(parameters, caller)
                } catch {
                    throw health.converting(error)
                }
            }
        }
    }
}

extension AdminContext {
    /// Runs one call and counts it in `tredjekraft_admin_calls_total` by method and result.
    ///
    /// Parameters that do not decode are answered by the Varlink layer before this runs, and unknown
    /// methods have no handler: neither is counted, which keeps the `method` label to the interface's
    /// own names.
    func counted<Reply>(_ method: AdminMethod, _ body: () async throws -> Reply) async throws -> Reply {
        do {
            let reply = try await body()
            metrics.recordCall(method: method.rawValue, result: .ok)
            return reply
        } catch {
            metrics.recordCall(method: method.rawValue, result: Self.result(of: error))
            throw error
        }
    }

    /// What a failed call tells an operator: the caller was refused (their role, a rule, something that
    /// is not there, a bad parameter), or the daemon could not do its part.
    static func result(of error: any Error) -> OperatorMetric.CallResult {
        switch error {
        case let error as AdminError:
            switch error {
            case .permissionDenied, .notFound, .ruleViolation: .refused
            // A stream that ends because the caller hung up or the daemon stops has done its job.
            case .shuttingDown: .ok
            case .databaseUnavailable, .outcomeUnknown, .internalError, .mailUnavailable: .error
            }
        case let error as VarlinkError:
            error.name == VarlinkError.permissionDenied.name || error.name == VarlinkError.invalidParameter("").name
                ? .refused : .error
        default: .error
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
