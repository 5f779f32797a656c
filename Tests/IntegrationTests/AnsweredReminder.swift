import Foundation
import MailTestSupport
import TestSupport
import Testing
import Varlink

/// A reminder the daemon delivered through msmtp to the SMTP sink with a reply address, and the
/// answer line it offers — what every test of answers by mail starts from, whichever way the reply
/// then travels (an MTA's pipe, fetchmail from an IMAP mailbox).
struct AnsweredReminder {
    /// The delivered letter as Python's `email` package reads it.
    var letter: DeliveredMail
    /// The letter's file in the sink (what `make_reply.py` answers).
    var file: String
    /// The `KLART` keyword the letter offers, with its item number when it has several (`KLART 2`).
    var keyword: String
    /// How many letters the reminder run sent: replies and confirmations come after them in the sink.
    var sent: Int

    /// `Python/make_reply.py` beside this file.
    static let makeReplyScript = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Python/make_reply.py").path

    /// The daemon's configuration lines: mail through `sink`'s msmtp, reply addresses
    /// `tredjekraft+{token}@kommun.se`, the reply key in `setup`'s directory.
    static func configuration(_ setup: AdminDaemonSetup, sink: SMTPSink) -> [String] {
        DaemonMailTests().mailLines(sendmail: sink.msmtp) + [
            "  reply_to: \"tredjekraft+{token}@kommun.se\"", "  reply_token:",
            "    key_file: \(setup.directory)/reply-token.keys",
        ]
    }

    /// Loads the demo, runs the reminders, waits until the sink has every letter and picks the first
    /// that has a reply address and offers `KLART`.
    static func send(_ daemon: RunningDaemon, to sink: SMTPSink) async throws -> AnsweredReminder {
        _ = try await daemon.loadDemo()
        let ran = try await daemon.call("io.tredjekraft.admin.RunReminders")
        let count = Int(try #require(ran["messages"]?.intValue))
        try await sink.waitFor(count, timeout: .seconds(120))
        let letters = try await sink.messages()
        let files = sink.files
        #expect(letters.count == files.count)
        let offered = zip(letters, files).compactMap { letter, file in
            letter.replyTo != nil
                ? offeredDone(letter.text ?? "").map {
                    AnsweredReminder(letter: letter, file: file, keyword: $0, sent: count)
                }
                : nil
        }
        return try #require(offered.first, "no letter offers KLART: \(letters.map(\.subject))")
    }

    /// The first line of a letter that offers `KLART`, with its item number when the letter has several.
    static func offeredDone(_ text: String) -> String? {
        text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.first {
            $0.hasPrefix("KLART")
        }.map { line in String(line.prefix { $0 != ":" }) }
    }

    /// A reply to this letter made by `make_reply.py` in `shape` (`gmail`, `outlook`, `quote`): the answer
    /// line is `<keyword>: <summary>`. Written to `path` (and read back), since not every shape is UTF-8.
    func reply(shape: String, summary: String, from sender: String = "Anna Chef <anna.chef@lund.se>", path: String)
        async throws -> Data
    {
        let made = try await runChild(
            try PythonVarlink.interpreter(),
            [Self.makeReplyScript, file, shape, "\(keyword): \(summary)", sender, path])
        #expect(made.status == 0, "\(made)")
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }

    /// `IssueImplemented` entries in the history of the issue the last received message acted on, with
    /// the received list itself.
    static func implementedEntries(_ daemon: RunningDaemon) async throws -> (
        received: [VarlinkValue], implemented: [VarlinkValue]
    ) {
        let received = try await daemon.call("io.tredjekraft.admin.ListReceivedMail")
        let entries = received["messages"]?.arrayValue ?? []
        let issue = try #require(entries.last?.objectValue?["issues"]?.arrayValue?.first?.stringValue)
        let history = try await daemon.call("io.tredjekraft.admin.IssueHistory", ["issueId": .string(issue)])
        let implemented = (history["entries"]?.arrayValue ?? []).filter {
            $0.objectValue?["eventType"]?.stringValue == "IssueImplemented"
        }
        return (entries, implemented)
    }
}
