import Foundation
import TestSupport
import Testing
import Varlink

extension AdminDaemonTests {
    /// The daemon against an independent Varlink implementation: the Python reference client sees the
    /// interface as the repository defines it and gets the same answers as the Swift client.
    @Suite struct PythonReferenceClient {
        static let interfaceFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/AdminServer/io.tredjekraft.admin.varlink").path

        @Test(.timeLimit(.minutes(5))) func infoAndHelpShowTheRepositorysInterface() async throws {
            let definition = try String(contentsOfFile: Self.interfaceFile, encoding: .utf8)
            try await withAdminDaemon { daemon in
                let info = try await PythonVarlink.cli(["info", "unix:\(daemon.socket)"])
                #expect(info.status == 0, "\(info.stderr)")
                let interfaces = info.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                #expect(interfaces.contains("io.tredjekraft.admin"), "\(info.stdout)")
                #expect(interfaces.contains("org.varlink.service"), "\(info.stdout)")
                #expect(info.stdout.contains("Product: tredjekraftd"), "\(info.stdout)")

                // `help` prints the description as served, plus print()'s newline.
                let help = try await PythonVarlink.cli(["help", "unix:\(daemon.socket)/io.tredjekraft.admin"])
                #expect(help.status == 0, "\(help.stderr)")
                #expect(help.stdout == definition + "\n", "the served description differs from \(Self.interfaceFile)")

                let description = try await daemon.call(
                    "org.varlink.service.GetInterfaceDescription", ["interface": "io.tredjekraft.admin"])
                #expect(description["description"] == .string(definition))
            }
        }

        @Test(.timeLimit(.minutes(5))) func callsAnswerTheSameAsTheSwiftClient() async throws {
            try await withAdminDaemon { daemon in
                let seeded = SeededIssue()
                let commands = seeded.commands.map { PythonVarlink.Call(method: $0.method, parameters: $0.parameters) }
                let queries: [PythonVarlink.Call] = [
                    .init(method: "ListIssues"),
                    .init(
                        method: "ListIssues",
                        parameters: ["filter": ["status": "registered", "unitId": .string(seeded.unitId)]]),
                    .init(method: "GetIssue", parameters: ["issueId": .string(seeded.issueId)]),
                    // A 6-digit prefix, as the CLI shows ids.
                    .init(method: "GetIssue", parameters: ["issueId": .string(String(seeded.issueId.prefix(8)))]),
                    .init(method: "IssueHistory", parameters: ["issueId": .string(seeded.issueId)]),
                    .init(method: "Trace", parameters: ["sourceId": .string(seeded.proposalId)]),
                    .init(method: "ListUnits"),
                    .init(method: "ListCouncils"),
                    .init(method: "ListProposals"),
                    .init(method: "GetIssue", parameters: ["issueId": .string(newCommandID())]),
                ]
                let python = try await PythonVarlink.calls(commands + queries, socket: daemon.socket)
                try #require(python.count == commands.count + queries.count, "\(python)")

                // The Swift client repeats the commands with the same command ids: the daemon answers with
                // the first time's ids and position, marked as a duplicate.
                for (command, answer) in zip(commands, python) {
                    let first = try #require(answer.reply, "Python \(command.method): \(answer)")
                    #expect(first["duplicate"] == false, "\(command.method): \(first)")
                    let again = try await daemon.call("io.tredjekraft.admin." + command.method, command.parameters)
                    #expect(again["duplicate"] == true, "\(command.method): \(again)")
                    // The repeat appended nothing, so it lists no events (as AdminCommandTests expects);
                    // the ids and the position are those of the first time.
                    var expected = first.withoutNulls
                    expected["duplicate"] = true
                    expected["events"] = []
                    #expect(again.withoutNulls == expected, "\(command.method): Python \(first) — Swift \(again)")
                }
                for (query, answer) in zip(queries, python.dropFirst(commands.count)) {
                    let swift: PythonVarlink.CallResult
                    do {
                        let reply = try await daemon.call("io.tredjekraft.admin." + query.method, query.parameters)
                        swift = .reply(reply.withoutNulls)
                    } catch VarlinkClientError.remote(let error) {
                        swift = .error(name: error.name, parameters: error.parameters.withoutNulls)
                    }
                    let comparable: PythonVarlink.CallResult =
                        switch answer {
                        case .reply(let reply): .reply(reply.withoutNulls)
                        case .error(let name, let parameters): .error(name: name, parameters: parameters.withoutNulls)
                        case .replies: answer
                        }
                    #expect(comparable == swift, "\(query.method) \(query.parameters)")
                }
                #expect(python.last?.errorName == "io.tredjekraft.admin.NotFound", "\(String(describing: python.last))")

                // A streaming call: the first events of the log, as both clients see them.
                let streamed = try await PythonVarlink.calls(
                    [.init(method: "Follow", parameters: ["after": "0/0"], more: 4)], socket: daemon.socket)
                guard case .replies(let pythonEvents)? = streamed.first else {
                    Issue.record("Python Follow: \(streamed)")
                    return
                }
                let swiftEvents = try await VarlinkClient.withConnection(unixSocketPath: daemon.socket) { client in
                    var events: [VarlinkObject] = []
                    let replies = try await client.callMore("io.tredjekraft.admin.Follow", parameters: ["after": "0/0"])
                    for try await reply in replies {
                        events.append(reply)
                        if events.count == 4 { break }
                    }
                    return events
                }
                #expect(pythonEvents.map(\.withoutNulls) == swiftEvents.map(\.withoutNulls))
                #expect(
                    pythonEvents.compactMap { $0["event"]?.objectValue?["type"]?.stringValue }
                        == ["UnitRegistered", "CouncilCreated", "ProposalPutForward", "IssueOpened"])
            }
        }
    }
}
