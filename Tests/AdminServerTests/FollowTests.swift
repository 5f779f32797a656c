import AdminProtocol
import Foundation
import Synchronization
import Testing
import Varlink

@testable import AdminServer

/// `Follow` streams events as they are committed and stops when the caller hangs up.
@Suite struct FollowTests {
    @Test(.timeLimit(.minutes(2))) func followSeesNewEventsInOrderAndFromAGivenPosition() async throws {
        try await AdminHarness.with { admin in
            let first = try await admin.command(.registerUnit, RegisterUnitParameters(name: "Före"))
            try await VarlinkClient.withConnection(unixSocketPath: admin.socketPath) { client in
                var replies = try await client.callMore(AdminMethod.follow.qualifiedName).makeAsyncIterator()
                // Only events from now on: the unit registered before is not sent. "Now" is when the daemon
                // takes the call, which the caller cannot see, so units are registered until one arrives.
                let registered = SentUnits()
                let writer = Task {
                    for number in 1...600 where !registered.stopped {
                        let reply = try await admin.command(
                            .registerUnit, RegisterUnitParameters(name: "Efter \(number)"))
                        registered.add(number: number, reply)
                        try await Task.sleep(for: .milliseconds(100))
                    }
                }
                let reply = try #require(try await replies.next())
                registered.stop()
                try await writer.value
                let event = try VarlinkValue.object(reply).decode(FollowReply.self).event
                #expect(event.type == "UnitRegistered")
                #expect(event.actor == "root")
                let name = try #require(event.data.objectValue?["name"]?.stringValue)
                #expect(name.hasPrefix("Efter "), "sent \(name), registered before Follow was called")
                let sent = try #require(registered.reply(named: name))
                #expect(event.stream == "unit-\(sent.unitId!)")
                #expect(event.position == sent.position)
            }
            // From a position: everything after it, here the units registered after the first only.
            let units: UnitsReply = try await admin.call(.listUnits)
            #expect(units.units.count >= 2)
            try await VarlinkClient.withConnection(unixSocketPath: admin.socketPath) { client in
                var replies = try await client.callMore(
                    AdminMethod.follow.qualifiedName,
                    parameters: ["after": .string(first.position!), "streamPrefix": "unit-"]
                ).makeAsyncIterator()
                let reply = try #require(try await replies.next())
                #expect(
                    try VarlinkValue.object(reply).decode(FollowReply.self).event.data.objectValue?["name"] == "Efter 1"
                )
            }
        }
    }

    @Test func followNeedsMoreAndAValidPosition() async throws {
        try await AdminHarness.with { admin in
            let withoutMore = try #require(await admin.error(.follow, [:]))
            #expect(withoutMore.name == "org.varlink.service.ExpectedMore")
            try await VarlinkClient.withConnection(unixSocketPath: admin.socketPath) { client in
                var replies = try await client.callMore(
                    AdminMethod.follow.qualifiedName, parameters: ["after": "yesterday"]
                )
                .makeAsyncIterator()
                do {
                    _ = try await replies.next()
                    Issue.record("Follow accepted a position that is not one")
                } catch VarlinkClientError.remote(let error) {
                    #expect(error.name == "org.varlink.service.InvalidParameter")
                    #expect(error.parameters["parameter"] == "after")
                }
            }
        }
    }

    @Test func aCallerThatHangsUpDoesNotHoldTheServer() async throws {
        try await AdminHarness.with { admin in
            for _ in 0..<20 {
                try await VarlinkClient.withConnection(unixSocketPath: admin.socketPath) { client in
                    _ = try await client.callMore(AdminMethod.follow.qualifiedName)
                }
            }
            // Each abandoned Follow held a database connection while it waited; all are back.
            let status: StatusReply = try await admin.call(.status)
            #expect(status.database.state == "ok")
            try await admin.command(.registerUnit, RegisterUnitParameters(name: "Fortfarande här"))
        }
    }
}

/// The units a test registered, by name, readable while it registers more; `stop()` ends the
/// registering after the command in flight.
final class SentUnits: Sendable {
    private let replies = Mutex<[String: CommandReply]>([:])
    private let stopRequested = Mutex(false)

    func add(number: Int, _ reply: CommandReply) { replies.withLock { $0["Efter \(number)"] = reply } }
    func reply(named name: String) -> CommandReply? { replies.withLock { $0[name] } }
    func stop() { stopRequested.withLock { $0 = true } }
    var stopped: Bool { stopRequested.withLock { $0 } }
}
