#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Tells systemd about the daemon's state (sd_notify(3)): a datagram to `$NOTIFY_SOCKET`.
///
/// With `Type=notify`, systemd waits for `READY=1` before it starts dependent units and shows
/// `STATUS=` in `systemctl status`; with `WatchdogSec=` it restarts a daemon that stops sending
/// `WATCHDOG=1`. Outside systemd (`NOTIFY_SOCKET` unset) every call does nothing, so the daemon runs
/// the same in a terminal.
package struct SystemdNotifier: Sendable {
    /// One assignment in a notification.
    package enum State: Sendable, Hashable {
        /// Start-up finished (`READY=1`).
        case ready
        /// Shutting down (`STOPPING=1`).
        case stopping
        /// Reloading configuration (`RELOADING=1`).
        case reloading
        /// Still alive (`WATCHDOG=1`).
        case watchdog
        /// A one-line status for `systemctl status` (`STATUS=…`; newlines are replaced by spaces).
        case status(String)
        /// Any other assignment, e.g. `("EXTEND_TIMEOUT_USEC", "30000000")`.
        case custom(String, String)

        var line: String {
            switch self {
            case .ready: "READY=1"
            case .stopping: "STOPPING=1"
            case .reloading: "RELOADING=1"
            case .watchdog: "WATCHDOG=1"
            case .status(let text):
                "STATUS=" + String(text.map { $0.isNewline ? " " : $0 })
            case .custom(let key, let value): "\(key)=\(value)"
            }
        }
    }

    /// The notification socket (`$NOTIFY_SOCKET`); a leading `@` means the abstract namespace. `nil` outside systemd.
    package let socketPath: String?
    /// How often systemd expects `WATCHDOG=1` (`$WATCHDOG_USEC`), `nil` when the watchdog is off or meant for
    /// another process (`$WATCHDOG_PID`). Send at about half this interval.
    package let watchdogInterval: Duration?

    /// Reads `NOTIFY_SOCKET`, `WATCHDOG_USEC` and `WATCHDOG_PID` from `environment`.
    package init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let path = environment["NOTIFY_SOCKET"].flatMap { $0.isEmpty ? nil : $0 }
        self.socketPath = path
        var interval: Duration? = nil
        if let usecText = environment["WATCHDOG_USEC"], let usec = Int64(usecText), usec > 0 {
            let pidMatches = environment["WATCHDOG_PID"].map { Int32($0) == getpid() } ?? true
            if pidMatches { interval = .microseconds(usec) }
        }
        self.watchdogInterval = interval
    }

    /// Whether notifications go anywhere (`NOTIFY_SOCKET` is set).
    package var isEnabled: Bool { socketPath != nil }

    /// Sends the states in one datagram. Does nothing when `NOTIFY_SOCKET` is unset.
    /// The send does not block (MSG_DONTWAIT): it is safe to call from async code.
    package func notify(_ states: [State]) throws(SystemdNotifierError) {
        guard let socketPath, !states.isEmpty else { return }
        let message = states.map(\.line).joined(separator: "\n")
        try Self.send(message, to: socketPath)
    }

    /// Sends one state. Does nothing when `NOTIFY_SOCKET` is unset.
    package func notify(_ state: State) throws(SystemdNotifierError) {
        try notify([state])
    }

    static func send(_ message: String, to path: String) throws(SystemdNotifierError) {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        var pathBytes = Array(path.utf8)
        if pathBytes.first == UInt8(ascii: "@") { pathBytes[0] = 0 }  // abstract namespace
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        guard pathBytes.count < capacity || (pathBytes.first == 0 && pathBytes.count <= capacity) else {
            throw SystemdNotifierError(socketPath: path, operation: "address", errno: ENAMETOOLONG)
        }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: pathBytes)
        }
        let pathOffset = MemoryLayout<sockaddr_un>.offset(of: \sockaddr_un.sun_path)!
        let length = socklen_t(pathOffset + pathBytes.count + (pathBytes.first == 0 ? 0 : 1))

        #if canImport(Glibc) || canImport(Musl)
        let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        #else
        let fd = socket(AF_UNIX, SOCK_DGRAM, 0)
        #endif
        guard fd >= 0 else { throw SystemdNotifierError(socketPath: path, operation: "socket", errno: errno) }
        defer { close(fd) }
        let sent = message.utf8CString.withUnsafeBufferPointer { buffer in
            withUnsafePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                    sendto(
                        fd, buffer.baseAddress, buffer.count - 1, Int32(MSG_DONTWAIT) | Int32(MSG_NOSIGNAL),
                        socketAddress, length)
                }
            }
        }
        guard sent >= 0 else { throw SystemdNotifierError(socketPath: path, operation: "sendto", errno: errno) }
    }
}
