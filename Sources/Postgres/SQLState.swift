/// The five-character SQLSTATE code the server attaches to every error.
///
/// Callers branch on these (retry on a serialization failure, report a conflict on a unique violation)
/// rather than on message text, which is translated and may change between server versions.
public struct SQLState: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }

    /// The two-character class, e.g. "23" for integrity constraint violations.
    public var errorClass: Substring { rawValue.prefix(2) }

    public static let uniqueViolation = SQLState(rawValue: "23505")
    public static let foreignKeyViolation = SQLState(rawValue: "23503")
    public static let notNullViolation = SQLState(rawValue: "23502")
    public static let checkViolation = SQLState(rawValue: "23514")
    public static let serializationFailure = SQLState(rawValue: "40001")
    public static let deadlockDetected = SQLState(rawValue: "40P01")
    public static let queryCanceled = SQLState(rawValue: "57014")
    public static let adminShutdown = SQLState(rawValue: "57P01")
    public static let crashShutdown = SQLState(rawValue: "57P02")
    public static let cannotConnectNow = SQLState(rawValue: "57P03")
    public static let undefinedTable = SQLState(rawValue: "42P01")
    public static let undefinedColumn = SQLState(rawValue: "42703")
    public static let syntaxError = SQLState(rawValue: "42601")
    public static let invalidPassword = SQLState(rawValue: "28P01")
    public static let invalidAuthorization = SQLState(rawValue: "28000")
    public static let invalidTextRepresentation = SQLState(rawValue: "22P02")
    public static let characterNotInRepertoire = SQLState(rawValue: "22021")
    public static let raiseException = SQLState(rawValue: "P0001")
    public static let lockNotAvailable = SQLState(rawValue: "55P03")

    /// Errors after which the server has closed (or is closing) the session.
    var endsSession: Bool {
        self == .adminShutdown || self == .crashShutdown || self == .cannotConnectNow
            || errorClass == "08"
    }

    /// Errors worth retrying the whole transaction for.
    public var isTransient: Bool {
        self == .serializationFailure || self == .deadlockDetected
    }
}
