import Domain
import Foundation
import MailTestSupport
import TestSupport
import Testing
import Varlink

/// Answers by mail with the real parts: the daemon sends reminders through msmtp to the SMTP sink with
/// a reply address; Python's `email` package makes a reply from a delivered letter as a mail client
/// would; `tredjekraft mail receive` hands it over as an MTA's pipe would — and the issue changes once,
/// however often the reply is delivered.
@Suite(.serialized) struct InboundMailEndToEndTests {
    static func receive(_ socket: String, _ message: Data) async throws -> ChildOutput {
        try await runChild(
            try builtBinary("tredjekraft"), ["mail", "receive", "--socket", socket], input: message,
            environment: ProcessInfo.processInfo.environment.filter { $0.key != "TREDJEKRAFT_SOCKET" })
    }

    @Test(.timeLimit(.minutes(5))) func aReminderAnsweredKlartMovesTheIssueOnce() async throws {
        let sink = try await SMTPSink.start()
        defer { sink.kill() }
        try await withDaemonSetup { setup in
            try setup.writeConfiguration(extra: AnsweredReminder.configuration(setup, sink: sink))
            let daemon = try await setup.start(run: 1)
            let reminder = try await AnsweredReminder.send(daemon, to: sink)
            #expect(reminder.letter.replyTo?.contains("tredjekraft+") == true)

            let reply = try await reminder.reply(
                shape: "gmail", summary: "Kvällsöppet från februari, beslutat i ledningsgruppen.",
                path: setup.directory + "/reply-gmail.eml")
            let first = try await Self.receive(daemon.socket, reply)
            #expect(first.status == 0, "\(first)")
            #expect(first.stdout.contains("infört i ärendet"), "\(first)")
            // The MTA delivers it again: taken, nothing more.
            let second = try await Self.receive(daemon.socket, reply)
            #expect(second.status == 0 && second.stdout.contains("redan kommit"), "\(second)")

            // The same answer from Outlook (HTML only, "Från: … Skickat: …") and with plain `>` quoting in
            // ISO-8859-1: read alike, and refused now because the issue is already implemented.
            for shape in ["outlook", "quote"] {
                let other = try await reminder.reply(
                    shape: shape, summary: "Kvällsöppet.", path: setup.directory + "/reply-\(shape).eml")
                let taken = try await Self.receive(daemon.socket, other)
                #expect(taken.status == 0, "\(shape): \(taken)")
                #expect(taken.stdout.contains("ärendet tillåter inte"), "\(shape): \(taken)")
            }

            let (entries, implemented) = try await AnsweredReminder.implementedEntries(daemon)
            #expect(entries.count == 3)
            #expect(entries.last?.objectValue?["outcome"]?.stringValue == "applied")
            #expect(implemented.count == 1)
            #expect(implemented.first?.objectValue?["actor"]?.stringValue?.hasSuffix(", via e-post") == true)

            // The confirmation goes out threaded to the reply, as an auto-reply.
            try await sink.waitFor(reminder.sent + 3, timeout: .seconds(120))
            let answers = try await sink.messages().dropFirst(reminder.sent)
            let confirmation = try #require(answers.first { $0.text?.contains("Tack!") == true })
            #expect(confirmation.toAddress == "anna.chef@lund.se")
            #expect(confirmation.autoSubmitted == "auto-replied")
            #expect(confirmation.text?.contains("Tack!") == true)
            #expect(await daemon.stop() == 0)
        }
    }
}
