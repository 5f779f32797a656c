import Foundation
import Testing

@testable import Systemd

/// A datagram socket standing in for systemd's notification socket.
final class NotifySocket {
    let fd: Int32
    /// The value for NOTIFY_SOCKET.
    let address: String
    private let directory: String?

    init(abstract: Bool) throws {
        fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        var bytes: [UInt8]
        if abstract {
            let name = "tredjekraft-test-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
            self.address = "@" + name
            self.directory = nil
            bytes = [0] + Array(name.utf8)
        } else {
            let directory = FileManager.default.temporaryDirectory.path + "/notify-\(UUID().uuidString.prefix(8))"
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            self.directory = directory
            self.address = directory + "/notify.sock"
            bytes = Array(self.address.utf8) + [0]
        }
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: bytes) }
        let pathOffset = MemoryLayout<sockaddr_un>.offset(of: \sockaddr_un.sun_path)!
        let length = socklen_t(pathOffset + (abstract ? bytes.count : bytes.count))
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
        }
        guard result == 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
    }

    /// The next datagram already queued (never blocks).
    func receive() -> String? {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = recv(fd, &buffer, buffer.count, Int32(MSG_DONTWAIT))
        guard count >= 0 else { return nil }
        return String(decoding: buffer.prefix(count), as: UTF8.self)
    }

    deinit {
        close(fd)
        if let directory { try? FileManager.default.removeItem(atPath: directory) }
    }
}

@Suite("SystemdNotifier")
struct SystemdNotifierTests {
    @Test func doesNothingOutsideSystemd() throws {
        let notifier = SystemdNotifier(environment: [:])
        #expect(!notifier.isEnabled)
        #expect(notifier.watchdogInterval == nil)
        try notifier.notify(.ready)
    }

    @Test(arguments: [false, true])
    func messagesArriveAtTheNotifySocket(abstract: Bool) throws {
        let socket = try NotifySocket(abstract: abstract)
        let notifier = SystemdNotifier(environment: ["NOTIFY_SOCKET": socket.address])
        #expect(notifier.isEnabled)
        try notifier.notify([.ready, .status("Lyssnar på\n/run/tredjekraft/admin.sock")])
        try notifier.notify(.watchdog)
        try notifier.notify(.stopping)
        #expect(socket.receive() == "READY=1\nSTATUS=Lyssnar på /run/tredjekraft/admin.sock")
        #expect(socket.receive() == "WATCHDOG=1")
        #expect(socket.receive() == "STOPPING=1")
        #expect(socket.receive() == nil)
    }

    @Test func missingSocketIsATypedError() {
        let notifier = SystemdNotifier(environment: ["NOTIFY_SOCKET": "/nonexistent/notify.sock"])
        let error = #expect(throws: SystemdNotifierError.self) { try notifier.notify(.ready) }
        #expect(error?.errno == ENOENT)
        #expect(error?.description.contains("/nonexistent/notify.sock") == true)
    }

    @Test func watchdogIntervalComesFromWatchdogUsec() {
        let own = SystemdNotifier(environment: ["WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "\(getpid())"])
        #expect(own.watchdogInterval == .seconds(30))
        let noPid = SystemdNotifier(environment: ["WATCHDOG_USEC": "500000"])
        #expect(noPid.watchdogInterval == .milliseconds(500))
        let other = SystemdNotifier(environment: ["WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "1"])
        #expect(getpid() == 1 || other.watchdogInterval == nil)
        #expect(SystemdNotifier(environment: ["WATCHDOG_USEC": "0"]).watchdogInterval == nil)
        #expect(SystemdNotifier(environment: ["WATCHDOG_USEC": "junk"]).watchdogInterval == nil)
    }
}
