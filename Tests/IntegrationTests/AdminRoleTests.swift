import Foundation
import Postgres
import PostgresTestSupport
import TestSupport
import Testing
import Varlink

#if canImport(Glibc)
import Glibc
#endif

extension AdminDaemonTests {
    /// Roles from peer credentials, with real other Unix users: root runs the Python client as
    /// `nobody` (a reader), `daemon` (a coordinator) and `bin` (no role).
    @Suite struct Roles {
        static let options = AdminDaemonOptions(readers: ["nobody"], coordinators: ["daemon"])

        @Test(.timeLimit(.minutes(5))) func readersReadCoordinatorsWriteStrangersNeither() async throws {
            try await withAdminDaemon(Self.options) { daemon in
                try await withTestPool { pool in
                    // A reader reads, but may not write.
                    let reader = try await PythonVarlink.calls(
                        [
                            .init(method: "WhoAmI"),
                            .init(method: "ListIssues"),
                            .init(method: "RegisterUnit", parameters: ["name": "Läsarens enhet"]),
                            .init(method: "Metrics"),
                        ], socket: daemon.socket, as: .nobody)
                    #expect(
                        reader[0].reply?["user"] == "nobody" && reader[0].reply?["role"] == "reader", "\(reader[0])")
                    #expect(reader[0].reply?["canWrite"] == false, "\(reader[0])")
                    #expect(reader[1].reply?["issues"] == [], "\(reader[1])")
                    #expect(reader[2].errorName == "org.varlink.service.PermissionDenied", "\(reader[2])")
                    let reason = reader[2].errorParameters?["reason"]?.stringValue ?? ""
                    #expect(
                        reason.contains("kräver rollen coordinator") && reason.contains("nobody har rollen reader"),
                        "\(reason)")
                    // Monitoring needs no more than the reader's role.
                    #expect(
                        reader[3].reply?["text"]?.stringValue?.contains("tredjekraft_database_reachable 1") == true,
                        "\(reader[3])")
                    #expect(try await daemon.eventCount(pool: pool) == 0, "the reader's RegisterUnit wrote something")
                    #expect(try await daemon.call("io.tredjekraft.admin.ListUnits")["units"] == [])

                    // A coordinator's commands succeed and are recorded with its user name as the actor.
                    let seeded = SeededIssue()
                    let coordinatorCalls =
                        seeded.commands.map { PythonVarlink.Call(method: $0.method, parameters: $0.parameters) } + [
                            .init(
                                method: "AssignOwner",
                                parameters: ["issueId": .string(seeded.issueId), "owner": "Enhetschef"]),
                            .init(method: "IssueHistory", parameters: ["issueId": .string(seeded.issueId)]),
                            .init(method: "LoadDemo"),
                            .init(method: "Follow", parameters: ["after": "0/0"], more: 5),
                        ]
                    let coordinator = try await PythonVarlink.calls(
                        coordinatorCalls, socket: daemon.socket, as: .daemon)
                    try #require(coordinator.count == coordinatorCalls.count, "\(coordinator)")
                    for (call, result) in zip(coordinatorCalls.prefix(5), coordinator) {
                        #expect(result.reply?["duplicate"] == false, "\(call.method) as daemon: \(result)")
                    }
                    #expect(coordinator[3].reply?["issueId"] == .string(seeded.issueId))
                    let history = coordinator[5].reply?["entries"]?.arrayValue ?? []
                    #expect(history.count >= 2, "\(coordinator[5])")
                    #expect(history.allSatisfy { $0.objectValue?["actor"] == "daemon" }, "\(history)")
                    #expect(coordinator[6].errorName == "org.varlink.service.PermissionDenied", "\(coordinator[6])")
                    let demoRefusal = coordinator[6].errorParameters?["reason"]?.stringValue ?? ""
                    #expect(demoRefusal.contains("kräver rollen admin"), "\(coordinator[6])")
                    guard case .replies(let followed) = coordinator[7] else {
                        Issue.record("Follow as daemon: \(coordinator[7])")
                        return
                    }
                    let events = followed.compactMap { $0["event"]?.objectValue }
                    #expect(events.count == 5)
                    #expect(events.allSatisfy { $0["actor"] == "daemon" }, "\(events)")
                    #expect(events.last?["type"] == "IssueOwnerAssigned", "\(events)")
                    let actors = try await pool.query(
                        "SELECT DISTINCT actor FROM \(identifier: daemon.setup.schema).events")
                    #expect(try actors.map { try $0.decode("actor", as: String.self) } == ["daemon"])

                    // Root sees the same history (root is always admin).
                    let asRoot = try await daemon.call(
                        "io.tredjekraft.admin.IssueHistory", ["issueId": .string(seeded.issueId)])
                    #expect(asRoot["entries"]?.arrayValue?.map(\.withoutNulls) == history.map(\.withoutNulls))

                    // The reader now reads what the coordinator wrote.
                    let readAgain = try await PythonVarlink.calls(
                        [.init(method: "GetIssue", parameters: ["issueId": .string(seeded.issueId)])],
                        socket: daemon.socket, as: .nobody)
                    #expect(
                        readAgain.first?.reply?["issue"]?.objectValue?["summary"]?.objectValue?["owner"]
                            == "Enhetschef",
                        "\(readAgain)")

                    // A user in no role learns why, and is refused queries and commands alike.
                    let stranger = try await PythonVarlink.calls(
                        [
                            .init(method: "WhoAmI"),
                            .init(method: "Status"),
                            .init(method: "ListIssues"),
                            .init(method: "RegisterUnit", parameters: ["name": "Främlingens enhet"]),
                            .init(method: "Metrics"),
                        ], socket: daemon.socket, as: .bin)
                    #expect(stranger[0].reply?["user"] == "bin" && stranger[0].reply?["role"] == nil, "\(stranger[0])")
                    for result in stranger.dropFirst() {
                        #expect(result.errorName == "org.varlink.service.PermissionDenied", "\(result)")
                        let reason = result.errorParameters?["reason"]?.stringValue ?? ""
                        #expect(reason.contains("bin har ingen roll"), "\(reason)")
                    }
                    #expect(try await daemon.eventCount(pool: pool) == 5, "only the coordinator's five events")
                }
            }
        }
    }
}
