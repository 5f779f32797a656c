import Foundation
import NIOCore
import ServiceLifecycle
import Synchronization
import Testing

@testable import Varlink

@Suite("Varlink server: connections")
struct VarlinkConnectionTests {
    @Test func hundredClientsAtOnce() async throws {
        try await withTestServer { path, _, _ in
            try await withThrowingTaskGroup(of: Bool.self) { group in
                for index in 0..<100 {
                    group.addTask {
                        try await VarlinkClient.withConnection(unixSocketPath: path) { client in
                            let text = "client-\(index)"
                            let first = try await client.call(
                                "org.example.ping.Ping", parameters: ["text": .string(text)])
                            let second = try await client.call(
                                "org.example.ping.Double", parameters: ["number": .int(Int64(index))])
                            return first == ["pong": .string(text)] && second == ["result": .int(Int64(index * 2))]
                        }
                    }
                }
                var answered = 0
                for try await ok in group where ok { answered += 1 }
                #expect(answered == 100)
            }
        }
    }

    @Test func silentClientBlocksNobody() async throws {
        try await withTestServer { path, _, _ in
            try await withRawConnection(path) { silent in
                // `silent` is connected and never sends; others are served meanwhile.
                for index in 0..<5 {
                    let reply = try await VarlinkClient.withConnection(unixSocketPath: path) { client in
                        try await client.call("org.example.ping.Ping", parameters: ["text": .string("\(index)")])
                    }
                    #expect(reply == ["pong": .string("\(index)")])
                }
                _ = silent
            }
        }
    }

    @Test func idleTimeoutClosesSilentClientsButNotRunningCalls() async throws {
        try await withTestServer(idleTimeout: .seconds(1)) { path, _, _ in
            try await withRawConnection(path) { silent in
                #expect(await silent.isClosedByServer())
            }
            // A call running longer than the idle timeout is not cut off. The call is in the socket
            // before the server accepts the connection, so no pause of this test's task (the suite runs
            // in parallel on 2 cores) can let the timer fire before the call has arrived.
            try await withRawConnection(
                path, sendingFirst: #"{"method":"org.example.ping.Slow","parameters":{"milliseconds":2500}}"#
            ) {
                connection in
                let reply = try await connection.reply()
                #expect(reply?.parameters == ["slept": 2500])
                // Idle again once answered: then it is closed.
                #expect(await connection.isClosedByServer())
            }
        }
    }

    /// A call counts as pending until its reply is handed to the connection's writer; graceful
    /// shutdown closing idle connections right then must not overtake that reply. Clients call in a
    /// loop while the server shuts down: every call whose handler started is answered.
    @Test func gracefulShutdownAnswersEveryCallItStarted() async throws {
        let prefix = UUID().uuidString
        let answered = Tags()
        try await withTestServer { path, _, group in
            try await withThrowingTaskGroup(of: Void.self) { clients in
                for client in 0..<20 {
                    clients.addTask {
                        try? await VarlinkClient.withConnection(unixSocketPath: path) { connection in
                            for call in 0..<1000 {
                                let tag = "\(prefix)-\(client)-\(call)"
                                _ = try await connection.call(
                                    "org.example.ping.Slow", parameters: ["milliseconds": 1, "tag": .string(tag)])
                                answered.insert(tag)
                            }
                        }
                    }
                }
                // Shut down while the clients are busy calling.
                while answered.count < 100 { try await Task.sleep(for: .milliseconds(5)) }
                await group.triggerGracefulShutdown()
                try await clients.waitForAll()
            }
        }
        let started = PingInterface.startedSlowCalls.withLock { $0.filter { $0.hasPrefix(prefix) } }
        #expect(!started.isEmpty)
        #expect(started.subtracting(answered.all).isEmpty)
    }

    @Test func gracefulShutdownClosesIdleConnections() async throws {
        try await withTestServer { path, _, group in
            try await withRawConnection(path) { idle in
                try await idle.send(#"{"method":"org.example.ping.Ping"}"#)
                #expect(try await idle.reply()?.parameters == ["pong": "pong"])
                await group.triggerGracefulShutdown()
                #expect(await idle.isClosedByServer())
            }
        }
    }

    @Test func clientReportsMissingSocket() async throws {
        let directory = makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/missing.sock"
        await #expect(throws: VarlinkClientError.socketNotFound(path: path)) {
            try await VarlinkClient.withConnection(unixSocketPath: path) { _ in }
        }
    }

    @Test func clientReportsStaleSocketAsRefused() async throws {
        let directory = makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/stale.sock"
        // Bind a socket file and close it without listening: what a crashed daemon leaves behind.
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: Array(path.utf8) + [0]) }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        #expect(bound == 0)
        close(fd)
        let error = await #expect(throws: VarlinkClientError.self) {
            try await VarlinkClient.withConnection(unixSocketPath: path) { _ in }
        }
        #expect(error == .connectionRefused(path: path))
        #expect(error?.isUnreachable == true)
    }

    @Test func permissionDeniedMapsFromEACCES() {
        // Tests run as root, which bypasses file modes; check the errno mapping the CLI relies on.
        #expect(VarlinkClientError.connecting(to: "/s", errno: EACCES) == .permissionDenied(path: "/s"))
        #expect(VarlinkClientError.connecting(to: "/s", errno: ENOENT) == .socketNotFound(path: "/s"))
        #expect(VarlinkClientError.connecting(to: "/s", errno: ECONNREFUSED) == .connectionRefused(path: "/s"))
    }
}

/// Tags collected across tasks.
private final class Tags: Sendable {
    private let tags = Mutex<Set<String>>([])
    func insert(_ tag: String) { _ = tags.withLock { $0.insert(tag) } }
    var count: Int { tags.withLock { $0.count } }
    var all: Set<String> { tags.withLock { $0 } }
}
