import AppTestSupport
import Domain
import EventStore
import Foundation
import Mail
import MailTestSupport
import PersonalData
import ReadModelTypes
import Replies
import Testing

@testable import Mailer

#if canImport(Glibc)
import Glibc
#endif

/// The reply address at delivery (issue 31), through msmtp to a real SMTP server: a letter that can be
/// answered carries `Reply-To` with a token that verifies for exactly its grant; without replies
/// configured, or without answerable items, there is no `Reply-To`; unreadable keys hold the letter back.
@Suite struct ReplyAddressTests {
    static let template = "tredjekraft+{token}@example.org"
    static let issue = IssueID(UUID(uuidString: "5dadb650-fd99-8133-84ca-25adf2777d26")!)
    static let other = IssueID(UUID(uuidString: "7b1c2d3e-0000-4000-8000-000000000003")!)

    static func keyDirectory() throws -> String {
        let path = FileManager.default.temporaryDirectory.path + "/tk-replyto-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func aLetterThatCanBeAnsweredCarriesATokenForItsGrant() async throws {
        let directory = try Self.keyDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try await MailerHarness.with { h in
            let owner = RecipientKey.owner("Enhetschef Vuxenstöd")
            try await h.contacts.set(owner, address: "chef@example.org", metadata: .init(actor: "samordnare"))
            var configuration = h.configuration
            configuration.replies = try ReplyConfiguration(address: Self.template, validDays: 30)
            let keys = ReplyKeyStore(source: .file(directory + "/keys"), validDays: 30)
            let items = [
                AnswerableItem(number: 1, issue: Self.issue), AnswerableItem(number: 3, issue: Self.other),
                AnswerableItem(number: 4, issue: Self.issue),
            ]
            let answerable = try await h.queue(to: owner, answerable: items)
            let plain = try await h.queue(to: owner, subject: "Ingenting att svara på")
            try await h.delivering([h.makeMailer(configuration: configuration, replyKeys: keys)]) {
                for id in [answerable, plain] { try await h.waitFor(id) { $0.state == .delivered } }
            }
            let sent = try await h.sink.messages()
            let letter = try #require(sent.first { $0.messageId == "<tredjekraft.\(answerable)@example.org>" })
            let other = try #require(sent.first { $0.messageId == "<tredjekraft.\(plain)@example.org>" })
            #expect(other.replyTo == nil)
            let address = try #require(letter.replyTo)
            #expect(address.hasPrefix("tredjekraft+") && address.hasSuffix("@example.org"))
            #expect(letter.defects.isEmpty)
            let token = try #require(ReplyToken.find(in: [address], template: Self.template))
            #expect(token.mail == answerable)
            // The test clock stands still: queued today, valid for 30 days from today.
            let queuedOn = h.app.organisationClock.today
            #expect(token.expires == queuedOn.adding(days: 30))
            let keyring = try keys.keyring()
            let today = queuedOn
            let grant = ReplyGrant(
                mail: answerable, recipient: owner, subjects: [Self.issue, Self.other], expires: token.expires)
            #expect(keyring.verify(token, grant: grant, today: today) == .valid)
            // Another letter, another recipient or other issues: the token does not fit.
            for wrong in [
                ReplyGrant(mail: plain, recipient: owner, subjects: [Self.issue, Self.other], expires: token.expires),
                ReplyGrant(
                    mail: answerable, recipient: .management(h.unit), subjects: [Self.issue, Self.other],
                    expires: token.expires),
                ReplyGrant(mail: answerable, recipient: owner, subjects: [Self.issue], expires: token.expires),
            ] {
                #expect(keyring.verify(token, grant: wrong, today: today) == .forged)
            }
            // The address is made at delivery: no event holds it.
            for record in try await h.app.store.readStream(StreamID(answerable.streamName)) {
                #expect(!String(decoding: record.data, as: UTF8.self).contains(token.description))
            }
        }
    }

    /// The grant both sides sign: the letter, its recipient, each answerable issue once, the last day given.
    @Test func theGrantOfALetterNamesEachIssueOnce() {
        let mail = MailID(UUID())
        let queued = MailQueued(
            recipient: .coordinator(UnitID(UUID())), purpose: .reminder, subject: "S", text: "T", html: nil,
            regarding: nil, queuedAt: Timestamp(Date()),
            answerable: [
                AnswerableItem(number: 2, issue: Self.other), AnswerableItem(number: 3, issue: Self.issue),
                AnswerableItem(number: 5, issue: Self.other),
            ])
        let expires = CalendarDate("2027-03-01")!
        #expect(
            Mailer.replyGrant(mail, queued, expires: expires)
                == ReplyGrant(
                    mail: mail, recipient: queued.recipient, subjects: [Self.other, Self.issue], expires: expires))
    }

    @Test func withoutRepliesConfiguredNoLetterHasAReplyTo() async throws {
        let directory = try Self.keyDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try await MailerHarness.with { h in
            try await h.contacts.set(
                .council(h.council), address: "rad@example.org", metadata: .init(actor: "samordnare"))
            let keys = ReplyKeyStore(source: .file(directory + "/keys"), validDays: 30)
            let mail = try await h.queue(
                to: .council(h.council), answerable: [AnswerableItem(number: 1, issue: Self.issue)])
            // Keys but no mail.reply_to: the configuration decides.
            try await h.delivering([h.makeMailer(replyKeys: keys)]) {
                try await h.waitFor(mail) { $0.state == .delivered }
            }
            #expect(try await h.sink.messages().first?.replyTo == nil)
            #expect(!FileManager.default.fileExists(atPath: directory + "/keys"))
        }
    }

    @Test func keysOthersCanReadHoldTheLetterBackWithTheReason() async throws {
        let directory = try Self.keyDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try await MailerHarness.with { h in
            try await h.contacts.set(
                .council(h.council), address: "rad@example.org", metadata: .init(actor: "samordnare"))
            let keys = ReplyKeyStore(source: .file(directory + "/keys"), validDays: 30)
            _ = try keys.keyring()
            chmod(keys.path, 0o644)
            var configuration = h.configuration
            configuration.replies = try ReplyConfiguration(address: Self.template)
            let mail = try await h.queue(
                to: .council(h.council), answerable: [AnswerableItem(number: 1, issue: Self.issue)])
            try await h.delivering([h.makeMailer(configuration: configuration, replyKeys: keys)]) {
                let entry = try await h.waitFor(mail) { $0.state == .failing }
                #expect(entry.lastError?.contains("chmod 600") == true, "\(entry)")
            }
            #expect(h.sink.count == 0)
        }
    }

    @Test func aReloadKeepsTheRepliesTheMailerStartedWith() async throws {
        try await MailerHarness.with { h in
            var configuration = h.configuration
            configuration.replies = try ReplyConfiguration(address: Self.template)
            let mailer = h.makeMailer(configuration: configuration)
            var reloaded = configuration
            reloaded.replies = nil
            reloaded.timeout = .seconds(7)
            mailer.update(reloaded)
            #expect(mailer.configuration.replies == configuration.replies)
            #expect(mailer.configuration.timeout == .seconds(7))
        }
    }
}
