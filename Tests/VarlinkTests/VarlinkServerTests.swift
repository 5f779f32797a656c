import Foundation
import NIOCore
import ServiceLifecycle
import Synchronization
import Testing

@testable import Varlink

@Suite("Varlink server: calls")
struct VarlinkServerTests {
    @Test func getInfoListsInterfaces() async throws {
        try await withTestServer { path, _, _ in
            let info = try await VarlinkClient.withConnection(unixSocketPath: path) { client in
                try await client.call("org.varlink.service.GetInfo")
            }
            #expect(info["vendor"] == "Tredje kraften")
            #expect(info["product"] == "varlink-tests")
            #expect(info["version"] == "1.0")
            #expect(info["url"] == "https://example.org")
            #expect(info["interfaces"] == ["org.varlink.service", "org.example.ping"])
        }
    }

    @Test func getInterfaceDescriptionReturnsTheVarlinkFile() async throws {
        try await withTestServer { path, _, _ in
            try await VarlinkClient.withConnection(unixSocketPath: path) { client in
                let own = try await client.call(
                    "org.varlink.service.GetInterfaceDescription", parameters: ["interface": "org.example.ping"])
                #expect(own["description"]?.stringValue == PingInterface.definition)
                let service = try await client.call(
                    "org.varlink.service.GetInterfaceDescription", parameters: ["interface": "org.varlink.service"])
                #expect(service["description"]?.stringValue?.contains("method GetInfo()") == true)
                await #expect(throws: VarlinkClientError.remote(.interfaceNotFound("org.nowhere"))) {
                    try await client.call(
                        "org.varlink.service.GetInterfaceDescription", parameters: ["interface": "org.nowhere"])
                }
            }
        }
    }

    @Test func parametersMayBeMissingNullOrEmpty() async throws {
        try await withTestServer { path, _, _ in
            try await withRawConnection(path) { connection in
                for frame in [
                    #"{"method":"org.example.ping.Ping"}"#,
                    #"{"method":"org.example.ping.Ping","parameters":null}"#,
                    #"{"method":"org.example.ping.Ping","parameters":{}}"#,
                ] {
                    try await connection.send(frame)
                    let reply = try #require(try await connection.reply())
                    #expect(reply.error == nil)
                    #expect(reply.parameters == ["pong": "pong"])
                }
            }
        }
    }

    @Test func typedCallThroughTheClient() async throws {
        try await withTestServer { path, _, _ in
            let pong = try await VarlinkClient.withConnection(unixSocketPath: path) { client in
                try await client.call(
                    "org.example.ping.Ping", parameters: PingInterface.PingParameters(text: "hej"),
                    returning: PingInterface.Pong.self)
            }
            #expect(pong.pong == "hej")
        }
    }

    @Test func pipelinedCallsAreAnsweredInOrder() async throws {
        try await withTestServer { path, _, _ in
            try await withRawConnection(path) { connection in
                var bytes: [UInt8] = []
                for index in 0..<20 {
                    let method = index % 3 == 0 ? "Slow" : "Ping"
                    let parameters = index % 3 == 0 ? #"{"milliseconds":\#(20 - index)}"# : #"{"text":"\#(index)"}"#
                    bytes += Array(#"{"method":"org.example.ping.\#(method)","parameters":\#(parameters)}"#.utf8) + [0]
                }
                try await connection.send(bytes)  // all calls in one write
                for index in 0..<20 {
                    let reply = try #require(try await connection.reply())
                    if index % 3 == 0 {
                        #expect(reply.parameters == ["slept": .int(Int64(20 - index))])
                    } else {
                        #expect(reply.parameters == ["pong": .string("\(index)")])
                    }
                }
            }
        }
    }

    @Test func moreStreamsSeveralReplies() async throws {
        try await withTestServer { path, _, _ in
            try await VarlinkClient.withConnection(unixSocketPath: path) { client in
                var values: [Int64] = []
                for try await reply in try await client.callMore("org.example.ping.Count", parameters: ["to": 5]) {
                    values.append(try #require(reply["value"]?.intValue))
                }
                #expect(values == [1, 2, 3, 4, 5])
                // The connection is still usable after the stream.
                let pong = try await client.call("org.example.ping.Ping")
                #expect(pong["pong"] == "pong")
            }
            try await withRawConnection(path) { connection in
                try await connection.send(#"{"method":"org.example.ping.Count","parameters":{"to":3},"more":true}"#)
                var continues: [Bool] = []
                for _ in 0..<3 {
                    continues.append(try #require(try await connection.reply()).continues ?? false)
                }
                #expect(continues == [true, true, false])
            }
        }
    }

    @Test func streamingMethodWithoutMoreAnswersExpectedMore() async throws {
        try await withTestServer { path, _, _ in
            try await VarlinkClient.withConnection(unixSocketPath: path) { client in
                await #expect(throws: VarlinkClientError.remote(.expectedMore)) {
                    try await client.call("org.example.ping.Count", parameters: ["to": 3])
                }
            }
        }
    }

    @Test func onewayGetsNoReply() async throws {
        try await withTestServer { path, _, _ in
            try await withRawConnection(path) { connection in
                try await connection.send(
                    #"{"method":"org.example.ping.Ping","parameters":{"text":"a"},"oneway":true}"#)
                try await connection.send(#"{"method":"org.example.ping.Count","parameters":{"to":3},"oneway":true}"#)
                try await connection.send(#"{"method":"org.example.ping.Ping","parameters":{"text":"b"}}"#)
                let reply = try #require(try await connection.reply())
                #expect(reply.parameters == ["pong": "b"])  // the first reply belongs to the third call
            }
            try await VarlinkClient.withConnection(unixSocketPath: path) { client in
                try await client.callOneway("org.example.ping.Ping")
                #expect(try await client.call("org.example.ping.Ping", parameters: ["text": "c"]) == ["pong": "c"])
            }
        }
    }

    @Test func handlerErrorsBecomeErrorReplies() async throws {
        try await withTestServer { path, _, _ in
            try await VarlinkClient.withConnection(unixSocketPath: path) { client in
                await #expect(
                    throws: VarlinkClientError.remote(
                        VarlinkError(name: "org.example.ping.Failure", parameters: ["reason": "asked to fail"]))
                ) {
                    try await client.call("org.example.ping.Fail")
                }
            }
        }
    }

    @Test func peerCredentialsIdentifyTheTestProcess() async throws {
        try await withTestServer { path, _, _ in
            let who = try await VarlinkClient.withConnection(unixSocketPath: path) { client in
                try await client.call(
                    "org.example.ping.WhoAmI", parameters: VarlinkEmpty(), returning: PingInterface.WhoAmI.self)
            }
            #expect(who.uid == getuid())
            #expect(who.gid == getgid())
            #expect(who.pid == getpid())
            let expectedUser = getpwuid(getuid()).flatMap { String(cString: $0.pointee.pw_name) }
            #expect(who.user != nil)
            #expect(who.user == expectedUser)
            let primaryGroup = getgrgid(getgid()).flatMap { String(cString: $0.pointee.gr_name) }
            if let primaryGroup { #expect(who.groups.contains(primaryGroup)) }
        }
    }

    @Test func socketFileModeIsApplied() async throws {
        for mode: mode_t in [0o600, 0o660] {
            try await withTestServer(socketMode: mode) { path, _, _ in
                var info = stat()
                #expect(stat(path, &info) == 0)
                #expect(info.st_mode & 0o777 == mode)
                #expect(info.st_mode & S_IFMT == S_IFSOCK)
            }
        }
    }

    @Test func socketFileIsRemovedAfterShutdown() async throws {
        let path = try await withTestServer { path, _, _ in path }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func gracefulShutdownLetsRunningCallsFinish() async throws {
        try await withTestServer { path, _, group in
            try await withThrowingTaskGroup(of: VarlinkObject.self) { tasks in
                let tag = UUID().uuidString
                tasks.addTask {
                    try await VarlinkClient.withConnection(unixSocketPath: path) { client in
                        try await client.call(
                            "org.example.ping.Slow", parameters: ["milliseconds": 300, "tag": .string(tag)])
                    }
                }
                // Shut down only once the call is running (a call not yet started may be refused).
                while !PingInterface.startedSlowCalls.withLock({ $0.contains(tag) }) {
                    try await Task.sleep(for: .milliseconds(5))
                }
                await group.triggerGracefulShutdown()
                let reply = try await tasks.next()
                #expect(reply == ["slept": 300])
            }
        }
    }
}
