#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading the peer credentials failed; the connection is refused because the caller cannot be identified.
package struct VarlinkPeerCredentialsError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The errno value getsockopt(SO_PEERCRED) failed with.
    package var errno: Int32

    package var description: String {
        "cannot read the peer credentials (SO_PEERCRED) of a Unix socket connection: \(String(cString: strerror(errno)))"
    }
}
