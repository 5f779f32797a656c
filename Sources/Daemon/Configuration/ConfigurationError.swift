/// The configuration cannot be used; the daemon does not start (exit status 78, EX_CONFIG).
///
/// Every case names the key (as written in the YAML file) and says what to fix, because the
/// operator reads this in `journalctl` without the source at hand.
package enum ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file could not be read or is not YAML.
    case unreadableFile(path: String, reason: String)
    /// A key has a value of the wrong kind or out of range.
    case invalidValue(key: String, value: String, reason: String)
    /// A key that must be present is missing.
    case missingValue(key: String, reason: String)
    /// A command-line argument is not understood.
    case invalidArgument(String)

    /// The exit status for a configuration error (sysexits.h EX_CONFIG).
    package static let exitStatus: Int32 = 78

    /// The key this error is about, if any.
    package var key: String? {
        switch self {
        case .invalidValue(let key, _, _), .missingValue(let key, _): key
        case .unreadableFile, .invalidArgument: nil
        }
    }

    package var description: String {
        switch self {
        case .unreadableFile(let path, let reason):
            "configuration file \(path): \(reason)"
        case .invalidValue(let key, let value, let reason):
            "configuration key '\(key)': \(value.isEmpty ? "" : "value \(value) ")is invalid: \(reason)"
        case .missingValue(let key, let reason):
            "configuration key '\(key)' is missing: \(reason)"
        case .invalidArgument(let text):
            "command line: \(text)"
        }
    }
}
