import Foundation
import Testing

@testable import Varlink

/// The protocol's own conformance check, `org.varlink.certification`, in both directions: the Python
/// reference client against our server, and our client against the Python reference server
/// (`pip install varlink`; `ops/test` provides it through `TREDJEKRAFT_TEST_VARLINK_PYTHON`).
@Suite("Varlink certification")
struct CertificationTests {
    /// How long a reference program may take to start, answer or finish before the test fails. A
    /// bound against hangs, far above what a loaded machine needs, not a speed requirement.
    static let limit = Duration.seconds(120)

    @Test func referenceClientCertifiesOurServer() async throws {
        let service = CertificationService()
        try await withTestServer(interfaces: [try service.makeInterface()]) { path, _, _ in
            let client = try ReferenceProcess.startPython(
                "Python reference client",
                ["-m", "varlink.tests.test_certification", "--client", "--varlink=unix:\(path)"])
            let status = try await client.waitForExit(within: Self.limit)
            #expect(
                status == 0 && client.stdout.contains("Certification passed"),
                "the reference client exited with \(status).\nstdout: \(client.stdout)\nstderr: \(client.stderr)")
        }
        #expect(service.certifiedClients == 1)
    }

    @Test func ourClientPassesTheReferenceServer() async throws {
        try await withReferenceServer { path in
            try await VarlinkClient.withConnection(unixSocketPath: path) { client in
                try await CertificationClient.run(client)
            }
        }
    }

    /// Off the script: the reference server streams Test10 even when called without `more` (systemd
    /// answers `ExpectedMore`, as our server does). Our client must not hand the second reply to
    /// the next call; like sd-varlink, it takes the stream as a protocol error and stops.
    @Test func ourClientRefusesAStreamItDidNotAskFor() async throws {
        try await withReferenceServer(hangsUpMidStream: true) { path in
            try await VarlinkClient.withConnection(unixSocketPath: path) { client in
                let (clientID, test10) = try await CertificationClient.runToTest10(client)
                let method = CertificationClient.method
                let error = try #require(
                    await #expect(throws: VarlinkClientError.self) {
                        try await client.call(method("Test10"), parameters: test10)
                    })
                guard case .invalidReply = error else {
                    Issue.record("Test10 without more failed with \(error), not invalidReply")
                    return
                }
                await #expect(throws: error) {
                    try await client.call(method("End"), parameters: ["client_id": .string(clientID)])
                }
            }
        }
    }

    /// Runs the Python reference server on a fresh socket while `body` talks to it, then ends it.
    ///
    /// - Parameter hangsUpMidStream: our client closes the connection while the server still streams
    ///   (it refuses a stream it did not ask for). Replies still unread then make the kernel reset the
    ///   connection, and the server logs that reset — or the broken pipe, if it writes after it — with
    ///   a traceback, depending on how far it had come. That, and only that, is expected then.
    private func withReferenceServer(
        hangsUpMidStream: Bool = false, _ body: @escaping @Sendable (_ path: String) async throws -> Void
    ) async throws {
        let directory = makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/certification.sock"
        let server = try ReferenceProcess.startPython(
            "Python reference server", ["-m", "varlink.tests.test_certification", "--varlink=unix:\(path)"])
        do {
            // Printed once the socket is bound and listening.
            try await server.waitForOutput(containing: "Listening on", within: Self.limit)
            try await server.talk(within: Self.limit) { try await body(path) }
        } catch {
            await server.stopAndWait()
            throw error
        }
        await server.stopAndWait()
        let complaints = server.stderr.split(separator: "\n").filter { $0.contains("Error") }
        let expected = complaints.allSatisfy {
            hangsUpMidStream && ($0.hasPrefix("ConnectionResetError") || $0.hasPrefix("BrokenPipeError"))
        }
        #expect(
            server.stderr.isEmpty || (hangsUpMidStream && !complaints.isEmpty && expected),
            "the reference server complained: \(server.stderr)")
    }

    /// Our client against our service: the same script from both sides, without Python.
    @Test func ourClientPassesOurServer() async throws {
        let service = CertificationService()
        try await withTestServer(interfaces: [try service.makeInterface()]) { path, _, _ in
            try await VarlinkClient.withConnection(unixSocketPath: path) { client in
                try await CertificationClient.run(client)
            }
        }
        #expect(service.certifiedClients == 1)
    }

    /// The service checks what it is sent, so the reference client's pass means something.
    @Test func ourServiceRefusesCallsOffTheScript() async throws {
        let service = CertificationService()
        try await withTestServer(interfaces: [try service.makeInterface()]) { path, _, _ in
            try await VarlinkClient.withConnection(unixSocketPath: path) { client in
                let method = CertificationClient.method
                await #expect(throws: VarlinkClientError.remote(CertificationService.clientIDError)) {
                    try await client.call(method("Test01"), parameters: ["client_id": "never-started"])
                }

                // A wrong value: refused with what was wanted, and the client is forgotten.
                var clientID = try #require(try await client.call(method("Start"))["client_id"]?.stringValue)
                _ = try await client.call(method("Test01"), parameters: ["client_id": .string(clientID)])
                let wrong: VarlinkObject = ["client_id": .string(clientID), "bool": false]
                let refusal = CertificationService.certificationError(
                    wants: [
                        "method": "org.varlink.certification.Test02",
                        "parameters": ["client_id": .string(clientID), "bool": true],
                    ],
                    got: ["method": "org.varlink.certification.Test02", "parameters": .object(wrong)])
                await #expect(throws: VarlinkClientError.remote(refusal)) {
                    try await client.call(method("Test02"), parameters: wrong)
                }
                await #expect(throws: VarlinkClientError.remote(CertificationService.clientIDError)) {
                    try await client.call(method("Test02"), parameters: ["client_id": .string(clientID), "bool": true])
                }

                // Out of order: Test02 before Test01.
                clientID = try #require(try await client.call(method("Start"))["client_id"]?.stringValue)
                let early = CertificationService.certificationError(
                    wants: ["method": "org.varlink.certification.Test01"],
                    got: ["method": "org.varlink.certification.Test02"])
                await #expect(throws: VarlinkClientError.remote(early)) {
                    try await client.call(method("Test02"), parameters: ["client_id": .string(clientID), "bool": true])
                }

                // A streaming method called without `more`: ExpectedMore, as in systemd.
                let (_, test10) = try await CertificationClient.runToTest10(client)
                await #expect(throws: VarlinkClientError.remote(.expectedMore)) {
                    try await client.call(method("Test10"), parameters: test10)
                }
            }
        }
        #expect(service.certifiedClients == 0)
    }
}
