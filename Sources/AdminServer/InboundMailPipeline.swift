import AdminProtocol
import CommandHandling
import Domain
import EventStore
import Foundation
import Letters
import Mail
import Mailer
import PersonalData
import Projections
import Replies
import Wording

/// One message that came in, from bytes to what became of it: read, sorted out when automatic, counted
/// per sender, its token checked against the letter it names, its answers applied through the one
/// write path as one change — or refused, with nothing in the domain changed — and recorded
/// (`InboundMailReceived`) with the sender kept outside the log and a reply queued in the outbox.
///
/// The message is untrusted: the token is the only capability; nothing of it reaches our headers but
/// a checked Message-ID (for threading, added at delivery); the same message twice is recorded,
/// applied and answered once (its record's id and its command id are derived from its Message-ID and
/// token).
struct InboundMailPipeline: Sendable {
    let context: AdminContext

    var senders: InboundMailSenders { InboundMailSenders(store: context.store) }

    /// The parser's limits: the largest message the CLI hands over whole.
    static let limits: InboundLimits = {
        var limits = InboundLimits.standard
        limits.maxBytes = ReceiveMailParameters.maximumMessageBytes
        return limits
    }()

    /// What to record, and what to send back.
    struct Verdict: Sendable {
        var outcome: InboundMailOutcome
        var reason: InboundMailReason?
        var letter: MailID?
        var recipient: RecipientKey?
        var asked: [InboundAnswerKind] = []
        var issues: [IssueID] = []
        /// The reply to queue to the sender (nil: none — automatic mail is never answered).
        var reply: (subject: String, text: String)?
    }

    func receive(_ bytes: [UInt8], totalBytes: Int?) async throws -> ReceiveMailReply {
        let now = context.clock.now
        var message: InboundMessage?
        var unreadable: InboundMailReason?
        do {
            message = try InboundMessage.parse(bytes, limits: Self.limits)
        } catch .tooLarge {
            unreadable = .tooLarge
        } catch {
            unreadable = .malformed
        }
        if totalBytes != nil { unreadable = .tooLarge }
        let messageKey = message?.messageID.flatMap(Self.checkedMessageID) ?? Self.digest(bytes)
        let token = message.flatMap { message in
            context.inboundMail.replyTo.flatMap { ReplyToken.find(in: message.recipientAddresses, template: $0) }
        }
        let id = InboundMailID(messageID: messageKey, token: token?.description)
        if let earlier = try await context.store.state(of: InboundMailAggregate.self, id).received {
            return Self.reply(id, earlier, duplicate: true)
        }
        let sender = message.flatMap { ($0.replyTo ?? $0.from)?.address }
        let verdict: Verdict
        if let unreadable {
            // Not read: too large or broken. Nothing of it is trusted enough to answer.
            verdict = Verdict(outcome: .refused, reason: unreadable)
        } else if let message {
            verdict = try await decide(message, token: token, sender: sender, id: id, now: now)
        } else {
            verdict = Verdict(outcome: .refused, reason: .malformed)
        }
        return try await record(
            id, verdict, sender: sender, messageID: message?.messageID.flatMap(Self.checkedMessageID), now: now)
    }

    // MARK: Deciding

    private func decide(
        _ message: InboundMessage, token: ReplyToken?, sender: String?, id: InboundMailID, now: Date
    ) async throws -> Verdict {
        let ownDomain =
            context.mailer.configuration.from.map { $0.address.split(separator: "@").last.map(String.init) } ?? nil
        if let automatic = AutomaticMail.classify(message, ownMessageIDDomain: ownDomain) {
            return Verdict(outcome: .ignored, reason: Self.reason(automatic))
        }
        guard let sender else { return Verdict(outcome: .refused, reason: .malformed) }
        let limit = context.inboundMail.maxPerSenderPerHour
        if try await senders.count(from: sender, since: now.addingTimeInterval(-3600)) >= limit {
            return Verdict(outcome: .ignored, reason: .rateLimited)
        }
        let notLinked = ReplyAnswerWording.refusal(.notLinked, subject: message.subject)
        guard let token else { return Verdict(outcome: .refused, reason: .noToken, reply: notLinked) }
        guard let letter = try await context.store.state(of: MailAggregate.self, token.mail)?.message else {
            return Verdict(outcome: .refused, reason: .unknownLetter, reply: notLinked)
        }
        let grant = ReplyGrant(
            mail: token.mail, recipient: letter.recipient, subjects: letter.answerable.map(\.issue),
            expires: token.expires)
        guard let keyring = try context.inboundMail.keyring?() else {
            return Verdict(outcome: .refused, reason: .forged, reply: notLinked)
        }
        switch keyring.verify(token, grant: grant, today: context.clock.today) {
        case .valid: break
        case .expired: return Verdict(outcome: .refused, reason: .expired, reply: notLinked)
        case .forged: return Verdict(outcome: .refused, reason: .forged, reply: notLinked)
        }
        var verdict = Verdict(outcome: .refused, letter: token.mail, recipient: letter.recipient)
        let reading = ReplyReader.read(message)
        let numbers = letter.answerable.map(\.number).sorted()
        verdict.asked = reading.answers.map { InboundAnswerPlan.kind($0.verb) }
        guard !reading.answers.isEmpty else {
            verdict.reason = .notUnderstood
            verdict.reply = ReplyAnswerWording.refusal(
                .notUnderstood(lines: reading.notUnderstood, numbers: numbers), subject: message.subject)
            return verdict
        }
        let steps: [InboundAnswerPlan.Step]
        do {
            steps = try InboundAnswerPlan.steps(
                reading.answers, letter: letter.answerable, subjects: Set(grant.subjects))
        } catch {
            verdict.reason = .otherIssue
            verdict.reply = ReplyAnswerWording.refusal(.otherItem(numbers: numbers), subject: message.subject)
            return verdict
        }
        verdict.issues = steps.map(\.issue).reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
        return try await apply(
            steps, verdict: verdict, notUnderstood: reading.notUnderstood, subject: message.subject, id: id,
            sender: sender, messageID: message.messageID.flatMap(Self.checkedMessageID), now: now)
    }

    // MARK: Applying

    /// Who the answers are recorded as: the key the letter was for, and that it came by mail.
    private func actor(_ recipient: RecipientKey) async throws -> (actor: String, name: String) {
        let name = try await context.readModel.name(of: recipient)
        let words = MailWording.recipient(recipient.kind, id: recipient.id, name: name)
        let capitalised = words.prefix(1).uppercased() + words.dropFirst()
        return ("\(capitalised), via e-post", capitalised)
    }

    /// The answers, the record, the sender's row and the confirmation, in one change; a rule that
    /// refuses any answer refuses them all, and the refusal is recorded instead.
    private func apply(
        _ steps: [InboundAnswerPlan.Step], verdict: Verdict, notUnderstood: [String], subject: String?,
        id: InboundMailID, sender: String, messageID: String?, now: Date
    ) async throws -> Verdict {
        guard let recipient = verdict.recipient else { return verdict }
        let (actor, name) = try await actor(recipient)
        let commandID = NameDerivedUUID.uuid("inbound-command:\(id)")
        let replyID = MailID(NameDerivedUUID.uuid("inbound-reply:\(id)"))
        let metadata = EventMetadata(
            actor: actor, commandID: commandID, correlationID: id.uuid, client: "tredjekraft mail receive")
        let senders = senders
        let today = context.clock.today
        var failedLine: String?
        do {
            _ = try await context.handler.perform(
                idempotencyKey: CommandHandler.idempotencyKey(commandID), metadata: metadata
            ) { work in
                // The same message again (a concurrent re-delivery that won): nothing more to do.
                if try await work.state(InboundMailAggregate.self, id).received != nil { return }
                var done: [ReplyAnswerWording.Done] = []
                for step in steps {
                    failedLine = step.answer.line
                    let state = try await work.state(IssueAggregate.self, step.issue)
                    if case .decision = step.answer.verb, let state, !state.decidesByMail(recipient) {
                        throw NotDecider()
                    }
                    let commands = InboundAnswerPlan.commands(
                        step.answer.verb, issue: state, decidedBy: name, today: today)
                    guard !commands.isEmpty else {
                        throw DomainError(.feedbackNotOwed, "Ärendet har ingen återkoppling som väntar.")
                    }
                    for command in commands { try await work.decide(IssueAggregate.self, step.issue, command) }
                    done.append(
                        ReplyAnswerWording.Done(
                            issueTitle: state?.title ?? step.issue.description,
                            kind: InboundAnswerPlan.kind(step.answer.verb), detail: Self.detail(step.answer.verb)))
                }
                failedLine = nil
                let confirmation = ReplyAnswerWording.confirmation(done, notUnderstood: notUnderstood, subject: subject)
                try await work.decide(
                    MailAggregate.self, replyID,
                    .queue(
                        recipient: .sender(id), purpose: .reply, subject: confirmation.subject,
                        text: confirmation.text, html: nil, regarding: id.streamName))
                try await work.decide(
                    InboundMailAggregate.self, id,
                    .record(
                        InboundMailReceived(
                            outcome: .applied, reason: nil, letter: verdict.letter, recipient: recipient,
                            answers: steps.count, asked: verdict.asked, issues: verdict.issues, commandId: commandID,
                            reply: replyID, receivedAt: Timestamp(now))))
                work.alsoWrite(senders.row(id, sender: sender, messageID: messageID, at: now))
            }
            var applied = verdict
            applied.outcome = .applied
            applied.reply = nil
            return applied
        } catch is NotDecider {
            var refused = verdict
            refused.reason = .notDecider
            refused.reply = ReplyAnswerWording.refusal(.notDecider, subject: subject)
            return refused
        } catch let error as DomainError {
            var refused = verdict
            refused.reason = .notAllowed
            refused.reply = ReplyAnswerWording.refusal(
                .notAllowed(line: failedLine ?? "", why: error.message), subject: subject)
            return refused
        } catch let error as NotFound where error.kind == .issue {
            var refused = verdict
            refused.reason = .otherIssue
            refused.reply = ReplyAnswerWording.refusal(.otherItem(numbers: []), subject: subject)
            return refused
        }
    }

    private struct NotDecider: Error {}

    /// The words of an answer the confirmation repeats.
    static func detail(_ verb: ReplyVerb) -> String {
        switch verb {
        case .done(let summary): summary
        case .decision(let outcome, let motivation): "\(outcome.label). \(motivation)"
        case .workStarted(let due): due.map { "Det ska vara klart den \($0)." } ?? ""
        case .owner(let title): title
        case .feedbackGiven(let how): how
        }
    }

    // MARK: Recording

    /// Records a message that was not applied (an applied one was recorded with its answers), with the
    /// refusal queued to its sender when there is one to send.
    private func record(_ id: InboundMailID, _ verdict: Verdict, sender: String?, messageID: String?, now: Date)
        async throws -> ReceiveMailReply
    {
        if verdict.outcome == .applied,
            let recorded = try await context.store.state(of: InboundMailAggregate.self, id).received
        {
            return Self.reply(id, recorded, duplicate: false)
        }
        let replyID = MailID(NameDerivedUUID.uuid("inbound-reply:\(id)"))
        let reply = sender == nil ? nil : verdict.reply
        let received = InboundMailReceived(
            outcome: verdict.outcome, reason: verdict.reason, letter: verdict.letter, recipient: verdict.recipient,
            answers: verdict.asked.count, asked: verdict.asked, issues: verdict.issues, commandId: nil,
            reply: reply == nil ? nil : replyID, receivedAt: Timestamp(now))
        let senders = senders
        let key = NameDerivedUUID.uuid("inbound-record:\(id)")
        let (_, outcome) = try await context.handler.perform(
            idempotencyKey: CommandHandler.idempotencyKey(key),
            metadata: EventMetadata(
                actor: "inkommande e-post", commandID: key, correlationID: id.uuid, client: "tredjekraft mail receive")
        ) { work in
            if try await work.state(InboundMailAggregate.self, id).received != nil { return }
            if let reply {
                try await work.decide(
                    MailAggregate.self, replyID,
                    .queue(
                        recipient: .sender(id), purpose: .reply, subject: reply.subject, text: reply.text, html: nil,
                        regarding: id.streamName))
            }
            try await work.decide(InboundMailAggregate.self, id, .record(received))
            work.alsoWrite(senders.row(id, sender: sender, messageID: messageID, at: now))
        }
        let stored = try await context.store.state(of: InboundMailAggregate.self, id).received ?? received
        return Self.reply(id, stored, duplicate: outcome.isDuplicate)
    }

    static func reply(_ id: InboundMailID, _ received: InboundMailReceived, duplicate: Bool) -> ReceiveMailReply {
        ReceiveMailReply(
            id: id.description, outcome: received.outcome.rawValue, reason: received.reason?.rawValue,
            answers: received.answers, replied: received.reply != nil, duplicate: duplicate)
    }

    static func reason(_ automatic: AutomaticMail) -> InboundMailReason {
        switch automatic {
        case .autoSubmitted: .autoSubmitted
        case .nullSender: .nullSender
        case .mailingList: .mailingList
        case .bulk: .bulk
        case .ownLetter: .ownLetter
        }
    }

    /// A Message-ID fit to thread an answer with: printable ASCII without spaces or angle brackets,
    /// `local@domain`, at most 250 characters — nothing else of a received message reaches a header.
    static func checkedMessageID(_ id: String) -> String? {
        guard (3...250).contains(id.utf8.count), id.utf8.allSatisfy({ (0x21...0x7e).contains($0) }),
            !id.contains("<"), !id.contains(">"), !id.contains("\""), !id.contains(","),
            id.split(separator: "@", omittingEmptySubsequences: false).count == 2,
            !id.hasPrefix("@"), !id.hasSuffix("@")
        else { return nil }
        return id
    }

    /// The message's bytes as a name, for messages without a usable Message-ID: two FNV-1a hashes
    /// (as ``NameDerivedUUID`` takes them) and the length.
    static func digest(_ bytes: [UInt8]) -> String {
        func fnv(_ basis: UInt64) -> UInt64 {
            bytes.reduce(basis) { hash, byte in (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        }
        let high = String(fnv(0xcbf2_9ce4_8422_2325), radix: 16)
        let low = String(fnv(0x6c62_272e_07bb_0142), radix: 16)
        return "digest:\(high):\(low):\(bytes.count)"
    }
}
