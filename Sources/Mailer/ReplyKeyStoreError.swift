/// Why the reply-token keys cannot be used or rotated. Each case names the file and says how to fix
/// the cause; none ever shows a secret.
package enum ReplyKeyStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Others than the daemon's user may read the file: the keys sign every reply address.
    case readableByOthers(path: String, mode: UInt32)
    /// A line is not `ID BASE64-SECRET CREATED`, an id repeats, or no key is left.
    case malformed(path: String, line: Int, reason: String)
    /// The file (or the credential) cannot be read.
    case unreadable(path: String, reason: String)
    /// The file cannot be created or written (rotation, or the first key).
    case unwritable(path: String, reason: String)
    /// The keys come from a systemd credential (`LoadCredential=`), which the daemon may not change.
    case readOnlyCredential(path: String)

    package var description: String {
        switch self {
        case .readableByOthers(let path, let mode):
            "reply key file \(path) has mode \(String(mode, radix: 8)) and can be read by others; "
                + "make it private with 'chmod 600 \(path)' (owned by the daemon's user)"
        case .malformed(let path, let line, let reason):
            "reply key file \(path), line \(line): \(reason); each line is 'ID BASE64-SECRET CREATED' "
                + "(id 1-255, 32 bytes in base64, ISO 8601 time), newest last"
        case .unreadable(let path, let reason):
            "reply key file \(path) cannot be read: \(reason)"
        case .unwritable(let path, let reason):
            "reply key file \(path) cannot be written: \(reason); the daemon's user needs to write its directory"
        case .readOnlyCredential(let path):
            "the reply keys come from the systemd credential \(path) (LoadCredential=) and cannot be rotated by "
                + "the daemon; rotate by adding a line with a new key at the end of the credential's source file "
                + "(keep the old lines until their tokens have expired) and restart the service"
        }
    }
}
