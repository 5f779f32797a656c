import Domain

/// Why a command was not carried out, beyond the domain's own refusals (`DomainError`).
public enum CommandError: Error, Sendable, CustomStringConvertible {
    /// Something the command refers to does not exist: its kind (`unit`, `council`, `meeting`,
    /// `proposal`, `finding`, `actionItem`, `certification`), its id, and a message in Swedish.
    case notFound(kind: String, id: String, message: String)
    /// Other writers kept changing the same stream; nothing was written.
    case tooManyConflicts(stream: String, attempts: Int)

    public var description: String {
        switch self {
        case .notFound(_, _, let message): message
        case .tooManyConflicts(let stream, let attempts):
            "\(stream) changed under the command \(attempts) times in a row; nothing was written, try again"
        }
    }
}
