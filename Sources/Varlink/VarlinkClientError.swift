#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a call through ``VarlinkClient`` failed, split so a CLI can pick its exit status:
/// ``socketNotFound`` / ``connectionRefused`` mean the daemon is unreachable (exit 3),
/// ``permissionDenied`` means the socket's mode or group keeps this user out (exit 4),
/// ``remote(_:)`` is the service's own error reply.
package enum VarlinkClientError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No socket file at the path: the daemon is not running or the path is wrong.
    case socketNotFound(path: String)
    /// The socket file exists but nobody listens on it (a stale socket from a stopped daemon).
    case connectionRefused(path: String)
    /// The socket file's mode or group does not let this user connect.
    case permissionDenied(path: String)
    /// Connecting failed for another reason (path too long, not a socket, …).
    case connectionFailed(path: String, reason: String)
    /// The service closed the connection before replying (it stopped, or rejected a malformed message).
    case connectionClosed(path: String)
    /// The service replied with a Varlink error.
    case remote(VarlinkError)
    /// The parameters could not be encoded as a JSON object.
    case invalidParameters(reason: String)
    /// The reply was not a valid Varlink reply or did not decode into the expected type.
    case invalidReply(reason: String)

    /// Whether the daemon could not be reached at all (the CLI's exit status 3).
    package var isUnreachable: Bool {
        switch self {
        case .socketNotFound, .connectionRefused, .connectionFailed: true
        default: false
        }
    }

    package var description: String {
        switch self {
        case .socketNotFound(let path): "no Varlink socket at \(path) (is the daemon running?)"
        case .connectionRefused(let path): "nobody is listening on \(path) (the daemon is not running)"
        case .permissionDenied(let path):
            "permission denied connecting to \(path) (check the socket's group and your group membership)"
        case .connectionFailed(let path, let reason): "cannot connect to \(path): \(reason)"
        case .connectionClosed(let path): "the service at \(path) closed the connection before replying"
        case .remote(let error): "the service replied with an error: \(error)"
        case .invalidParameters(let reason): "cannot encode the call's parameters: \(reason)"
        case .invalidReply(let reason): "invalid reply from the service: \(reason)"
        }
    }

    static func connecting(to path: String, errno code: CInt) -> VarlinkClientError {
        switch code {
        case ENOENT: .socketNotFound(path: path)
        case ECONNREFUSED: .connectionRefused(path: path)
        case EACCES, EPERM: .permissionDenied(path: path)
        default: .connectionFailed(path: path, reason: String(cString: strerror(code)))
        }
    }
}
