import Foundation
import Testing

@testable import Mail

@Suite struct MailMessageTests {
    static let from = try! Mailbox("tredjekraft@kommun.example.org", displayName: "Tredje kraften", field: "From")
    static let council = try! Mailbox("brukarradet@example.org", displayName: "Brukarrådet Vuxenstöd Lund", field: "To")
    static let when = Date(timeIntervalSince1970: 1_796_000_000)
    static let stockholm = TimeZone(identifier: "Europe/Stockholm")!

    static func message(
        subject: String = "Återkoppling i november: vad hände med förslagen?", text: String = "Hej!",
        html: String? = nil, kind: MailMessage.Kind = .digest
    ) throws -> MailMessage {
        try MailMessage(
            from: from, to: [council], subject: subject, kind: kind, date: when, timeZone: stockholm,
            messageKey: "digest-2026-11-council-5dadb650", text: text, html: html)
    }

    // MARK: Refused by construction

    @Test(arguments: ["Hej\r\nBcc: alla@example.org", "Hej\nBcc: x@example.org", "Hej\u{0}", "tab\there"])
    func aSubjectWithAControlCharacterIsRefused(_ subject: String) {
        #expect(throws: MailError.controlCharacter(field: "Subject")) { try Self.message(subject: subject) }
    }

    @Test func aDisplayNameOrAddressWithALineBreakIsRefused() {
        #expect(throws: MailError.controlCharacter(field: "To (name)")) {
            try Mailbox("rad@example.org", displayName: "Rådet\r\nBcc: x@example.org", field: "To")
        }
        #expect(throws: MailError.controlCharacter(field: "To")) {
            try Mailbox("rad@example.org\nBcc: x@example.org", field: "To")
        }
    }

    @Test(arguments: [
        "utan-snabel-a", "två@@example.org", "a@localhost", ".punkt@example.org", "a..b@example.org",
        "åsa@example.org", "a@-kommun.se", "a@kommun.se-", "a b@example.org", "\"citat\"@example.org",
        String(repeating: "a", count: 65) + "@example.org",
    ])
    func notAMailboxIsRefusedNamingTheField(_ address: String) {
        do {
            _ = try Mailbox(address, field: "rådets adress")
            Issue.record("\(address) was accepted")
        } catch {
            guard case .invalidAddress(let field, let value, _) = error else {
                Issue.record("\(address): \(error)")
                return
            }
            #expect(field == "rådets adress")
            #expect(value == address)
        }
    }

    @Test func ordinaryAddressesAreAccepted() throws {
        for address in [
            "a@b.se", "förnamn.efternamn@kommun.se".replacingOccurrences(of: "ö", with: "o"), "x+tag@xn--mlnd-loa.se",
        ] {
            #expect(try Mailbox(address, field: "To").address == address)
        }
    }

    @Test func aSubjectOverTheLimitAndNoRecipientAreRefused() throws {
        #expect(throws: MailError.tooLong(field: "Subject", limit: 200)) {
            try Self.message(subject: String(repeating: "ö", count: 201))
        }
        #expect(throws: MailError.noRecipient) {
            try MailMessage(
                from: Self.from, to: [], subject: "x", kind: .test, date: Self.when, timeZone: Self.stockholm,
                messageKey: "k", text: "")
        }
        #expect(throws: MailError.invalidMessageKey("a b")) {
            try MailMessage(
                from: Self.from, to: [Self.council], subject: "x", kind: .test, date: Self.when,
                timeZone: Self.stockholm, messageKey: "a b", text: "")
        }
    }

    // MARK: Rendered

    @Test func everyLineIsShortASCIIAndTheHeadersAreThere() throws {
        let long = String(repeating: "Brukarna vill veta vad som händer med deras förslag – ", count: 20)
        let rendered = try Self.message(text: long + "\nslut  ", html: "<p>\(long)</p>").rendered()
        for line in rendered.split(separator: "\n", omittingEmptySubsequences: false) {
            #expect(line.allSatisfy { $0.isASCII }, "\(line)")
            #expect(line.utf8.count <= 78, "\(line.utf8.count): \(line)")
        }
        let headers = rendered.components(separatedBy: "\n\n")[0]
        #expect(headers.contains("Message-ID: <digest-2026-11-council-5dadb650@kommun.example.org>"))
        #expect(headers.contains("Date: Mon, 30 Nov 2026 "))
        #expect(headers.contains("Auto-Submitted: auto-generated"))
        #expect(headers.contains("Precedence: bulk"))
        #expect(headers.contains("MIME-Version: 1.0"))
        #expect(!(try Self.message(kind: .reminder).rendered().contains("Precedence")))
        #expect(try Self.message().rendered() == Self.message().rendered(), "the same message renders the same")
        #expect(try Self.message().rendered(lineEnding: .crlf).contains("\r\nSubject: =?UTF-8?B?"))
    }

    /// Python's own e-mail parser reads back exactly what was meant: an independent check of the
    /// encoded words, the folding, quoted-printable and the multipart structure.
    @Test func anIndependentParserReadsBackWhatWasMeant() async throws {
        let long = String(repeating: "Återkoppling=ärende åäö ", count: 30)
        let text =
            "Hej Brukarrådet!\n\nFörslaget \"Tid att lyssna\" blev ärende 5dadb650.\nRad med = och  \n.\n\(long)\nSlut."
        let html = "<h1>Återkoppling</h1>\n<p>Förslaget blev ärende 5dadb650 – läs mer.</p>"
        let subject = "Återkoppling i november: vad hände med förslagen från Brukarrådet Vuxenstöd Lund?"
        let rendered = try Self.message(subject: subject, text: text, html: html).rendered()
        let parsed = try await PythonEmail.parse(rendered)
        #expect(parsed["subject"] == subject)
        #expect(parsed["from"] == "Tredje kraften <tredjekraft@kommun.example.org>")
        #expect(parsed["to"] == "Brukarrådet Vuxenstöd Lund <brukarradet@example.org>")
        #expect(parsed["content_type"] == "multipart/alternative")
        #expect(parsed["text"] == text)
        #expect(parsed["html"] == html)
        #expect(parsed["defects"] == "0")

        let plain = try await PythonEmail.parse(
            try Self.message(text: text, kind: .reminder).rendered(lineEnding: .crlf))
        #expect(plain["content_type"] == "text/plain")
        // Python keeps the CRLF line endings of the input in the decoded text.
        #expect(plain["text"]?.replacingOccurrences(of: "\r\n", with: "\n") == text + "\n")
        #expect(plain["defects"] == "0")
    }

    /// A letter that can be answered carries its reply address as `Reply-To`, folded like the other
    /// headers; without one there is no `Reply-To` at all. A reply address cannot carry a header.
    @Test func aReplyAddressIsAReplyToHeader() async throws {
        // A token is 48 characters; the address folds onto a line of its own after the name.
        let token = String(repeating: "abcdefgh", count: 5) + "23456723"
        let reply = try Mailbox("tredjekraft+\(token)@lund.se", displayName: "Tredje kraften", field: "Reply-To")
        let message = try MailMessage(
            from: Self.from, to: [Self.council], subject: "Två ärenden väntar på dig", kind: .reminder,
            date: Self.when, timeZone: Self.stockholm, messageKey: "tredjekraft.5dadb650", text: "Hej!",
            replyTo: reply)
        let rendered = message.rendered()
        let headers = rendered.components(separatedBy: "\n\n")[0]
        #expect(headers.contains("Reply-To: Tredje kraften"))
        for line in rendered.split(separator: "\n") { #expect(line.utf8.count <= 78, "\(line)") }
        let parsed = try await PythonEmail.parse(rendered)
        #expect(parsed["reply_to"] == "Tredje kraften <tredjekraft+\(token)@lund.se>")
        #expect(parsed["defects"] == "0")
        let without = try await PythonEmail.parse(try Self.message(kind: .reminder).rendered())
        #expect(without["reply_to"] == "None")
        #expect(!(try Self.message(kind: .reminder).rendered().contains("Reply-To")))
        for hostile in ["svar+x@kommun.se\r\nBcc: alla@example.org", "svar+x@kommun.se\nBcc: x@example.org"] {
            #expect(throws: MailError.self) { try Mailbox(hostile, field: "Reply-To") }
        }
    }
}

/// Runs `python3`'s `email` package over a message and returns what it read.
enum PythonEmail {
    static let script = """
        import email, email.policy, json, sys
        message = email.message_from_bytes(sys.stdin.buffer.read(), policy=email.policy.default)
        out = {"subject": str(message["subject"]), "from": str(message["from"]), "to": str(message["to"]),
               "reply_to": str(message["reply-to"]),
               "content_type": message.get_content_type(), "defects": str(len(message.defects))}
        for part in message.walk():
            if part.get_content_type() == "text/plain": out["text"] = part.get_content()
            if part.get_content_type() == "text/html": out["html"] = part.get_content()
            out["defects"] = str(int(out["defects"]) + len(part.defects))
        print(json.dumps(out))
        """

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Runs Python's parser with the message in a file and its answer in another: files, not pipes, as
    /// for every child the suite starts. Its end is awaited through its termination handler, never by
    /// blocking a thread of the cooperative pool.
    static func parse(_ message: String) async throws -> [String: String] {
        let base = FileManager.default.temporaryDirectory.path + "/tk-mailparse-\(UUID().uuidString.prefix(8))"
        try Data(message.utf8).write(to: URL(fileURLWithPath: base + ".eml"))
        FileManager.default.createFile(atPath: base + ".json", contents: nil)
        defer {
            try? FileManager.default.removeItem(atPath: base + ".eml")
            try? FileManager.default.removeItem(atPath: base + ".json")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", script]
        let input = try FileHandle(forReadingFrom: URL(fileURLWithPath: base + ".eml"))
        let output = try FileHandle(forWritingTo: URL(fileURLWithPath: base + ".json"))
        process.standardInput = input
        process.standardOutput = output
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
        try? input.close()
        try? output.close()
        let data = try Data(contentsOf: URL(fileURLWithPath: base + ".json"))
        guard status == 0,
            let object = try JSONSerialization.jsonObject(with: data) as? [String: String]
        else {
            throw Failure(description: "python3 could not parse the message: \(String(decoding: data, as: UTF8.self))")
        }
        return object
    }
}
