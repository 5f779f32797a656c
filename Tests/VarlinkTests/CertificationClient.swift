import Testing

@testable import Varlink

/// Drives a server through `org.varlink.certification` with our ``VarlinkClient``, as the reference
/// client does: `Start`, `Test01` … `Test09` each carrying what the previous call returned, the
/// streamed `Test10`, the oneway `Test11` with Test10's strings, and `End`. Every reply is checked
/// against ``Certification``; a reply's members the interface does not declare are left out before
/// checking and forwarding, as a client reading the interface does.
enum CertificationClient {
    /// Runs the whole sequence on `client`; records an issue for every reply that differs.
    static func run(_ client: VarlinkClient) async throws {
        let (clientID, test10) = try await runToTest10(client)

        var strings: [VarlinkValue] = []
        for try await reply in try await client.callMore(method("Test10"), parameters: test10) {
            let index = strings.count
            guard index < Certification.streamedReplies.count else {
                Issue.record("Test10 sent more than \(Certification.streamedReplies.count) replies: \(reply)")
                break
            }
            let wanted = Certification.streamedReplies[index]
            let got = declared(reply, like: wanted)
            expect(got, matches: wanted, "Test10 reply \(index + 1)")
            strings.append(got["string"] ?? .null)
        }
        #expect(
            strings.count == Certification.streamedReplies.count,
            "Test10 ended after \(strings.count) replies, not \(Certification.streamedReplies.count)")

        try await client.callOneway(
            method("Test11"), parameters: with(clientID, ["last_more_replies": .array(strings)]))

        let end = try await client.call(method("End"), parameters: with(clientID, [:]))
        expect(end, matches: Certification.endReply, "End")
    }

    /// Runs `Start` … `Test09`; returns the client id and Test10's parameters (Test09's reply).
    static func runToTest10(_ client: VarlinkClient) async throws -> (clientID: String, test10: VarlinkObject) {
        let start = try await client.call(method("Start"))
        let clientID = try #require(start["client_id"]?.stringValue, "Start answered no client_id: \(start)")
        var previous: VarlinkObject = [:]
        for step in Certification.steps {
            let reply = try await client.call(method(step.method), parameters: with(clientID, previous))
            previous = declared(reply, like: step.reply)
            expect(previous, matches: step.reply, step.method)
        }
        return (clientID, with(clientID, previous))
    }

    static func method(_ name: String) -> String { "\(Certification.interfaceName).\(name)" }

    static func with(_ clientID: String, _ parameters: VarlinkObject) -> VarlinkObject {
        parameters.merging(["client_id": .string(clientID)]) { _, id in id }
    }

    /// `reply` without the members `wanted` (the declared reply) does not have.
    private static func declared(_ reply: VarlinkObject, like wanted: VarlinkObject) -> VarlinkObject {
        reply.filter { wanted.keys.contains($0.key) }
    }

    private static func expect(
        _ got: VarlinkObject, matches wanted: VarlinkObject, _ step: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(
            Certification.matches(.object(got), .object(wanted)), "\(step) replied \(got), wanted \(wanted)",
            sourceLocation: sourceLocation)
    }
}
