import CommandHandling
import Domain
import EventStore
import Foundation
import Letters
import Logging
import Mail
import PersonalData
import Projections
import ReadModelTypes
import Wording

/// One round: the due messages, then the held ones whose recipient has an address now.
extension Mailer {
    /// Whether the round handed anything to sendmail (then the next round follows at once).
    func round(_ configuration: MailerConfiguration) async throws -> Bool {
        var worked = false
        for entry in try await readModel.mailToTry(at: clock.now) {
            guard !isStopping else { return worked }
            worked = try await deliver(entry.id, configuration) || worked
        }
        for recipient in try await readModel.heldRecipients() {
            guard !isStopping else { return worked }
            guard try await contacts.address(of: recipient) != nil else { continue }
            for entry in try await readModel.heldMail(for: recipient) {
                guard !isStopping else { return worked }
                worked = try await deliver(entry.id, configuration) || worked
            }
        }
        return worked
    }

    /// Delivers one message if its stream says it is still due (or held); `true` when it was handed
    /// to sendmail.
    func deliver(_ id: MailID, _ configuration: MailerConfiguration) async throws -> Bool {
        guard let from = configuration.from else { return false }
        guard let mail = try await store.state(of: MailAggregate.self, id) else { return false }
        switch mail.stage {
        case .due(let at, _) where at.date <= clock.now: break
        case .held: break
        default: return false
        }
        let recipient = mail.message.recipient
        guard let address = try await contacts.address(of: recipient) else {
            if case .held = mail.stage { return false }
            try await record(id, .hold)
            logger.notice("mail held: no address", metadata: ["mail": "\(id)", "recipient": "\(recipient)"])
            return false
        }
        let name = try? await readModel.name(of: recipient).map { MailWording.displayName(recipient.kind, name: $0) }
        let outcome: DeliveryOutcome
        do {
            let replyTo = try replyAddress(id, mail.message, from: from, configuration)
            do {
                var message = try MessageComposer.message(
                    id, mail.message, from: from, to: address, displayName: name ?? nil, timeZone: clock.timeZone,
                    replyTo: replyTo)
                // An answer to mail that came in is threaded with it; a Message-ID that is not fit for a
                // header leaves the answer unthreaded rather than unsent.
                if case .sender(let inbound) = recipient,
                    let entry = try? await InboundMailSenders(store: store).entry(inbound),
                    let original = entry.messageID, let threaded = try? message.replying(to: original)
                {
                    message = threaded
                }
                outcome = await configuration.transport.send(message.rendered(lineEnding: .lf))
            } catch {
                outcome = .permanentFailure("the message cannot be made: \(error)")
            }
        } catch {
            // The letter says it can be answered: it waits for its reply address rather than going out
            // without one (the keys' file is fixed by the operator; the error says how).
            logger.error("reply address cannot be made", metadata: ["mail": "\(id)", "error": "\(error)"])
            outcome = .temporaryFailure("the reply address cannot be made: \(error)")
        }
        switch outcome {
        case .accepted:
            logger.info("mail handed to sendmail", metadata: ["mail": "\(id)", "recipient": "\(recipient)"])
        case .temporaryFailure(let reason), .permanentFailure(let reason):
            logger.warning(
                "mail not delivered", metadata: ["mail": "\(id)", "recipient": "\(recipient)", "reason": "\(reason)"])
        }
        try await recordOutcome(id, outcome, configuration)
        return true
    }

    /// Records an attempt, retrying while the database is away: an accepted message not recorded
    /// would be sent again after a restart.
    private func recordOutcome(_ id: MailID, _ outcome: DeliveryOutcome, _ configuration: MailerConfiguration)
        async throws
    {
        var attempt = 0
        while true {
            do {
                try await record(
                    id, .recordAttempt(outcome, policy: configuration.retry, jitter: Double.random(in: 0..<1)))
                return
            } catch  where EventStoreError.isConnectionProblem(error) && attempt < 60 && !isStopping {
                attempt += 1
                logger.error(
                    "cannot record a delivery attempt; retrying", metadata: ["mail": "\(id)", "error": "\(error)"])
                try await Task.sleep(for: .seconds(1))
            }
        }
    }

    func record(_ id: MailID, _ command: MailCommand) async throws {
        try await handler.handle(.mail(id, command), metadata: EventMetadata(actor: "mailer", client: "tredjekraftd"))
    }

    // MARK: Asked for by an administrator

    /// Sends a test message to `address` now, outside the outbox (an address may not enter the log),
    /// and says how the hand-over ended.
    package func sendTest(to address: String) async throws -> DeliveryOutcome {
        let configuration = configuration
        guard configuration.enabled else { throw MailerError.mailOff }
        guard let from = configuration.from else { throw MailerError.noSender }
        if let problem = configuration.transport.problem { throw MailerError.programUnusable(problem) }
        let now = clock.now
        let sentAt = LocalTime.text(now, in: clock.timeZone)
        let letter = TestMessageWording.letter(sentAt: sentAt, host: ProcessInfo.processInfo.hostName)
        let message = try MailMessage(
            from: from, to: [try Mailbox(address, field: "Mottagaren")], subject: letter.subject, kind: .test,
            date: now, timeZone: clock.timeZone, messageKey: "tredjekraft.test.\(UUID().uuidString.lowercased())",
            text: letter.text, html: letter.html)
        let outcome = await configuration.transport.send(message.rendered(lineEnding: .lf))
        logger.notice("test message sent", metadata: ["outcome": "\(outcome)"])
        return outcome
    }

    /// Asks for another attempt at a failed, given-up or held message.
    package func retry(_ id: MailID, metadata: EventMetadata) async throws -> LogPosition? {
        try await handler.handle(.mail(id, .retry), metadata: metadata).position
    }
}
