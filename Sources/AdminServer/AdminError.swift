import Varlink

/// The errors the admin interface declares, as Swift values; throwing one from a method handler
/// sends the matching Varlink error reply.
public enum AdminError: Error, Sendable, Hashable, VarlinkErrorConvertible, CustomStringConvertible {
    /// The caller's role does not allow this (org.varlink.service.PermissionDenied with a `reason`).
    case permissionDenied(reason: String)
    /// `io.tredjekraft.admin.NotFound`.
    case notFound(kind: String, id: String)
    /// `io.tredjekraft.admin.RuleViolation`: a domain rule refused the command.
    case ruleViolation(reason: String)
    /// `io.tredjekraft.admin.DatabaseUnavailable`: nothing was changed.
    case databaseUnavailable(reason: String)
    /// `io.tredjekraft.admin.InternalError`.
    case internalError(reason: String)

    /// The interface name, also the prefix of its errors.
    public static let interfaceName = "io.tredjekraft.admin"
    /// What the Varlink server replies for errors nobody converted.
    public static let internalErrorName = interfaceName + ".InternalError"

    public var varlinkError: VarlinkError {
        switch self {
        case .permissionDenied(let reason):
            VarlinkError(name: VarlinkError.permissionDenied.name, parameters: ["reason": .string(reason)])
        case .notFound(let kind, let id):
            VarlinkError(name: Self.interfaceName + ".NotFound", parameters: ["kind": .string(kind), "id": .string(id)])
        case .ruleViolation(let reason):
            VarlinkError(name: Self.interfaceName + ".RuleViolation", parameters: ["reason": .string(reason)])
        case .databaseUnavailable(let reason):
            VarlinkError(name: Self.interfaceName + ".DatabaseUnavailable", parameters: ["reason": .string(reason)])
        case .internalError(let reason):
            VarlinkError(name: Self.internalErrorName, parameters: ["reason": .string(reason)])
        }
    }

    public var description: String { varlinkError.description }
}
