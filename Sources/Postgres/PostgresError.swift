/// Everything that can go wrong talking to PostgreSQL, with what a person needs to fix the cause.
package enum PostgresError: Error, Sendable, CustomStringConvertible {
    /// No session could be opened. `target` names where we tried (never the password).
    case connectionFailed(target: String, reason: String, hint: String?)
    /// The session ended under us: the server restarted, the backend was terminated, the network broke.
    /// An open transaction was not committed (a lost COMMIT is ``commitOutcomeUnknown(reason:)``); the
    /// pool replaces the connection.
    case connectionLost(reason: String)
    /// The session ended while a COMMIT (or a statement committing on its own) was on its way: the
    /// server may have committed it before the reply was lost, or not. Only looking again — after
    /// reconnecting, by something the work left behind (an idempotency key) — tells which.
    case commitOutcomeUnknown(reason: String)
    /// The server refused a statement.
    case server(ServerError)
    /// A parameter cannot be sent as given (for example text containing a NUL byte).
    case invalidParameter(index: Int, reason: String)
    /// A column holds a type that cannot be decoded as the requested Swift type.
    case typeMismatch(column: String, expected: String, actual: PostgresType)
    /// A column is NULL where the caller asked for a non-optional value.
    case unexpectedNull(column: String)
    /// The caller named a column the result does not have.
    case unknownColumn(String)
    /// The value's bytes do not match its declared type.
    case malformedValue(column: String, type: PostgresType, reason: String)
    /// The pool was shut down.
    case poolClosed
    /// A listening connection was asked to wait while another caller already waits on it.
    case concurrentWait

    /// The server's SQLSTATE, when the server produced the error.
    package var sqlState: SQLState? {
        if case .server(let error) = self { return error.sqlState }
        return nil
    }

    /// True when the session is gone and the work should be retried on a fresh connection.
    package var isConnectionLost: Bool {
        if case .connectionLost = self { return true }
        return false
    }

    package var description: String {
        switch self {
        case .connectionFailed(let target, let reason, let hint):
            var text = "could not connect to PostgreSQL at \(target): \(reason)"
            if let hint { text += " (hint: \(hint))" }
            return text
        case .connectionLost(let reason):
            return "connection to PostgreSQL lost: \(reason)"
        case .commitOutcomeUnknown(let reason):
            return "connection to PostgreSQL lost while committing, so whether it committed is unknown: \(reason)"
        case .server(let error):
            return error.description
        case .invalidParameter(let index, let reason):
            return "parameter $\(index) cannot be sent: \(reason)"
        case .typeMismatch(let column, let expected, let actual):
            return "column \"\(column)\" has type \(actual), which cannot be decoded as \(expected)"
        case .unexpectedNull(let column):
            return "column \"\(column)\" is NULL, but a value is required"
        case .unknownColumn(let name):
            return "the result has no column named \"\(name)\""
        case .malformedValue(let column, let type, let reason):
            return "column \"\(column)\" holds a malformed \(type) value: \(reason)"
        case .poolClosed:
            return "the PostgreSQL connection pool is closed"
        case .concurrentWait:
            return "another task is already waiting for notifications on this connection"
        }
    }
}
