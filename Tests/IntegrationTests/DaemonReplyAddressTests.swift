import Domain
import Foundation
import MailTestSupport
import Mailer
import Postgres
import PostgresTestSupport
import Replies
import Testing
import Varlink

#if canImport(Glibc)
import Glibc
#endif

/// Letters that can be answered, from a real daemon (issue 31, outbound): with `mail.reply_to` the demo's
/// reminders say what to write back and carry a `Reply-To` whose token verifies with the daemon's own key
/// file (made 0600 at start); `RotateReplyTokenKey` keeps the old token valid; a key file others can
/// read stops the next start, naming the file.
@Suite struct DaemonReplyAddressTests {
    static let template = "svar+{token}@example.org"

    @Test func remindersCarryAReplyAddressThatVerifiesAcrossARotation() async throws {
        let sink = try await SMTPSink.start()
        defer { sink.kill() }
        try await withDaemonSetup { setup in
            let mail =
                DaemonMailTests().mailLines(sendmail: sink.msmtp) + [
                    "  reply_to: \"\(Self.template)\"", "  reply_token:", "    valid_days: 30",
                ]
            try setup.writeConfiguration(extra: mail)
            let daemon = try await setup.start(run: 1)
            let keyFile = setup.directory + "/state/reply-token.keys"
            var status = stat()
            #expect(stat(keyFile, &status) == 0 && UInt32(status.st_mode) & 0o777 == 0o600)
            _ = try await daemon.loadDemo()
            let ran = try await daemon.call("io.tredjekraft.admin.RunReminders")
            let messages = Int(try #require(ran["messages"]?.intValue))
            try await sink.waitFor(messages, timeout: .seconds(120))
            let letters = try await sink.messages()
            let answerable = letters.filter { ($0.text ?? "").contains("Svara på det här brevet") }
            #expect(!answerable.isEmpty)
            for letter in letters {
                #expect(letter.defects.isEmpty && letter.htmlErrors.isEmpty, "\(letter.subject)")
                // A Reply-To exactly on the letters that say how to answer.
                #expect((letter.replyTo != nil) == answerable.contains { $0.messageId == letter.messageId })
            }
            let keys = ReplyKeyStore(source: .file(keyFile), validDays: 30)
            var tokens: [ReplyToken] = []
            for letter in answerable {
                let token = try #require(ReplyToken.find(in: [letter.replyTo ?? ""], template: Self.template))
                #expect(letter.messageId == "<tredjekraft.\(token.mail)@example.org>")
                tokens.append(token)
            }
            // Each token verifies for its own letter's grant (from the letter's MailQueued) and no other.
            let queued = try await withTestPool { pool in
                var byMail: [MailID: MailQueued] = [:]
                for token in tokens {
                    let rows = try await pool.query(
                        """
                        SELECT schema_version, data::text AS data FROM \(identifier: setup.schema).events
                        WHERE stream_id = \(token.mail.streamName) AND event_type = 'MailQueued'
                        """)
                    for row in rows {
                        let event = try DomainEvent.decode(
                            eventType: "MailQueued", schemaVersion: try row.decode("schema_version", as: Int.self),
                            data: Data(try row.decode("data", as: String.self).utf8))
                        if case .mail(_, .queued(let message)) = event { byMail[token.mail] = message }
                    }
                }
                return byMail
            }
            let today = CalendarDate(Date(), timeZone: TimeZone(identifier: "Europe/Stockholm")!)
            let before = try keys.keyring()
            for token in tokens {
                let message = try #require(queued[token.mail])
                #expect(!message.answerable.isEmpty)
                let grant = Mailer.replyGrant(token.mail, message, expires: token.expires)
                #expect(before.verify(token, grant: grant, today: today) == .valid)
                var other = grant
                other.recipient = .owner("Någon annan")
                #expect(before.verify(token, grant: other, today: today) == .forged)
            }
            // A rotation keeps the old tokens valid; new letters get the new key.
            let rotated = try await daemon.call("io.tredjekraft.admin.RotateReplyTokenKey")
            #expect(rotated["keyId"] == .int(2) && rotated["keysKept"] == .int(1))
            let after = try keys.keyring()
            for token in tokens {
                let grant = Mailer.replyGrant(token.mail, try #require(queued[token.mail]), expires: token.expires)
                #expect(token.keyID == 1)
                #expect(after.verify(token, grant: grant, today: today) == .valid)
                #expect(after.token(for: grant).keyID == 2)
            }
            #expect(await daemon.stop() == 0)

            // A key file others can read: the next start stops and names it.
            chmod(keyFile, 0o644)
            do {
                _ = try await setup.start(run: 2, readyTimeout: .seconds(30))
                Issue.record("the daemon started with a key file others can read")
            } catch {
                #expect("\(error)".contains("chmod 600"), "\(error)")
            }
        }
    }
}
