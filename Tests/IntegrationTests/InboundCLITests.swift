import Foundation
import TestSupport
import Testing

/// `tredjekraft mail receive` as a mail system runs it: one message on standard input, exit 0 when the
/// daemon took it (whatever became of it), 75 when it could not be handed over — and only the
/// mailgate role (or root) may hand it over.
@Suite(.serialized) struct InboundCLITests {
    /// A reply in ISO-8859-1: 8-bit bytes that are not UTF-8, as some clients still send.
    static func message(id: String = UUID().uuidString) -> Data {
        let text =
            """
            From: Anna Chef <anna.chef@lund.se>\r
            To: tredjekraft@kommun.se\r
            Subject: Sv: Påminnelse\r
            Message-ID: <\(id)@example.org>\r
            Content-Type: text/plain; charset=iso-8859-1\r
            \r
            KLART: \u{e5}tg\u{e4}rdat\r

            """
        return text.data(using: .isoLatin1) ?? Data()
    }

    static func receive(_ socket: String, as user: TestUser? = nil, input: Data) async throws -> ChildOutput {
        try await runChild(
            try builtBinary("tredjekraft"), ["mail", "receive", "--socket", socket], as: user, input: input,
            environment: ProcessInfo.processInfo.environment.filter { $0.key != "TREDJEKRAFT_SOCKET" })
    }

    @Test(.timeLimit(.minutes(1))) func aDaemonAwayIsATemporaryFailure() async throws {
        let away = try await Self.receive(
            "/tmp/tk-no-daemon-\(UUID().uuidString.prefix(8)).sock", input: Self.message())
        #expect(away.status == 75, "\(away)")
    }

    @Test(.timeLimit(.minutes(3))) func theMailgateHandsOverAndNobodyElse() async throws {
        try await withAdminDaemon(AdminDaemonOptions(readers: ["nobody"], mailgates: ["daemon"])) { running in
            let message = Self.message()
            let gate = try await Self.receive(running.socket, as: .daemon, input: message)
            #expect(gate.status == 0, "\(gate)")
            #expect(gate.stdout.contains("avvisat: ingen svarskod"), "\(gate)")
            // The same message again: taken, nothing new.
            let again = try await Self.receive(running.socket, as: .daemon, input: message)
            #expect(again.status == 0 && again.stdout.contains("redan kommit"), "\(again)")
            // A reader is no mail gate: the mail system keeps the message and tries later.
            let reader = try await Self.receive(running.socket, as: .nobody, input: Self.message())
            #expect(reader.status == 75, "\(reader)")
            // And the gate may do nothing else.
            let list = try await runChild(
                try builtBinary("tredjekraft"), ["issue", "list", "--socket", running.socket], as: .daemon)
            #expect(list.status == 4, "\(list)")
            // Too large: taken (exit 0) and recorded as such, from its head only.
            var huge = Self.message()
            huge.append(Data(repeating: 0x41, count: 800 * 1024))
            let large = try await Self.receive(running.socket, input: huge)
            #expect(large.status == 0 && large.stdout.contains("för stort"), "\(large)")

            let received = try await running.cli(["mail", "received", "--failed"])
            #expect(received.status == 0, "\(received)")
            #expect(received.output.contains("okänd avsändare"), "\(received)")
            #expect(!received.output.contains("anna.chef"))
        }
    }
}
