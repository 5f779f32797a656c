import Domain

/// Why a command was not carried out, beyond the domain's own refusals (`DomainError`).
public enum CommandError: Error, Sendable, CustomStringConvertible {
    /// Something the command refers to does not exist (in Swedish, for the coordinator).
    case notFound(String)
    /// Other writers kept changing the same stream; nothing was written.
    case tooManyConflicts(stream: String, attempts: Int)

    public var description: String {
        switch self {
        case .notFound(let message): message
        case .tooManyConflicts(let stream, let attempts):
            "\(stream) changed under the command \(attempts) times in a row; nothing was written, try again"
        }
    }
}
