import CommandHandling
import Domain
import EventStore
import FoundationEssentials
import Mailer
import Postgres
import Projections
import ReadModelTypes
import Varlink
import Wording

/// The errors the admin interface declares, as Swift values; throwing one from a method handler
/// sends the matching Varlink error reply.
package enum AdminError: Error, Sendable, Hashable, VarlinkErrorConvertible, CustomStringConvertible {
    /// The caller's role does not allow this (org.varlink.service.PermissionDenied with a `reason`).
    case permissionDenied(reason: String)
    /// `io.tredjekraft.admin.NotFound`: what was looked for, the id as given, and a Swedish message.
    case notFound(NotFound)
    /// `io.tredjekraft.admin.RuleViolation`: a domain rule refused the command; `code` is the
    /// domain's stable reason (e.g. `transition_not_allowed`) for scripts.
    case ruleViolation(reason: String, code: String? = nil)
    /// `io.tredjekraft.admin.DatabaseUnavailable`: nothing was changed.
    case databaseUnavailable(reason: String)
    /// `io.tredjekraft.admin.OutcomeUnknown`: the connection was lost while the change was committed,
    /// and whether it was stored could not be found out in time; the same command id may be sent again.
    case outcomeUnknown(reason: String, commandId: String?)
    /// `io.tredjekraft.admin.InternalError`.
    case internalError(reason: String)
    /// `io.tredjekraft.admin.ShuttingDown`: a streaming call ends because the daemon stops.
    case shuttingDown
    /// `io.tredjekraft.admin.MailUnavailable`: mail is off, has no sender, or its program cannot run.
    case mailUnavailable(reason: String)

    /// The interface name, also the prefix of its errors.
    package static let interfaceName = "io.tredjekraft.admin"
    /// What the Varlink server replies for errors nobody converted.
    package static let internalErrorName = interfaceName + ".InternalError"

    package var varlinkError: VarlinkError {
        switch self {
        case .permissionDenied(let reason):
            VarlinkError(name: VarlinkError.permissionDenied.name, parameters: ["reason": .string(reason)])
        case .notFound(let missing):
            VarlinkError(
                name: Self.interfaceName + ".NotFound",
                parameters: [
                    "kind": .string(missing.kind.rawValue), "id": .string(missing.id),
                    "message": .string(missing.message),
                ])
        case .ruleViolation(let reason, let code):
            VarlinkError(
                name: Self.interfaceName + ".RuleViolation",
                parameters: ["reason": .string(reason), "code": code.map(VarlinkValue.string) ?? .null])
        case .databaseUnavailable(let reason):
            VarlinkError(name: Self.interfaceName + ".DatabaseUnavailable", parameters: ["reason": .string(reason)])
        case .outcomeUnknown(let reason, let commandId):
            VarlinkError(
                name: Self.interfaceName + ".OutcomeUnknown",
                parameters: ["reason": .string(reason), "commandId": commandId.map(VarlinkValue.string) ?? .null])
        case .internalError(let reason):
            VarlinkError(name: Self.internalErrorName, parameters: ["reason": .string(reason)])
        case .shuttingDown:
            VarlinkError(name: Self.interfaceName + ".ShuttingDown")
        case .mailUnavailable(let reason):
            VarlinkError(name: Self.interfaceName + ".MailUnavailable", parameters: ["reason": .string(reason)])
        }
    }

    package var description: String { varlinkError.description }

    /// What a failure of the layers below means to the caller: a refused rule, something missing,
    /// a database that is away (nothing changed), or an internal fault. Varlink errors pass through.
    static func converting(_ error: any Error) -> any Error {
        if case .idempotencyKeyReused(let key, _, _)? = error as? EventStoreError {
            return AdminError.ruleViolation(
                reason: "Kommando-id:t \(key.prefix(36)) har redan använts för ett annat kommando; "
                    + "ge varje nytt kommando ett eget id.",
                code: "command_id_reused")
        }
        switch error {
        case let error as AdminError: return error
        case let error as VarlinkError: return error
        case let error as DomainError: return AdminError.ruleViolation(reason: error.message, code: error.code.rawValue)
        case let error as NotFound: return AdminError.notFound(error)
        case let error as MailerError:
            switch error {
            case .mailOff: return AdminError.mailUnavailable(reason: MailWording.mailOff)
            case .noSender: return AdminError.mailUnavailable(reason: MailWording.noSender)
            case .programUnusable(let problem):
                return AdminError.mailUnavailable(reason: MailWording.programUnusable(problem))
            }
        case let error as CommandError:
            if case .commandIDReused(let commandID, _) = error {
                return AdminError.ruleViolation(
                    reason:
                        "Kommando-id:t \(commandID.uuidString.lowercased()) har redan använts för ett annat kommando; "
                        + "ge varje nytt kommando ett eget id.",
                    code: "command_id_reused")
            }
            if case .outcomeUnknown(let key, let reason) = error {
                return AdminError.outcomeUnknown(
                    reason: "Anslutningen till PostgreSQL bröts medan ändringen sparades (\(reason)).",
                    commandId: key)
            }
            return AdminError.internalError(reason: error.description)
        default:
            if EventStoreError.isConnectionProblem(error) {
                return AdminError.databaseUnavailable(
                    reason:
                        "PostgreSQL kan inte nås just nu (\(DatabaseHealth.reason(error))); inget ändrades. Försök igen om en stund."
                )
            }
            return AdminError.internalError(reason: DatabaseHealth.reason(error))
        }
    }
}
