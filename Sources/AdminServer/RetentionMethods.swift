import AdminProtocol
import Domain
import Foundation
import PersonalData
import Projections
import Varlink

/// `PreviewRetention` and `ApplyRetention`: how long texts are kept (docs/operations.md,
/// "Personuppgifter"). The rule reaches withdrawn proposals' and finished issues' texts after a number
/// of months; applying it erases each field as `Redact` does, with the rule as the reason.
struct RetentionMethods: Sendable {
    let context: AdminContext
    let methods: PersonalDataMethods

    /// The fields a rule erases: the texts people wrote, not the officials' titles that route letters.
    static let proposalFields = ["text", "pseudonym", "reason"]
    static let issueFields = ["title", "motivation", "summary", "note", "reason", "text"]

    func register(on interface: inout VarlinkInterface) {
        interface.add(.previewRetention, RetentionParameters.self, requiring: .admin, context: context) { p, _ in
            let (candidates, rule) = try await candidates(p)
            return RetentionReply(candidates: candidates, rule: rule, senders: try await senders(p, forget: false))
        }
        interface.add(.applyRetention, RetentionParameters.self, requiring: .admin, context: context) { p, caller in
            let (candidates, rule) = try await candidates(p)
            var erased = 0
            for candidate in candidates {
                guard let subject = ErasureSubject(rawValue: candidate.kind), let id = UUID(uuidString: candidate.id)
                else { continue }
                for field in candidate.fields {
                    do {
                        let reply = try await methods.redact(
                            subject, id, field: field, reason: "Gallring: \(rule)", commandId: nil, caller)
                        if !reply.alreadyErased { erased += 1 }
                    } catch let error as DomainError where error.code == .nothingToErase {
                        continue  // an empty field: nothing the rule must remove
                    }
                }
            }
            let senders = try await senders(p, forget: true)
            return RetentionReply(candidates: candidates, rule: rule, erased: erased, senders: senders)
        }
    }

    /// What the rule reaches today, and the rule in words.
    private func candidates(_ p: RetentionParameters) async throws -> ([RetentionCandidate], String) {
        for (value, name) in [(p.withdrawnMonths, "withdrawnMonths"), (p.closedMonths, "closedMonths")] {
            if let value, !(1...1200).contains(value) { throw VarlinkError.invalidParameter(name) }
        }
        if let days = p.senderDays, !(1...36_500).contains(days) { throw VarlinkError.invalidParameter("senderDays") }
        guard p.withdrawnMonths != nil || p.closedMonths != nil || p.senderDays != nil else {
            throw AdminError.ruleViolation(
                reason:
                    "Ange en regel: --withdrawn-months N (återtagna förslag), --closed-months N (avslutade ärenden) "
                    + "eller --sender-days N (avsändare av e-post som kom in).",
                code: "no_rule")
        }
        var candidates: [RetentionCandidate] = []
        var rule: [String] = []

        if let months = p.withdrawnMonths {
            rule.append("texter i förslag som återtogs för mer än \(months) månader sedan")
            let cutoff = context.today.adding(months: -months)
            for record in try await context.readModel.proposalsWithdrawn(
                before: cutoff, timeZone: context.clock.timeZone)
            {
                candidates.append(candidate(.proposal, record, fields: Self.proposalFields))
            }
        }
        if let months = p.closedMonths {
            rule.append("texter i ärenden som avslutades och inte har rörts på mer än \(months) månader")
            let cutoff = context.today.adding(months: -months)
            for record in try await context.readModel.issuesClosed(before: cutoff) {
                candidates.append(candidate(.issue, record, fields: Self.issueFields))
            }
        }
        return (candidates, rule.joined(separator: " och "))
    }

    /// With `senderDays`: how many received messages' senders are older than the rule — forgotten when
    /// `forget` (the rows outside the log; the log's records hold no address). Nil without it.
    private func senders(_ p: RetentionParameters, forget: Bool) async throws -> Int? {
        guard let days = p.senderDays else { return nil }
        let cutoff = context.clock.now.addingTimeInterval(-Double(days) * 86_400)
        let senders = InboundMailSenders(store: context.store)
        return forget
            ? try await senders.forget(receivedBefore: cutoff) : try await senders.count(receivedBefore: cutoff)
    }

    private func candidate(_ subject: ErasureSubject, _ record: ReadModel.RetentionRecord, fields: [String])
        -> RetentionCandidate
    {
        RetentionCandidate(
            kind: subject.rawValue, id: record.id.uuidString.lowercased(), fields: fields,
            since: record.since.description, description: record.title)
    }
}
