import AdminProtocol
import Foundation
import Logging
import Synchronization
import Varlink

/// A stand-in for `tredjekraftd`: a real ``VarlinkServer`` on a temporary socket serving the real
/// `io.tredjekraft.admin` definition, with canned answers and the errors the daemon sends.
final class StubDaemon: Sendable {
    /// The interface definition, read from the source tree so the stub serves the real contract.
    static let definition: String = {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/AdminServer/io.tredjekraft.admin.varlink")
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            fatalError("cannot read \(url.path): \(error)")
        }
    }()

    /// The parameters each call arrived with, by method name.
    let calls = Mutex<[(method: String, parameters: VarlinkObject)]>([])

    func parameters(of method: String) -> [VarlinkObject] {
        calls.withLock { $0.filter { $0.method == method }.map(\.parameters) }
    }

    func interface() throws -> VarlinkInterface {
        var interface = try VarlinkInterface(definition: Self.definition)
        interface.addMethod("ListIssues") { call in
            self.record(call)
            return try JSONDecoder().decode(VarlinkObject.self, from: Data(Fixtures.issues.utf8))
        }
        interface.addMethod("OpenIssue") { call in
            self.record(call)
            return try JSONDecoder().decode(VarlinkObject.self, from: Data(Fixtures.openIssueReply.utf8))
        }
        interface.addMethod("AssignOwner") { call -> VarlinkObject in
            self.record(call)
            // Stored, but the read models had not caught up when the daemon replied.
            return [
                "events": [["type": "IssueOwnerAssigned", "stream": .string("issue-\(Fixtures.issueId)")]],
                "position": "812/46", "duplicate": false, "lag": ["reached": "812/40", "waitedSeconds": 5.0],
            ]
        }
        interface.addMethod("Decide") { call -> VarlinkEmpty in
            self.record(call)
            throw VarlinkError(
                name: "io.tredjekraft.admin.RuleViolation",
                parameters: ["reason": "Ärendet är registrerat; det måste beredas innan det kan beslutas."])
        }
        interface.addMethod("GetIssue") { call -> VarlinkEmpty in
            self.record(call)
            let id = call.parameters["issueId"]?.stringValue ?? ""
            throw VarlinkError(name: "io.tredjekraft.admin.NotFound", parameters: ["kind": "issue", "id": .string(id)])
        }
        interface.addMethod("Statistics") { call -> VarlinkEmpty in
            self.record(call)
            throw VarlinkError(
                name: "io.tredjekraft.admin.DatabaseUnavailable", parameters: ["reason": "connection refused"])
        }
        interface.addMethod("Status") { call -> VarlinkEmpty in
            self.record(call)
            throw VarlinkError(
                name: VarlinkError.permissionDenied.name,
                parameters: ["reason": "gäst has no role in Tredje kraften"])
        }
        interface.addMethod("SetContact") { call -> VarlinkObject in
            self.record(call)
            return try JSONDecoder().decode(VarlinkObject.self, from: Data(MailFixtures.contactChange.utf8))
        }
        interface.addMethod("ListMail") { call in
            self.record(call)
            return try JSONDecoder().decode(VarlinkObject.self, from: Data(MailFixtures.messages.utf8))
        }
        interface.addMethod("Metrics") { call -> VarlinkObject in
            self.record(call)
            return ["text": .string(Fixtures.metricsText)]
        }
        interface.addMethod("RunReminders") { call -> VarlinkObject in
            self.record(call)
            // Recorded, but the read models had not caught up when the daemon replied.
            return [
                "date": "2026-03-04", "reminders": 3, "escalations": 1, "messages": 2,
                "lag": ["reached": "812/40", "waitedSeconds": 5.0],
            ]
        }
        interface.addMethod("RotateReplyTokenKey") { call -> VarlinkObject in
            self.record(call)
            return [
                "keyId": 4, "keysKept": 2, "keysDropped": 1, "validDays": 60,
                "file": "/var/lib/tredjekraft/reply-token.keys",
            ]
        }
        interface.addMethod("SendTestMail") { call -> VarlinkObject in
            self.record(call)
            // The address picks the answer, so one stub shows every way a test message can end.
            switch call.parameters["to"]?.stringValue {
            case MailFixtures.mailOffAddress:
                throw VarlinkError(
                    name: "io.tredjekraft.admin.MailUnavailable",
                    parameters: ["reason": "mail is off: set mail.enabled: true (and mail.from) in the configuration"])
            case MailFixtures.refusedAddress:
                return ["outcome": "permanent_failure", "detail": "5.1.1 <nobody@lund.se>: User unknown"]
            default:
                return ["outcome": "accepted", "detail": .null]
            }
        }
        interface.addStreamingMethod("Follow", parameters: FollowParameters.self) { parameters, call, replies in
            self.record(call)
            var event = try JSONDecoder().decode(FollowReply.self, from: Data(Fixtures.loggedEvent.utf8))
            try await replies.send(event)
            event.event.position = "812/45"
            event.event.type = "OwnerAssigned"
            return event
        }
        return interface
    }

    private func record(_ call: VarlinkCall) {
        calls.withLock { $0.append((call.methodName, call.parameters)) }
    }

    /// Serves on a socket in a fresh temporary directory while `body` runs.
    func serve<Result: Sendable>(_ body: @Sendable (_ socketPath: String) async throws -> Result) async throws -> Result
    {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("tk-cli-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/admin.sock"
        var logger = Logger(label: "stub-tredjekraftd")
        logger.logLevel = .critical
        let server = VarlinkServer(
            configuration: .init(
                socketPath: path, internalErrorName: "io.tredjekraft.admin.InternalError",
                info: .init(vendor: "Tredje kraften", product: "stub", version: "0", url: "https://example.org")),
            interfaces: [try interface()], logger: logger)
        return try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await server.run() }
            try await server.waitUntilListening()
            defer { tasks.cancelAll() }
            return try await body(path)
        }
    }
}
