import CPeerCredentials
import Foundation
import Logging
import NIOCore
import NIOEmbedded
import Testing

@testable import Varlink

@Suite("Varlink building blocks")
struct VarlinkUnitTests {
    @Test func frameDecoderSplitsOnNUL() throws {
        let channel = EmbeddedChannel(handler: ByteToMessageHandler(VarlinkFrameDecoder(maximumFrameSize: 64)))
        try channel.writeInbound(ByteBuffer(bytes: Array("{\"a\":1}".utf8) + [0] + Array("{\"b\"".utf8)))
        try channel.writeInbound(ByteBuffer(bytes: Array(":2}".utf8) + [0, 0]))
        #expect(try channel.readInbound(as: ByteBuffer.self) == ByteBuffer(string: "{\"a\":1}"))
        #expect(try channel.readInbound(as: ByteBuffer.self) == ByteBuffer(string: "{\"b\":2}"))
        #expect(try channel.readInbound(as: ByteBuffer.self) == ByteBuffer(string: ""))
        #expect(try channel.readInbound(as: ByteBuffer.self) == nil)
        #expect(try channel.finish().isClean)
    }

    @Test func frameDecoderEnforcesTheLimit() throws {
        let channel = EmbeddedChannel(handler: ByteToMessageHandler(VarlinkFrameDecoder(maximumFrameSize: 8)))
        #expect(throws: VarlinkFrameTooLargeError(maximumFrameSize: 8)) {
            try channel.writeInbound(ByteBuffer(bytes: Array("123456789".utf8)))
        }
        let exact = EmbeddedChannel(handler: ByteToMessageHandler(VarlinkFrameDecoder(maximumFrameSize: 8)))
        try exact.writeInbound(ByteBuffer(bytes: Array("12345678".utf8) + [0]))
        #expect(try exact.readInbound(as: ByteBuffer.self) == ByteBuffer(string: "12345678"))
        _ = try? exact.finish()
        _ = try? channel.finish()
    }

    @Test func valueRoundTripsJSON() throws {
        let json = #"{"s":"å","i":-3,"d":1.5,"b":true,"n":null,"a":[1,"x"],"o":{"k":[]}}"#
        let value = try JSONDecoder().decode(VarlinkValue.self, from: Data(json.utf8))
        #expect(
            value == [
                "s": "å", "i": -3, "d": 1.5, "b": true, "n": nil, "a": [1, "x"], "o": ["k": []],
            ])
        let again = try JSONDecoder().decode(VarlinkValue.self, from: JSONEncoder().encode(value))
        #expect(again == value)
    }

    @Test func interfaceDefinitionGivesNameAndMethods() throws {
        let interface = try VarlinkInterface(definition: PingInterface.definition)
        #expect(interface.name == "org.example.ping")
        #expect(interface.declaredMethods.isSuperset(of: ["Ping", "Count", "Unimplemented"]))
        #expect(throws: VarlinkInterfaceDefinitionError.self) {
            try VarlinkInterface(definition: "# no interface line\nmethod X() -> ()")
        }
    }

    @Test func peerCredentialsFromAFileDescriptor() throws {
        var fds: [Int32] = [0, 0]
        #expect(socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &fds) == 0)
        defer {
            close(fds[0])
            close(fds[1])
        }
        let peer = try VarlinkPeerCredentials.read(fileDescriptor: fds[0])
        #expect(peer.uid == getuid())
        #expect(peer.gid == getgid())
        #expect(peer.pid == getpid())
        #expect(peer.userName != nil)
        #expect(throws: VarlinkPeerCredentialsError.self) {
            try VarlinkPeerCredentials.read(fileDescriptor: -1)
        }
    }
}

@Suite("Varlink server: socket setup")
struct VarlinkSocketSetupTests {
    @Test func socketGroupIsApplied() async throws {
        // The process's own primary group: a file owner may always give its file that group.
        let groupName = try #require(getgrgid(getgid()).map { String(cString: $0.pointee.gr_name) })
        let expectedGID = getgid()
        try await withTestServer(socketGroup: groupName) { path, _, _ in
            var info = stat()
            #expect(stat(path, &info) == 0)
            #expect(info.st_gid == expectedGID)
        }
    }

    @Test func unknownSocketGroupStopsTheStart() async throws {
        let directory = makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let server = VarlinkServer(
            configuration: .init(
                socketPath: directory + "/s.sock", socketGroup: "no-such-group-tredjekraft",
                info: .init(vendor: "v", product: "p", version: "1", url: "u")),
            interfaces: [], logger: testLogger())
        await #expect(throws: VarlinkServerError.self) { try await server.run() }
        await #expect(throws: VarlinkServerError.self) { try await server.waitUntilListening() }
    }

    @Test func secondServerDoesNotStealALiveSocket() async throws {
        try await withTestServer { path, _, _ in
            let second = VarlinkServer(
                configuration: .init(socketPath: path, info: .init(vendor: "v", product: "p", version: "1", url: "u")),
                interfaces: [], logger: testLogger())
            let error = await #expect(throws: VarlinkServerError.self) { try await second.run() }
            if case .cannotListen(_, let reason)? = error {
                #expect(reason.contains("already listening"))
            } else {
                Issue.record("expected cannotListen, got \(String(describing: error))")
            }
            // The first server still answers.
            let info = try await VarlinkClient.withConnection(unixSocketPath: path) { client in
                try await client.call("org.varlink.service.GetInfo")
            }
            #expect(info["product"] == "varlink-tests")
        }
    }
}
