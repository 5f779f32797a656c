import AdminProtocol
import CommandHandling
import Domain
import EventStore
import Foundation
import Mail
import Mailer
import PersonalData
import Projections
import ReadModelTypes
import Varlink
import Wording

/// The contact directory and the outbox: `SetContact`, `ListContacts`, `RemoveContact`, `ListMail`,
/// `RetryMail`, `SendTestMail`, and the outbox's part of `Status`.
struct MailMethods: Sendable {
    let context: AdminContext

    func register(on interface: inout VarlinkInterface) {
        interface.add(.setContact, SetContactParameters.self, requiring: .coordinator, context: context) { p, caller in
            let key = try await recipient(kind: p.kind, id: p.id)
            try await context.requireScope(caller, unit: try await context.unit(of: key))
            do {
                try await context.mailer.contacts.set(key, address: p.address, metadata: metadata(caller))
            } catch let error as MailError {
                throw AdminError.ruleViolation(reason: MailWording.refusal(error), code: "invalid_address")
            }
            var warning: String?
            if case .owner(let title) = key {
                let owners = try await context.readModel.issueOwners()
                if !owners.contains(where: { (try? RecipientKey(kind: .owner, id: $0)) == key }) {
                    warning = MailWording.unusedOwner(title, known: owners)
                }
            }
            return ContactChangeReply(
                kind: key.kind.rawValue, id: key.id, name: try await context.readModel.name(of: key), warning: warning)
        }
        interface.add(.removeContact, ContactKeyParameters.self, requiring: .coordinator, context: context) {
            p, caller in
            let key = try await recipient(kind: p.kind, id: p.id)
            try await context.requireScope(caller, unit: try await context.unit(of: key))
            do {
                try await context.mailer.contacts.remove(key, metadata: metadata(caller))
            } catch let error as NotFound where error.kind == .contact {
                throw MailWording.noAddress(key, name: try await context.readModel.name(of: key))
            }
            return ContactChangeReply(
                kind: key.kind.rawValue, id: key.id, name: try await context.readModel.name(of: key))
        }
        interface.add(.listContacts, VarlinkEmpty.self, requiring: .coordinator, context: context) { _, _ in
            var entries: [ContactEntry] = []
            for contact in try await context.mailer.contacts.list() {
                entries.append(
                    ContactEntry(
                        kind: contact.recipient.kind.rawValue, id: contact.recipient.id,
                        name: try await context.readModel.name(of: contact.recipient), address: contact.address,
                        changedAt: context.instant(contact.changedAt)))
            }
            return ContactsReply(contacts: entries)
        }
        interface.add(.listMail, ListMailParameters.self, requiring: .reader, context: context) { p, _ in
            var states: Set<MailStage.Name>?
            if let names = p.states {
                states = try Set(
                    names.map { name in
                        guard let state = MailStage.Name(rawValue: name) else {
                            throw VarlinkError.invalidParameter("states")
                        }
                        return state
                    })
            }
            let limit = p.limit ?? 200
            guard (1...1000).contains(limit) else { throw VarlinkError.invalidParameter("limit") }
            var messages: [OutboxMessage] = []
            for entry in try await context.readModel.outbox(states: states, limit: limit) {
                messages.append(try await message(entry))
            }
            return ListMailReply(messages: messages)
        }
        interface.add(.retryMail, RetryMailParameters.self, requiring: .coordinator, context: context) { p, caller in
            let id = try await mailID(p.id)
            let recipient = try await context.store.state(of: MailAggregate.self, id)?.message.recipient
            var unit: UnitID?
            if let recipient { unit = try await context.unit(of: recipient) }
            try await context.requireScope(caller, unit: unit)
            var lag: ReadModelLag?
            if let position = try await context.mailer.retry(id, metadata: metadata(caller)) {
                lag = await context.readModelLag(upTo: position)
            }
            guard let entry = try await context.readModel.outboxEntry(id) else {
                throw NotFound(.mail, p.id, message: "Meddelandet \(p.id) finns inte i utkorgen.")
            }
            return RetryMailReply(message: try await message(entry), lag: lag)
        }
        interface.add(.showMail, ShowMailParameters.self, requiring: .coordinator, context: context) { p, _ in
            try await show(p)
        }
        interface.add(.sendTestMail, SendTestMailParameters.self, requiring: .admin, context: context) { p, _ in
            let outcome: DeliveryOutcome
            do {
                outcome = try await context.mailer.sendTest(to: p.to)
            } catch let error as MailError {
                throw AdminError.ruleViolation(reason: MailWording.refusal(error), code: "invalid_address")
            }
            switch outcome {
            case .accepted: return SendTestMailReply(outcome: "accepted", detail: nil)
            case .temporaryFailure(let detail): return SendTestMailReply(outcome: "temporary_failure", detail: detail)
            case .permanentFailure(let detail): return SendTestMailReply(outcome: "permanent_failure", detail: detail)
            }
        }
    }

    /// The outbox's part of `Status`.
    static func status(of context: AdminContext) async throws -> MailStatus {
        let summary = try await context.readModel.outboxSummary()
        let mailer = context.mailer.status
        return MailStatus(
            enabled: mailer.enabled, delivering: mailer.delivering, problem: mailer.problem, queued: summary.queued,
            failing: summary.failing, held: summary.held, failed: summary.failed, delivered: summary.delivered,
            oldestUndeliveredQueuedAt: summary.oldestUndeliveredQueuedAt.map(context.instant),
            oldestUndeliveredSeconds: summary.oldestUndeliveredQueuedAt.map {
                max(0, context.clock.now.timeIntervalSince($0))
            })
    }

    private func metadata(_ caller: AdminCaller) -> EventMetadata {
        EventMetadata(actor: caller.userName, client: "tredjekraft admin socket")
    }

    /// A key from the interface's words: councils and units by id (whole or a unique prefix).
    private func recipient(kind text: String, id: String) async throws -> RecipientKey {
        guard let kind = RecipientKey.Kind(rawValue: text) else {
            throw VarlinkError.invalidParameter("kind")
        }
        let identifiers = context.identifiers
        do {
            switch kind {
            case .council:
                return .council(try await identifiers.resolve(id, as: .council, parameter: "id"))
            case .management:
                return .management(try await identifiers.resolve(id, as: .unit, parameter: "id"))
            case .coordinator:
                return .coordinator(try await identifiers.resolve(id, as: .unit, parameter: "id"))
            case .owner:
                return try RecipientKey(kind: .owner, id: id)
            case .sender:
                // A sender's address comes with the message, never from the directory.
                throw VarlinkError.invalidParameter("kind")
            }
        }
    }

    /// A message id, whole or a unique prefix of at least six characters.
    private func mailID(_ text: String) async throws -> MailID {
        guard let id = try await mailID(text, allowMissing: false) else { throw NotFound(.mail, text) }
        return id
    }

    /// A message id, whole or a unique prefix; with `allowMissing`, `nil` when no message has it
    /// (`ShowMail` then looks among the printed digests).
    func mailID(_ text: String, allowMissing: Bool) async throws -> MailID? {
        let typed = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let whole = MailID(typed) { return whole }
        guard typed.count >= 6, typed.count < 36, typed.allSatisfy({ $0.isHexDigit || $0 == "-" }) else {
            throw VarlinkError.invalidParameter("id")
        }
        let matches = try await context.readModel.mailIdentifiers(startingWith: typed)
        guard let first = matches.first else {
            if allowMissing { return nil }
            throw NotFound(.mail, text)
        }
        guard matches.count == 1 else {
            throw AdminError.ruleViolation(
                reason: "Flera meddelanden har id som börjar med \(text). Skriv fler tecken av id:t.")
        }
        return first
    }

    private func message(_ entry: OutboxEntry) async throws -> OutboxMessage {
        OutboxMessage(
            id: entry.id.description, recipientKind: entry.recipient.kind.rawValue, recipientId: entry.recipient.id,
            recipientName: try await context.readModel.name(of: entry.recipient), purpose: entry.purpose.rawValue,
            subject: entry.subject, state: entry.state.rawValue, attempts: entry.attempts, lastError: entry.lastError,
            nextAttemptAt: entry.nextAttemptAt.map(context.instant), queuedAt: context.instant(entry.queuedAt),
            deliveredAt: entry.deliveredAt.map(context.instant), regarding: entry.regarding)
    }
}
