import Foundation
import PostgresTestSupport
import TestSupport
import Testing
import Varlink

#if canImport(Glibc)
import Glibc
#endif

/// The tests that run the built `tredjekraftd` and talk to its admin socket. One daemon at a time:
/// each is a process with its own pool, and the machine has two cores.
@Suite(.serialized) enum AdminDaemonTests {}

extension AdminDaemonTests {
    /// Bad input on the real daemon's socket (DESIGN §6): each gets a clear Varlink error, changes
    /// nothing, and the daemon — and, where it stays open, the same connection — keeps serving.
    @Suite struct BadInput {
        static let listIssues = "io.tredjekraft.admin.ListIssues"
        static let invalidParameter = "org.varlink.service.InvalidParameter"

        /// The connection still answers a query.
        func expectServes(_ connection: RawSocketClient, _ comment: Comment) async throws {
            let reply = try await connection.roundTrip(Self.listIssues)
            #expect(reply.error == nil, "\(comment): \(reply)")
            #expect(reply.parameters?["issues"]?.arrayValue != nil, "\(comment): \(reply)")
        }

        /// A fresh client is still served.
        func expectDaemonServes(_ daemon: RunningDaemon, _ comment: Comment) async throws {
            let fresh = try await RawSocketClient.connect(to: daemon.socket)
            try await expectServes(fresh, comment)
            await fresh.hangUp()
        }

        /// The daemon's event log is still empty.
        func expectNothingWritten(_ daemon: RunningDaemon, _ comment: Comment) async throws {
            let events = try await withTestPool { try await daemon.eventCount(pool: $0) }
            #expect(events == 0, comment)
        }

        @Test(.timeLimit(.minutes(5))) func malformedFramesAnswerInvalidParameterAndKeepTheConnection() async throws {
            try await withAdminDaemon { daemon in
                var invalidUTF8 = Array(#"{"method":"io.tredjekraft.admin.RegisterUnit","parameters":{"name":""#.utf8)
                invalidUTF8 += [0xC3, 0x28, 0xFF]
                invalidUTF8 += Array(#""}}"#.utf8)
                let cases: [(frame: [UInt8], parameter: String, reason: String)] = [
                    (Array(#"{"method": "io.tredjekraft.admin.ListIssues""#.utf8), "message", "JSON"),
                    (Array("not json at all".utf8), "message", "JSON"),
                    (invalidUTF8, "message", "UTF-8"),
                    (Array(#"["io.tredjekraft.admin.ListIssues"]"#.utf8), "message", "object"),
                    (Array(#"{"parameters": {}}"#.utf8), "method", "method"),
                    (Array(#"{"method": 7}"#.utf8), "method", "method"),
                    (
                        Array(#"{"method": "io.tredjekraft.admin.ListIssues", "parameters": [1]}"#.utf8),
                        "parameters", "parameters"
                    ),
                    (Array(#"{"method": "io.tredjekraft.admin.Follow", "more": "yes"}"#.utf8), "more", "more"),
                ]
                let connection = try await RawSocketClient.connect(to: daemon.socket)
                for (frame, parameter, reason) in cases {
                    let shown = String(decoding: frame, as: UTF8.self)
                    try await connection.send(frame + [0])
                    let reply = try #require(try await connection.reply(), "no reply to \(shown)")
                    #expect(reply.error == Self.invalidParameter, "\(shown): \(reply)")
                    #expect(reply.parameters?["parameter"] == .string(parameter), "\(shown): \(reply)")
                    #expect(reply.parameters?["reason"]?.stringValue?.contains(reason) == true, "\(shown): \(reply)")
                    try await expectServes(connection, "the same connection after \(shown)")
                    try await expectDaemonServes(daemon, "another client after \(shown)")
                }
                await connection.hangUp()
                try await expectNothingWritten(daemon, "a malformed RegisterUnit wrote something")
            }
        }

        @Test(.timeLimit(.minutes(5))) func unknownMethodsAndWrongTypesAreNamed() async throws {
            try await withAdminDaemon { daemon in
                let connection = try await RawSocketClient.connect(to: daemon.socket)
                let cases: [(method: String, parameters: VarlinkObject, error: String, name: String, value: String)] = [
                    (
                        "io.tredjekraft.admin.Nonsense", [:], "org.varlink.service.MethodNotFound",
                        "method", "io.tredjekraft.admin.Nonsense"
                    ),
                    ("Status", [:], "org.varlink.service.MethodNotFound", "method", "Status"),
                    (
                        "io.tredjekraft.nothing.Status", [:], "org.varlink.service.InterfaceNotFound",
                        "interface", "io.tredjekraft.nothing"
                    ),
                    (
                        "io.tredjekraft.admin.RecordMeeting",
                        ["councilId": .string(newCommandID()), "heldOn": "2025-03-01", "participantCount": "many"],
                        Self.invalidParameter, "parameter", "participantCount"
                    ),
                    ("io.tredjekraft.admin.RegisterUnit", [:], Self.invalidParameter, "parameter", "name"),
                    ("io.tredjekraft.admin.RegisterUnit", ["name": 42], Self.invalidParameter, "parameter", "name"),
                    (
                        "io.tredjekraft.admin.RegisterUnit", ["name": "Enhet", "commandId": "not-a-uuid"],
                        Self.invalidParameter, "parameter", "commandId"
                    ),
                    (
                        "io.tredjekraft.admin.ListIssues", ["filter": ["status": "sleeping"]],
                        Self.invalidParameter, "parameter", "filter.status"
                    ),
                    (
                        "io.tredjekraft.admin.GetIssue", ["issueId": .string(newCommandID())],
                        "io.tredjekraft.admin.NotFound", "kind", "issue"
                    ),
                ]
                for (method, parameters, error, name, value) in cases {
                    let reply = try await connection.roundTrip(method, parameters)
                    #expect(reply.error == error, "\(method) \(parameters): \(reply)")
                    #expect(reply.parameters?[name] == .string(value), "\(method) \(parameters): \(reply)")
                    try await expectServes(connection, "the same connection after \(method)")
                }
                // A streaming method called without "more".
                let follow = try await connection.roundTrip("io.tredjekraft.admin.Follow")
                #expect(follow.error == "org.varlink.service.ExpectedMore", "\(follow)")
                try await expectServes(connection, "the same connection after Follow without more")
                await connection.hangUp()
                try await expectDaemonServes(daemon, "another client")

                try await expectNothingWritten(daemon, "a refused command wrote something")
            }
        }

        @Test(.timeLimit(.minutes(5))) func unfinishedFramesAndSilentClientsHoldNobodyUp() async throws {
            try await withAdminDaemon { daemon in
                // A frame without its NUL, then end of input: dropped without a reply, connection closed.
                let halfClosed = try await RawSocketClient.connect(to: daemon.socket)
                try await halfClosed.send(#"{"method":"io.tredjekraft.admin.Status""#, terminate: false)
                try await halfClosed.finishSending()
                #expect(try await halfClosed.reply() == nil, "an unfinished frame was answered")
                await halfClosed.hangUp()
                // The same, but the client closes the socket altogether.
                let closed = try await RawSocketClient.connect(to: daemon.socket)
                try await closed.send(#"{"method":"io.tredjekraft.admin.ListIssues""#, terminate: false)
                await closed.hangUp()
                try await expectDaemonServes(daemon, "after unfinished frames")

                // One client sends half a frame and waits; another connects and says nothing.
                let unfinished = try await RawSocketClient.connect(to: daemon.socket)
                try await unfinished.send(#"{"method":"io.tredjekraft.admin.ListIss"#, terminate: false)
                let silent = try await RawSocketClient.connect(to: daemon.socket)
                for round in 1...5 {
                    try await expectDaemonServes(daemon, "client \(round) while two connections hang")
                }
                let status = try await daemon.call("io.tredjekraft.admin.Status")
                #expect(status["database"]?.objectValue?["state"] == .string("ok"), "\(status)")
                #expect(await unfinished.staysSilent(for: .seconds(1)), "half a frame was answered")

                // Both connections still work once their callers go on.
                try await unfinished.send(#"ues","parameters":{}}"#)
                let late = try #require(try await unfinished.reply(), "the finished frame got no reply")
                #expect(late.error == nil && late.parameters?["issues"] != nil, "\(late)")
                try await expectServes(silent, "the silent connection when it finally calls")
                await unfinished.hangUp()
                await silent.hangUp()
            }
        }

        @Test(.timeLimit(.minutes(5))) func oversizedFramesAreRefusedAndTheConnectionClosed() async throws {
            try await withAdminDaemon(AdminDaemonOptions(maxFrameBytes: 4096)) { daemon in
                let big =
                    #"{"method":"io.tredjekraft.admin.RegisterUnit","parameters":{"name":""#
                    + String(repeating: "x", count: 8192) + #""}}"#

                // A call that fits is answered first, even when the oversized one is already sent.
                let connection = try await RawSocketClient.connect(to: daemon.socket)
                try await connection.call(Self.listIssues)
                try await connection.send(big)
                let first = try #require(try await connection.reply())
                #expect(first.error == nil && first.parameters?["issues"] != nil, "\(first)")
                let refused = try #require(try await connection.reply(), "no error for the oversized frame")
                #expect(refused.error == Self.invalidParameter, "\(refused)")
                #expect(refused.parameters?["parameter"] == "message", "\(refused)")
                #expect(refused.parameters?["reason"]?.stringValue?.contains("4096") == true, "\(refused)")
                #expect(await connection.closesWithin(.seconds(30)), "the connection stayed open")
                await connection.hangUp()

                // An oversized frame that never ends (no NUL) is cut off as well.
                let endless = try await RawSocketClient.connect(to: daemon.socket)
                try await endless.send(String(repeating: "y", count: 8192), terminate: false)
                let cut = try #require(try await endless.reply(), "no error for the endless frame")
                #expect(cut.error == Self.invalidParameter, "\(cut)")
                #expect(await endless.closesWithin(.seconds(30)), "the connection stayed open")
                await endless.hangUp()

                try await expectDaemonServes(daemon, "after oversized frames")
                try await expectNothingWritten(daemon, "the oversized RegisterUnit wrote something")
            }
        }

        @Test(.timeLimit(.minutes(5))) func aHundredClientsAtOnceAreAllAnswered() async throws {
            try await withAdminDaemon { daemon in
                let seeded = try await daemon.seedIssue()
                // All connected and all calls sent before any reply is read: the daemon has all 100 at once.
                var clients: [RawSocketClient] = []
                for _ in 0..<100 {
                    let client = try await RawSocketClient.connect(to: daemon.socket)
                    try await client.call(Self.listIssues)
                    clients.append(client)
                }
                var answered = 0
                for client in clients {
                    let reply = try await client.reply(timeout: .seconds(120))
                    let ids = reply?.parameters?["issues"]?.arrayValue?.compactMap {
                        $0.objectValue?["id"]?.stringValue
                    }
                    #expect(ids == [seeded.issueId], "\(String(describing: reply))")
                    if ids != nil { answered += 1 }
                    await client.hangUp()
                }
                #expect(answered == 100)
                try await expectDaemonServes(daemon, "after 100 clients")
            }
        }

        /// A Follow whose caller hangs up is cancelled: its listening session and pooled connection
        /// go back, so after many of them commands and queries still get a connection.
        @Test(.timeLimit(.minutes(5))) func followersThatHangUpLeaveThePoolFree() async throws {
            let poolSize = 2
            try await withAdminDaemon(AdminDaemonOptions(poolSize: poolSize)) { daemon in
                _ = try await daemon.call("io.tredjekraft.admin.RegisterUnit", ["name": "Första enheten"])
                var sessionsWhileFollowing = 0
                for round in 1...20 {
                    let follower = try await RawSocketClient.connect(to: daemon.socket)
                    // From the start of the log, so a reply proves the subscription is running.
                    try await follower.call("io.tredjekraft.admin.Follow", ["after": "0/0"], more: true)
                    let event = try #require(try await follower.reply(), "Follow \(round) did not answer")
                    #expect(event.error == nil && event.continues == true, "Follow \(round): \(event)")
                    #expect(event.parameters?["event"]?.objectValue?["type"] == "UnitRegistered", "\(event)")
                    if round == 1 {
                        sessionsWhileFollowing = try await withTestPool { try await daemon.databaseSessions(pool: $0) }
                    }
                    await follower.hangUp()
                }

                // A command and a query, each with a deadline: an exhausted pool would leave them waiting.
                let client = try await RawSocketClient.connect(to: daemon.socket)
                let registered = try await client.roundTrip(
                    "io.tredjekraft.admin.RegisterUnit", ["name": "Andra enheten"], timeout: .seconds(90))
                #expect(registered.error == nil, "\(registered)\nlog:\n\(daemon.log)")
                let units = try await client.roundTrip("io.tredjekraft.admin.ListUnits", timeout: .seconds(90))
                #expect(units.parameters?["units"]?.arrayValue?.count == 2, "\(units)")
                await client.hangUp()

                // The followers' listening sessions are closed, not left open in PostgreSQL: what stays
                // is the pool and the projections' own listener (the bound leaves room for one more).
                var sessions = 0
                let settled = try await withTestPool { pool in
                    try await eventually {
                        sessions = try await daemon.databaseSessions(pool: pool)
                        return sessions <= poolSize + 2
                    }
                }
                #expect(settled, "the daemon still holds \(sessions) database sessions after 20 followers hung up")
                // The count is this daemon's (by application_name): it saw the follower's sessions.
                #expect(sessionsWhileFollowing >= 1)
            }
        }
    }
}
