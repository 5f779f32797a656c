import Demo
import Domain
import Foundation
import MailTestSupport
import Testing
import Varlink

/// What was sent can be read again (`mail show`, `digest list`), and every time a person reads is on
/// the organisation's clock (issue 29, items 10 and 13) — against a real daemon and SMTP sink.
@Suite struct SentMailTests {
    @Test(.timeLimit(.minutes(5))) func aDigestAsItWentOutAndAPrintedLetterCanBeFetchedAgain() async throws {
        try await withDemoDaemonAndSink { daemon, sink, today in
            let month = CalendarMonth(containing: today).previous.description
            let lund = DemoScenario.lundCouncil.description
            // Lund without an address: its digest is printed as a file under the state directory.
            let removed = try await daemon.cli(["contact", "remove", "rad", lund])
            #expect(removed.status == 0, "\(removed)")
            let sent = try await daemon.cli(["digest", "send", "--month", month])
            #expect(sent.status == 0, "\(sent)")
            let listed = try await daemon.call("io.tredjekraft.admin.ListDigests", ["month": .string(month)])
            let digests = listed["digests"]?.arrayValue?.compactMap(\.objectValue) ?? []
            let printed = try #require(digests.first { $0["recipientId"]?.stringValue == lund })
            let printedId = try #require(printed["digestId"]?.stringValue)
            let printedAs = try #require(printed["printedAs"]?.stringValue)
            let mailedCount = digests.count { $0["mailId"]?.stringValue != nil }
            try await sink.waitFor(mailedCount, timeout: .seconds(120))

            // digest list: the printed letter's file and how to fetch it.
            let list = try await daemon.cli(["digest", "list", "--month", month])
            #expect(list.status == 0, "\(list)")
            #expect(list.output.contains(printedAs), "\(list)")
            let fetch = "tredjekraft mail show \(printedId.prefix(8)) -o brev.html"
            #expect(list.output.contains("hämta med: \(fetch)"), "\(list)")

            // mail show of the printed digest: the file, byte for byte.
            let file = daemon.setup.directory + "/state/" + printedAs
            let onDisk = try String(contentsOfFile: file, encoding: .utf8)
            let target = daemon.setup.directory + "/brev.html"
            let saved = try await daemon.cli(["mail", "show", String(printedId.prefix(8)), "-o", target])
            #expect(saved.status == 0, "\(saved)")
            #expect(try String(contentsOfFile: target, encoding: .utf8) == onDisk)
            let shown = try await daemon.cli(["mail", "show", String(printedId.prefix(8)), "--html"])
            #expect(shown.output == onDisk + (onDisk.hasSuffix("\n") ? "" : "\n"))

            // mail show of a mailed digest: both parts, as the SMTP sink received them.
            let letters = try await sink.messages()
            let outbox = try await daemon.call("io.tredjekraft.admin.ListMail", [:])
            let message = try #require(
                outbox["messages"]?.arrayValue?.compactMap(\.objectValue).first {
                    $0["purpose"]?.stringValue == "digest"
                })
            let mailId = try #require(message["id"]?.stringValue)
            let subject = try #require(message["subject"]?.stringValue)
            let received = try #require(letters.first { $0.subject == subject })
            let both = try await daemon.cli(["mail", "show", String(mailId.prefix(8))])
            #expect(both.status == 0, "\(both)")
            #expect(both.output.contains("Ämne:     \(subject)") || both.output.contains(subject))
            #expect(both.output.contains("── Textdelen") && both.output.contains("── HTML-delen"), "\(both)")
            let normalise = { (text: String) in
                text.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            }
            let html = try await daemon.cli(["mail", "show", String(mailId.prefix(8)), "--html"])
            #expect(normalise(html.output) == normalise(try #require(received.html)))
            let textFile = daemon.setup.directory + "/text.txt"
            let text = try await daemon.cli(["mail", "show", mailId, "-o", textFile])
            #expect(text.status == 0, "\(text)")
            #expect(
                normalise(try String(contentsOfFile: textFile, encoding: .utf8))
                    == normalise(try #require(received.text)))

            // A long part comes in chunks over the socket and is whole again in the CLI.
            let first = try await daemon.call(
                "io.tredjekraft.admin.ShowMail", ["id": .string(mailId), "part": .string("html"), "offset": .int(0)])
            #expect(first["kind"] == .string("mail") && first["hasHtml"] == .bool(true))

            // Unknown ids and a bad part answer in words.
            let unknown = try await daemon.cli(["mail", "show", "abcdef12"])
            #expect(unknown.status == 1, "\(unknown)")
            let bad = try await daemon.error(
                of: "io.tredjekraft.admin.ShowMail", ["id": .string(mailId), "part": "pdf"])
            #expect(bad?.name == "org.varlink.service.InvalidParameter")
        }
    }

    @Test(.timeLimit(.minutes(5))) func timesArePrintedOnTheOrganisationsClock() async throws {
        let sink = try await SMTPSink.start()
        defer { sink.kill() }
        try await withDaemonSetup { setup in
            try setup.writeConfiguration(extra: DaemonMailTests().mailLines(sendmail: sink.msmtp))
            let daemon = try await setup.start(run: 1)
            // status: the JSON keeps ISO 8601 with Stockholm's offset; the table has no UTC.
            let json = try await daemon.cli(["status", "--json"])
            let status = try JSONDecoder().decode(VarlinkObject.self, from: Data(json.output.utf8))
            let startedAt = try #require(status["startedAt"]?.stringValue)
            #expect(startedAt.hasSuffix("+01:00") || startedAt.hasSuffix("+02:00"), "\(startedAt)")
            let table = try await daemon.cli(["status"])
            #expect(table.status == 0, "\(table)")
            #expect(!table.output.contains("UTC"), "\(table)")
            let contact = try await daemon.cli(["contact", "set", "agare", "Enhetschef", "chef@example.org"])
            #expect(contact.status == 0, "\(contact)")
            let contacts = try await daemon.cli(["contact", "list"])
            #expect(!contacts.output.contains("UTC"), "\(contacts)")

            // The test message's body says the time its Date header says.
            let test = try await daemon.cli(["mail", "test", "--to", "du@example.org"])
            #expect(test.status == 0, "\(test)")
            try await sink.waitFor(1, timeout: .seconds(60))
            let raw = try String(contentsOfFile: try #require(sink.files.first), encoding: .utf8)
            let dateLine = try #require(raw.split(whereSeparator: \.isNewline).first { $0.hasPrefix("Date: ") })
            // "Date: Mon, 07 Dec 2026 18:42:05 +0100": the hour and minute, on the sender's clock.
            let time = try #require(dateLine.split(separator: " ").first { $0.filter { $0 == ":" }.count == 2 })
            let body = try #require(try await sink.messages().first?.text)
            #expect(body.contains(" \(time.prefix(5)).") || body.contains(" \(time.prefix(5))"), "\(dateLine)\n\(body)")
            _ = await daemon.stop()
        }
    }
}
