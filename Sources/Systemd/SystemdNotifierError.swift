#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A notification could not be delivered to systemd.
package struct SystemdNotifierError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The `NOTIFY_SOCKET` value used.
    package var socketPath: String
    /// The system call that failed.
    package var operation: String
    /// Its errno.
    package var errno: Int32

    package var description: String {
        "cannot notify systemd via NOTIFY_SOCKET=\(socketPath): \(operation): \(String(cString: strerror(errno)))"
    }
}
