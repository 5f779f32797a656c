import AdminProtocol
import Foundation
import Testing
import Varlink

@testable import AdminServer

/// `Follow` streams events as they are committed and stops when the caller hangs up.
@Suite struct FollowTests {
    @Test func followSeesNewEventsInOrderAndFromAGivenPosition() async throws {
        try await AdminHarness.with { admin in
            let first = try await admin.command(.registerUnit, RegisterUnitParameters(name: "Före"))
            try await VarlinkClient.withConnection(unixSocketPath: admin.socketPath) { client in
                var replies = try await client.callMore(AdminMethod.follow.qualifiedName).makeAsyncIterator()
                // Only events from now on: the unit registered before is not sent.
                let second = try await admin.command(.registerUnit, RegisterUnitParameters(name: "Efter"))
                let reply = try #require(try await replies.next())
                let event = try VarlinkValue.object(reply).decode(FollowReply.self).event
                #expect(event.type == "UnitRegistered")
                #expect(event.stream == "unit-\(second.unitId!)")
                #expect(event.actor == "root")
                #expect(event.data.objectValue?["name"] == "Efter")
                #expect(event.position == second.position)
                _ = first
            }
            // From a position: everything after it, here the second unit only.
            let units: UnitsReply = try await admin.call(.listUnits)
            #expect(units.units.count == 2)
            try await VarlinkClient.withConnection(unixSocketPath: admin.socketPath) { client in
                var replies = try await client.callMore(
                    AdminMethod.follow.qualifiedName, parameters: ["after": .string(first.position!), "streamPrefix": "unit-"]
                ).makeAsyncIterator()
                let reply = try #require(try await replies.next())
                #expect(try VarlinkValue.object(reply).decode(FollowReply.self).event.data.objectValue?["name"] == "Efter")
            }
        }
    }

    @Test func followNeedsMoreAndAValidPosition() async throws {
        try await AdminHarness.with { admin in
            let withoutMore = try #require(await admin.error(.follow, [:]))
            #expect(withoutMore.name == "org.varlink.service.ExpectedMore")
            try await VarlinkClient.withConnection(unixSocketPath: admin.socketPath) { client in
                var replies = try await client.callMore(AdminMethod.follow.qualifiedName, parameters: ["after": "yesterday"])
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
