import Foundation
import TestSupport
import Testing
import Varlink

/// `tredjekraft bridge` (issue 32) without ssh: the bytes through it are the daemon's own, both ways,
/// whatever they are; it ends when either side closes and leaves no connection behind; the Python
/// reference client speaks through it unchanged.
@Suite(.serialized) struct BridgeTests {
    @Test(.timeLimit(.minutes(5))) func aLongFollowPassesIntactAndAMalformedFrameGetsTheUsualRefusal() async throws {
        try await withAdminDaemon { daemon in
            let loaded = try await daemon.loadDemo()
            #expect(loaded["events"] != nil, "\(loaded)")
            // The whole log from the start, directly and through the bridge: the same replies.
            let count = try await withTestPool { pool in try await daemon.eventCount(pool: pool) }
            let direct = try await RawSocketClient.connect(to: daemon.socket)
            let bridge = try BridgeProcess(socket: daemon.socket, errorPath: daemon.setup.directory + "/bridge-1.err")
            for client in [direct, bridge.client] {
                try await client.call("io.tredjekraft.admin.Follow", ["after": "0/0"], more: true)
            }
            for index in 0..<count {
                let expected = try await direct.reply()
                let relayed = try await bridge.client.reply()
                #expect(relayed == expected, "reply \(index)")
                if relayed != expected { break }
            }
            // Both connections are open: the direct one and the bridge's.
            #expect(try openConnections(to: daemon.socket) == 2)
            await direct.hangUp()

            // Killed mid-call: the client's end goes away, the bridge exits, the daemon frees the connection.
            await bridge.client.hangUp()
            #expect(await bridge.exitStatus() == 0, "\(bridge.errors)")
            let freed = try await eventually { try openConnections(to: daemon.socket) == 0 }
            #expect(freed)

            // A malformed frame through the bridge: the daemon's InvalidParameter, as on the socket itself.
            let second = try BridgeProcess(socket: daemon.socket, errorPath: daemon.setup.directory + "/bridge-2.err")
            try await second.client.send("{\"method\": 42}")
            let refusal = try #require(try await second.client.reply())
            #expect(refusal.error == "org.varlink.service.InvalidParameter", "\(refusal)")
            let status = try await second.client.roundTrip("io.tredjekraft.admin.Status")
            #expect(status.error == nil, "\(status)")
            // End of input from the caller: the bridge closes the daemon's connection and exits 0.
            try await second.client.finishSending()
            #expect(await second.client.closesWithin())
            #expect(await second.exitStatus() == 0, "\(second.errors)")
            #expect(try await eventually { try openConnections(to: daemon.socket) == 0 })
        }
    }

    @Test(.timeLimit(.minutes(3))) func anAbsentSocketIsExitThreeWithASwedishMessage() async throws {
        try await withTemporaryDirectory { directory in
            let bridge = try BridgeProcess(socket: directory + "/absent.sock", errorPath: directory + "/bridge.err")
            #expect(await bridge.exitStatus() == 3)
            #expect(
                bridge.errors.contains("Kan inte nå tredjekraftd: det finns ingen socket på \(directory)/absent.sock"))
            #expect(await bridge.client.closesWithin())
        }
    }

    @Test(.timeLimit(.minutes(3))) func thePythonReferenceClientSpeaksThroughTheBridge() async throws {
        try await withAdminDaemon { daemon in
            let command = "\(try builtBinary("tredjekraft")) bridge --socket \(daemon.socket)"
            let info = try await PythonVarlink.cli(["-b", command, "info"])
            #expect(info.status == 0, "\(info)")
            #expect(info.stdout.contains("io.tredjekraft.admin"), "\(info)")
            let status = try await PythonVarlink.cli(["-b", command, "call", "io.tredjekraft.admin.Status", "{}"])
            #expect(status.status == 0, "\(status)")
            let reply = try JSONDecoder().decode(VarlinkObject.self, from: Data(status.stdout.utf8))
            let direct = try await daemon.call("io.tredjekraft.admin.WhoAmI")
            #expect(reply["version"] != nil, "\(reply)")
            #expect(direct["user"]?.stringValue == "root")
        }
    }
}
