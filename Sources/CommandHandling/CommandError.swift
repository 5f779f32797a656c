import Domain
import Foundation

/// Why a command was not carried out, beyond the domain's own refusals (`DomainError`) and what it
/// names that does not exist (`NotFound`: a unit, council, meeting, proposal, finding, action item,
/// certification or issue).
package enum CommandError: Error, Sendable, CustomStringConvertible {
    /// Other writers kept changing the same stream; nothing was written.
    case tooManyConflicts(stream: String, attempts: Int)
    /// The command id was used before for a different command (another stream, or another command on
    /// the same stream); nothing was written.
    case commandIDReused(commandID: UUID, stream: String)
    /// The connection was lost while the change was being committed, and the daemon could not find
    /// out in time whether it was stored. Sending the same command id again is safe: a change is never
    /// stored twice under one id. `key` is that id (nil for work that had none).
    case outcomeUnknown(key: String?, reason: String)

    package var description: String {
        switch self {
        case .tooManyConflicts(let stream, let attempts):
            "\(stream) changed under the command \(attempts) times in a row; nothing was written, try again"
        case .commandIDReused(let commandID, let stream):
            "command id \(commandID.uuidString.lowercased()) was already used for a different command on \(stream)"
        case .outcomeUnknown(let key, let reason):
            "whether the change\(key.map { " with command id \($0)" } ?? "") was stored is unknown: \(reason)"
        }
    }
}
