import Foundation
import NIOCore
import Testing

@testable import Varlink

@Suite("Varlink server: bad input")
struct VarlinkBadInputTests {
    /// After each bad input, the server must still answer a fresh client.
    func expectServerStillServes(_ path: String) async throws {
        let pong = try await VarlinkClient.withConnection(unixSocketPath: path) { client in
            try await client.call("org.example.ping.Ping", parameters: ["text": "still here"])
        }
        #expect(pong == ["pong": "still here"])
    }

    @Test(arguments: [
        (#"{"method": "org.example.ping.Ping""#, "message"),  // invalid JSON
        (#"[1, 2, 3]"#, "message"),  // not an object
        (#""just a string""#, "message"),
        (#"{"parameters": {}}"#, "method"),  // missing method
        (#"{"method": 42}"#, "method"),
        (#"{"method": "org.example.ping.Ping", "parameters": [1]}"#, "parameters"),
        (#"{"method": "org.example.ping.Ping", "more": "yes"}"#, "more"),
    ])
    func malformedMessagesAnswerInvalidParameterAndKeepTheConnection(frame: String, parameter: String) async throws {
        try await withTestServer { path, _, _ in
            try await withRawConnection(path) { connection in
                try await connection.send(frame)
                let reply = try #require(try await connection.reply())
                #expect(reply.error == "org.varlink.service.InvalidParameter")
                #expect(reply.errorParameter == parameter)
                #expect(reply.parameters?["reason"]?.stringValue?.isEmpty == false)
                // Same connection keeps working.
                try await connection.send(#"{"method":"org.example.ping.Ping"}"#)
                #expect(try await connection.reply()?.parameters == ["pong": "pong"])
            }
            try await expectServerStillServes(path)
        }
    }

    @Test func invalidUTF8AnswersInvalidParameter() async throws {
        try await withTestServer { path, _, _ in
            try await withRawConnection(path) { connection in
                var bytes = Array(#"{"method":"org.example.ping.Ping","parameters":{"text":""#.utf8)
                bytes += [0xC3, 0x28, 0xFF]  // invalid UTF-8
                bytes += Array(#""}}"#.utf8) + [0]
                try await connection.send(bytes)
                let reply = try #require(try await connection.reply())
                #expect(reply.error == "org.varlink.service.InvalidParameter")
                #expect(reply.parameters?["reason"]?.stringValue?.contains("UTF-8") == true)
                try await connection.send(#"{"method":"org.example.ping.Ping","parameters":{"text":"åäö"}}"#)
                #expect(try await connection.reply()?.parameters == ["pong": "åäö"])
            }
            try await expectServerStillServes(path)
        }
    }

    @Test func frameWithoutNULThenEOFIsDroppedCleanly() async throws {
        try await withTestServer { path, _, _ in
            try await withRawConnection(path, halfClosure: true) { connection in
                try await connection.send(#"{"method":"org.example.ping.Ping""#, terminate: false)
                connection.finishWriting()  // EOF after an incomplete frame
                #expect(await connection.isClosedByServer())
            }
            try await expectServerStillServes(path)
        }
    }

    @Test func oversizedFrameAnswersAnErrorThenCloses() async throws {
        try await withTestServer(maximumFrameSize: 1024) { path, _, _ in
            try await withRawConnection(path) { connection in
                // A call that fits is answered first, even when pipelined before the oversized one.
                try await connection.send(#"{"method":"org.example.ping.Ping"}"#)
                let big =
                    #"{"method":"org.example.ping.Ping","parameters":{"text":""# + String(repeating: "x", count: 4096)
                    + #""}}"#
                try await connection.send(big)
                #expect(try await connection.reply()?.parameters == ["pong": "pong"])
                let reply = try #require(try await connection.reply())
                #expect(reply.error == "org.varlink.service.InvalidParameter")
                #expect(reply.errorParameter == "message")
                #expect(reply.parameters?["reason"]?.stringValue?.contains("1024") == true)
                #expect(await connection.isClosedByServer())
            }
            // An oversized frame that never ends (no NUL) is cut off as well.
            try await withRawConnection(path) { connection in
                try await connection.send(String(repeating: "y", count: 4096), terminate: false)
                #expect(try await connection.reply()?.error == "org.varlink.service.InvalidParameter")
                #expect(await connection.isClosedByServer())
            }
            try await expectServerStillServes(path)
        }
    }

    @Test func unknownInterfaceAndMethod() async throws {
        try await withTestServer { path, _, _ in
            try await VarlinkClient.withConnection(unixSocketPath: path) { client in
                await #expect(throws: VarlinkClientError.remote(.interfaceNotFound("org.example.nothing"))) {
                    try await client.call("org.example.nothing.Ping")
                }
                await #expect(throws: VarlinkClientError.remote(.methodNotFound("org.example.ping.Pong"))) {
                    try await client.call("org.example.ping.Pong")
                }
                await #expect(throws: VarlinkClientError.remote(.methodNotFound("NoInterface"))) {
                    try await client.call("NoInterface")
                }
                await #expect(
                    throws: VarlinkClientError.remote(.methodNotImplemented("org.example.ping.Unimplemented"))
                ) {
                    try await client.call("org.example.ping.Unimplemented")
                }
            }
        }
    }

    @Test func wrongParameterTypesNameTheParameter() async throws {
        try await withTestServer { path, _, _ in
            try await VarlinkClient.withConnection(unixSocketPath: path) { client in
                let doubled = try await client.call("org.example.ping.Double", parameters: ["number": 21])
                #expect(doubled == ["result": 42])
                await #expect(throws: VarlinkClientError.remote(.invalidParameter("number"))) {
                    try await client.call("org.example.ping.Double", parameters: ["number": "21"])
                }
                await #expect(throws: VarlinkClientError.remote(.invalidParameter("number"))) {
                    try await client.call("org.example.ping.Double", parameters: [:])
                }
                await #expect(throws: VarlinkClientError.remote(.invalidParameter("verbose"))) {
                    try await client.call("org.example.ping.Double", parameters: ["number": 1, "verbose": 3])
                }
                await #expect(throws: VarlinkClientError.remote(.invalidParameter("text"))) {
                    try await client.call("org.example.ping.Ping", parameters: ["text": ["a"]])
                }
            }
        }
    }
}
