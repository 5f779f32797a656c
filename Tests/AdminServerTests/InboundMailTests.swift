import AdminProtocol
import AppTestSupport
import CommandHandling
import Domain
import EventCodec
import EventStore
import Foundation
import Mail
import Mailer
import PersonalData
import ReadModelTypes
import Replies
import Testing
import Varlink

@testable import AdminServer

/// Mail that comes in through `ReceiveMail`: a reply to a letter applied once, through the one write
/// path, as the letter's recipient "via e-post"; every refusal with nothing changed in the domain.
@Suite struct InboundMailTests {
    static let template = "tredjekraft+{token}@kommun.se"
    static let owner = "Enhetschef Vuxenstöd"

    /// An issue in progress owned by the unit's head, and a reminder to them that may be answered.
    struct Letter {
        var issue: IssueID
        var mail: MailID
        var address: String
    }

    static func settings(_ keyring: ReplyKeyring, max: Int = 20) -> InboundMailSettings {
        InboundMailSettings(maxPerSenderPerHour: max, replyTo: template, keyring: { keyring })
    }

    static func letter(
        _ admin: AdminHarness, keyring: ReplyKeyring, stage: Int = 3, expires: String = "2026-03-31"
    ) async throws -> Letter {
        let unit = try await admin.command(.registerUnit, RegisterUnitParameters(name: "Vuxenstöd Lund")).unitId!
        let council = try await admin.command(
            .createCouncil, CreateCouncilParameters(unitId: unit, name: "Brukarrådet", form: .userCouncil)
        ).councilId!
        let proposal = try await admin.command(
            .putForwardProposal, PutForwardProposalParameters(councilId: council, text: "Längre öppettider")
        ).proposalId!
        let issue = try await admin.command(
            .openIssue, OpenIssueParameters(title: "Öppettider", source: SourceRef(kind: .proposal, id: proposal))
        ).issueId!
        try await admin.command(.assignOwner, AssignOwnerParameters(issueId: issue, owner: owner))
        if stage >= 2 {
            try await admin.command(.startPreparation, IssueStepParameters(issueId: issue))
            try await admin.command(
                .decide,
                DecideParameters(
                    issueId: issue, outcome: .accepted, motivation: "Behovet är tydligt.", decidedBy: "Nämnden"))
        }
        if stage >= 3 { try await admin.command(.startWork, IssueStepParameters(issueId: issue)) }
        let issueID = try #require(IssueID(issue))
        let mail = MailID(UUID())
        try await admin.app.run(
            .mail(
                mail,
                .queue(
                    recipient: .owner(owner), purpose: .reminder, subject: "Påminnelse: Öppettider",
                    text: "Hej! Svara KLART: vad som gjordes.", html: nil, regarding: issueID.streamName,
                    answerable: [AnswerableItem(number: 1, issue: issueID)])))
        let token = keyring.token(
            for: ReplyGrant(
                mail: mail, recipient: .owner(owner), subjects: [issueID], expires: try #require(CalendarDate(expires)))
        )
        return Letter(issue: issueID, mail: mail, address: ReplyToken.address(token, template: template))
    }

    static func message(
        to: String, body: String, id: String = "<\(UUID().uuidString)@outlook.example>",
        from: String = "Anna Chef <anna.chef@lund.se>", extra: String = ""
    ) -> ReceiveMailParameters {
        let headers = [
            "From: \(from)", "To: \(to)", "Subject: Sv: Påminnelse: Öppettider", "Message-ID: \(id)",
            "Date: Mon, 12 Jan 2026 09:00:00 +0100", "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: 8bit",
        ]
        let text = (headers + (extra.isEmpty ? [] : [extra]) + ["", body, ""]).joined(separator: "\r\n")
        return ReceiveMailParameters(message: Data(text.utf8).base64EncodedString())
    }

    static func events(_ admin: AdminHarness, _ issue: IssueID) async throws -> [String] {
        try await admin.app.store.readStream(StreamID(issue.streamName)).map(\.eventType)
    }

    @Test func aReplyIsAppliedOnceAsTheRecipientViaMail() async throws {
        let keyring = ReplyKeyring(current: ReplyKeyring.generateKey(id: 1))
        try await AdminHarness.with(inbound: Self.settings(keyring)) { admin in
            let letter = try await Self.letter(admin, keyring: keyring)
            let before = try await Self.events(admin, letter.issue)
            let message = Self.message(to: letter.address, body: "KLART: Öppet till 21 från februari.\r\n\r\nMvh Anna")
            let reply: ReceiveMailReply = try await admin.call(.receiveMail, message)
            #expect(reply.outcome == "applied", "\(reply)")
            #expect(reply.answers == 1 && reply.replied && !reply.duplicate)
            #expect(try await Self.events(admin, letter.issue) == before + ["IssueImplemented"])

            // Delivered again (an MTA retry, a re-fetch): nothing more.
            let again: ReceiveMailReply = try await admin.call(.receiveMail, message)
            #expect(again.duplicate && again.outcome == "applied")
            #expect(try await Self.events(admin, letter.issue) == before + ["IssueImplemented"])

            let history: HistoryReply = try await admin.call(
                .issueHistory, IssueParameters(issueId: letter.issue.description))
            #expect(history.entries.last?.actor == "\(Self.owner), via e-post")

            // One confirmation, to the sender, whose address is outside the log.
            let inbound = try #require(InboundMailID(reply.id))
            let queued = try #require(
                try await admin.app.store.state(
                    of: MailAggregate.self, MailID(NameDerivedUUID.uuid("inbound-reply:\(inbound)")))?.message)
            #expect(queued.recipient == .sender(inbound) && queued.purpose == .reply)
            #expect(queued.text.hasPrefix("Tack!"))
            #expect(queued.text.contains("Ärendet ”Öppettider” är nu markerat som genomfört: Öppet till 21"))
            #expect(try await admin.context.mailer.contacts.address(of: .sender(inbound)) == "anna.chef@lund.se")
            let log = try await admin.app.store.readAll(after: .start, limit: 10_000)
            #expect(!log.contains { String(decoding: $0.data, as: UTF8.self).contains("anna.chef") })

            let list: ListReceivedMailReply = try await admin.call(.listReceivedMail, ListReceivedMailParameters())
            #expect(list.messages.map(\.outcome) == ["applied"])
            #expect(list.messages.first?.asked == ["done"])
            let failed: ListReceivedMailReply = try await admin.call(
                .listReceivedMail, ListReceivedMailParameters(failed: true))
            #expect(failed.messages.isEmpty)
        }
    }

    @Test func refusalsChangeNothingInTheDomain() async throws {
        let keyring = ReplyKeyring(current: ReplyKeyring.generateKey(id: 1))
        let other = ReplyKeyring(current: ReplyKeyring.generateKey(id: 1))
        try await AdminHarness.with(inbound: Self.settings(keyring)) { admin in
            let letter = try await Self.letter(admin, keyring: keyring)
            let before = try await Self.events(admin, letter.issue)
            let forgedLetter = try await Self.letter(admin, keyring: other)
            let expired = try await Self.letter(admin, keyring: keyring, expires: "2026-01-01")
            let registered = try await Self.letter(admin, keyring: keyring, stage: 1)
            let registeredBefore = try await Self.events(admin, registered.issue)
            let cases: [(ReceiveMailParameters, String)] = [
                (Self.message(to: "tredjekraft@kommun.se", body: "KLART: gjort"), "no_token"),
                (Self.message(to: forgedLetter.address, body: "KLART: gjort"), "forged"),
                (Self.message(to: expired.address, body: "KLART: gjort"), "expired"),
                (Self.message(to: letter.address, body: "KLART 2: gjort"), "other_issue"),
                (Self.message(to: letter.address, body: "Tack för påminnelsen, jag återkommer."), "not_understood"),
                (Self.message(to: letter.address, body: "BESLUT: nej det blir inget"), "not_decider"),
                (Self.message(to: registered.address, body: "KLART: gjort"), "not_allowed"),
            ]
            for (message, reason) in cases {
                let reply: ReceiveMailReply = try await admin.call(.receiveMail, message)
                #expect(reply.outcome == "refused" && reply.reason == reason, "\(reason): \(reply)")
                #expect(reply.replied, "\(reason)")
            }
            #expect(try await Self.events(admin, letter.issue) == before)
            #expect(try await Self.events(admin, expired.issue).last == "IssueWorkStarted")
            #expect(try await Self.events(admin, registered.issue) == registeredBefore)
            // The refusals of a forged, an expired and a missing token read alike.
            let texts = try await admin.app.store.readAll(after: .start, limit: 10_000).compactMap { record in
                guard case .mail(_, .queued(let q)) = try DomainEventRecord(record).event, q.purpose == .reply
                else { return nil as String? }
                return q.text
            }
            #expect(texts.count == cases.count)
            #expect(Set(texts.prefix(3)).count == 1)
            #expect(texts[0].contains("Vi kunde inte koppla ditt svar till ett brev från oss"))
            let failed: ListReceivedMailReply = try await admin.call(
                .listReceivedMail, ListReceivedMailParameters(failed: true))
            #expect(failed.messages.count == cases.count)
        }
    }

    @Test func automaticMailIsRecordedAndNeverAnswered() async throws {
        let keyring = ReplyKeyring(current: ReplyKeyring.generateKey(id: 1))
        try await AdminHarness.with(inbound: Self.settings(keyring)) { admin in
            let letter = try await Self.letter(admin, keyring: keyring)
            let before = try await Self.events(admin, letter.issue)
            let cases: [(ReceiveMailParameters, String)] = [
                (
                    Self.message(to: letter.address, body: "KLART: frånvaro", extra: "Auto-Submitted: auto-replied"),
                    "auto_submitted"
                ),
                (
                    Self.message(to: letter.address, body: "KLART: x", extra: "List-Id: <chefer.lund.se>"),
                    "mailing_list"
                ),
                (Self.message(to: letter.address, body: "KLART: x", extra: "Return-Path: <>"), "null_sender"),
            ]
            for (message, reason) in cases {
                let reply: ReceiveMailReply = try await admin.call(.receiveMail, message)
                #expect(reply.outcome == "ignored" && reply.reason == reason, "\(reason): \(reply)")
                #expect(!reply.replied)
            }
            #expect(try await Self.events(admin, letter.issue) == before)
        }
    }

    @Test func aSenderBeyondTheHourlyLimitIsNotAnswered() async throws {
        let keyring = ReplyKeyring(current: ReplyKeyring.generateKey(id: 1))
        try await AdminHarness.with(inbound: Self.settings(keyring, max: 2)) { admin in
            var outcomes: [String] = []
            for _ in 0..<3 {
                let reply: ReceiveMailReply = try await admin.call(
                    .receiveMail, Self.message(to: "tredjekraft@kommun.se", body: "Hej"))
                outcomes.append(reply.reason ?? "")
            }
            #expect(outcomes == ["no_token", "no_token", "rate_limited"])
        }
    }

    @Test func hostileInputIsRefusedNotCrashed() async throws {
        try await AdminHarness.with { admin in
            let error = try await admin.error(.receiveMail, ["message": "not base64 !!"])
            #expect(error?.parameters["parameter"] == "message")
            let huge = ReceiveMailParameters(
                message: Data(repeating: 0x41, count: 1024).base64EncodedString(), totalBytes: 10 << 20)
            let reply: ReceiveMailReply = try await admin.call(.receiveMail, huge)
            #expect(reply.outcome == "refused" && reply.reason == "too_large" && !reply.replied)
            let nul = ReceiveMailParameters(message: Data([0, 0, 0xff, 0x0a, 0x0d]).base64EncodedString())
            let broken: ReceiveMailReply = try await admin.call(.receiveMail, nul)
            #expect(broken.outcome == "refused")
        }
    }

    @Test func theMailgateMayOnlyHandOverMail() {
        var mapping = RoleMapping(readers: ["eva"])
        mapping.mailgates = ["postfix"]
        func peer(_ user: String) -> VarlinkPeerCredentials {
            VarlinkPeerCredentials(pid: 1, uid: 1000, gid: 1000, userName: user, groupNames: [])
        }
        #expect(mapping.role(for: peer("postfix")) == .mailgate)
        #expect(mapping.role(for: peer("eva")) == .reader)
        #expect(Role.mailgate < .reader)
    }
}
