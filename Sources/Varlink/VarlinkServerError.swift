/// Why the server could not start or stopped.
package enum VarlinkServerError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Binding the socket failed (directory missing, no permission, path too long…).
    case cannotListen(path: String, reason: String)
    /// The socket was bound but its mode or group could not be set.
    case cannotSetPermissions(path: String, reason: String)
    /// The server is no longer running.
    case stopped

    package var description: String {
        switch self {
        case .cannotListen(let path, let reason): "cannot listen on Varlink socket \(path): \(reason)"
        case .cannotSetPermissions(let path, let reason): "cannot set permissions of Varlink socket \(path): \(reason)"
        case .stopped: "the Varlink server has stopped"
        }
    }
}
