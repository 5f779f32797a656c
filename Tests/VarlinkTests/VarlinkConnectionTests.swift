import Foundation
import NIOCore
import ServiceLifecycle
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
        // The idle timeout leaves a loaded machine (the suite runs in parallel on 2 cores) ample time
        // between connecting and sending the call; only a client that stays silent is closed.
        try await withTestServer(idleTimeout: .seconds(1)) { path, _, _ in
            try await withRawConnection(path) { silent in
                #expect(await silent.isClosedByServer())
            }
            // A call running longer than the idle timeout is not cut off.
            let reply = try await VarlinkClient.withConnection(unixSocketPath: path) { client in
                try await client.call("org.example.ping.Slow", parameters: ["milliseconds": 2500])
            }
            #expect(reply == ["slept": 2500])
        }
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
