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
    static let makeReply = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Python/make_reply.py").path

    /// The first line of a letter that offers `KLART`, with its item number when the letter has several.
    static func offeredDone(_ text: String) -> String? {
        text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.first {
            $0.hasPrefix("KLART")
        }.map { line in String(line.prefix { $0 != ":" }) }
    }

    static func receive(_ socket: String, _ message: Data) async throws -> ChildOutput {
        try await runChild(
            try builtBinary("tredjekraft"), ["mail", "receive", "--socket", socket], input: message,
            environment: ProcessInfo.processInfo.environment.filter { $0.key != "TREDJEKRAFT_SOCKET" })
    }

    @Test(.timeLimit(.minutes(5))) func aReminderAnsweredKlartMovesTheIssueOnce() async throws {
        let sink = try await SMTPSink.start()
        defer { sink.kill() }
        try await withDaemonSetup { setup in
            try setup.writeConfiguration(
                extra: DaemonMailTests().mailLines(sendmail: sink.msmtp) + [
                    "  reply_to: \"tredjekraft+{token}@kommun.se\"", "  reply_token:",
                    "    key_file: \(setup.directory)/reply-token.keys",
                ])
            let daemon = try await setup.start(run: 1)
            _ = try await daemon.loadDemo()
            let ran = try await daemon.call("io.tredjekraft.admin.RunReminders")
            let count = Int(try #require(ran["messages"]?.intValue))
            try await sink.waitFor(count, timeout: .seconds(120))
            let letters = try await sink.messages()
            let files = sink.files
            #expect(letters.count == files.count)
            let offered = zip(letters, files).compactMap { letter, file in
                letter.replyTo != nil ? Self.offeredDone(letter.text ?? "").map { (letter, file, $0) } : nil
            }
            let (letter, file, keyword) = try #require(
                offered.first, "no letter offers KLART: \(letters.map(\.subject))")
            #expect(letter.replyTo?.contains("tredjekraft+") == true)

            let python = try PythonVarlink.interpreter()
            let made = try await runChild(
                python,
                [Self.makeReply, file, "gmail", "\(keyword): Kvällsöppet från februari, beslutat i ledningsgruppen."])
            #expect(made.status == 0, "\(made)")
            let reply = Data(made.stdout.utf8)

            let first = try await Self.receive(daemon.socket, reply)
            #expect(first.status == 0, "\(first)")
            #expect(first.stdout.contains("infört i ärendet"), "\(first)")
            // The MTA delivers it again: taken, nothing more.
            let second = try await Self.receive(daemon.socket, reply)
            #expect(second.status == 0 && second.stdout.contains("redan kommit"), "\(second)")

            // The same answer from Outlook (HTML only, "Från: … Skickat: …") and with plain `>` quoting in
            // ISO-8859-1: read alike, and refused now because the issue is already implemented.
            for shape in ["outlook", "quote"] {
                // A file, not standard output: the ISO-8859-1 reply is not UTF-8 text.
                let path = setup.directory + "/reply-\(shape).eml"
                let other = try await runChild(
                    python,
                    [Self.makeReply, file, shape, "\(keyword): Kvällsöppet.", "Anna Chef <anna.chef@lund.se>", path])
                #expect(other.status == 0, "\(other)")
                let taken = try await Self.receive(daemon.socket, try Data(contentsOf: URL(fileURLWithPath: path)))
                #expect(taken.status == 0, "\(shape): \(taken)")
                #expect(taken.stdout.contains("ärendet tillåter inte"), "\(shape): \(taken)")
            }

            let received = try await daemon.call("io.tredjekraft.admin.ListReceivedMail")
            let entries = received["messages"]?.arrayValue ?? []
            #expect(entries.count == 3)
            #expect(entries.last?.objectValue?["outcome"]?.stringValue == "applied")
            let issue = try #require(entries.last?.objectValue?["issues"]?.arrayValue?.first?.stringValue)
            let history = try await daemon.call("io.tredjekraft.admin.IssueHistory", ["issueId": .string(issue)])
            let implemented = (history["entries"]?.arrayValue ?? []).filter {
                $0.objectValue?["eventType"]?.stringValue == "IssueImplemented"
            }
            #expect(implemented.count == 1)
            #expect(implemented.first?.objectValue?["actor"]?.stringValue?.hasSuffix(", via e-post") == true)

            // The confirmation goes out threaded to the reply, as an auto-reply.
            try await sink.waitFor(count + 3, timeout: .seconds(120))
            let answers = try await sink.messages().dropFirst(count)
            let confirmation = try #require(answers.first { $0.text?.contains("Tack!") == true })
            #expect(confirmation.toAddress == "anna.chef@lund.se")
            #expect(confirmation.autoSubmitted == "auto-replied")
            #expect(confirmation.text?.contains("Tack!") == true)
            #expect(await daemon.stop() == 0)
        }
    }
}
