/// The five-character SQLSTATE code the server attaches to every error.
///
/// Callers branch on these (retry on a serialization failure, report a conflict on a unique violation)
/// rather than on message text, which is translated and may change between server versions.
package struct SQLState: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    package let rawValue: String

    package init(rawValue: String) { self.rawValue = rawValue }

    package var description: String { rawValue }

    /// The two-character class, e.g. "23" for integrity constraint violations.
    package var errorClass: Substring { rawValue.prefix(2) }

    package static let uniqueViolation = SQLState(rawValue: "23505")
    package static let foreignKeyViolation = SQLState(rawValue: "23503")
    package static let notNullViolation = SQLState(rawValue: "23502")
    package static let checkViolation = SQLState(rawValue: "23514")
    package static let serializationFailure = SQLState(rawValue: "40001")
    package static let deadlockDetected = SQLState(rawValue: "40P01")
    package static let queryCanceled = SQLState(rawValue: "57014")
    package static let adminShutdown = SQLState(rawValue: "57P01")
    package static let crashShutdown = SQLState(rawValue: "57P02")
    package static let cannotConnectNow = SQLState(rawValue: "57P03")
    package static let undefinedTable = SQLState(rawValue: "42P01")
    package static let undefinedColumn = SQLState(rawValue: "42703")
    package static let syntaxError = SQLState(rawValue: "42601")
    package static let invalidPassword = SQLState(rawValue: "28P01")
    package static let invalidAuthorization = SQLState(rawValue: "28000")
    package static let invalidTextRepresentation = SQLState(rawValue: "22P02")
    package static let characterNotInRepertoire = SQLState(rawValue: "22021")
    package static let raiseException = SQLState(rawValue: "P0001")
    package static let lockNotAvailable = SQLState(rawValue: "55P03")
    package static let insufficientPrivilege = SQLState(rawValue: "42501")

    /// Errors after which the server has closed (or is closing) the session.
    var endsSession: Bool {
        self == .adminShutdown || self == .crashShutdown || self == .cannotConnectNow
            || errorClass == "08"
    }

    /// Errors worth retrying the whole transaction for.
    package var isTransient: Bool {
        self == .serializationFailure || self == .deadlockDetected
    }
}
