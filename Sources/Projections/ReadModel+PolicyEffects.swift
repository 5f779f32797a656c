import Domain
import Foundation
import Policies
import Postgres
import ReadModelTypes
import Wording

/// The reminders and escalations already sent: what the policies build on, and what `issue show`,
/// `escalations` and `due` tell.
extension ReadModel {
    /// What the next run of the policies must know was done before: every effect on a subject that
    /// may still have a cause — certifications and their items, and issues that are open or owe
    /// feedback (the same issues ``policyFacts()`` reads).
    ///
    /// - Parameter issue: only that issue's (for `issue show`).
    package func priorEffects(issue: IssueID? = nil) async throws -> [PriorEffect] {
        let only = issue?.uuid
        return try await database.query(
            """
            SELECT e.subject_kind, e.subject_id, e.certification_id, e.kind, e.policy, e.occasion,
                   e.recipient_kind, e.recipient_id, e.sent_on
            FROM \(identifier: schema).policy_effects e
            LEFT JOIN \(identifier: schema).issue_status s ON s.issue_id = e.issue_id
            WHERE (e.issue_id IS NULL OR (\(unescaped: Self.openCondition)) OR s.feedback_owed_count > 0)
              AND (\(only)::uuid IS NULL OR e.issue_id = \(only))
            """
        ).map { row in
            let subjectId: UUID = try row.decode("subject_id")
            let subject: EffectSubject =
                switch try row.decode("subject_kind", as: String.self) {
                case "issue": .issue(IssueID(subjectId))
                case "action_item":
                    .actionItem(
                        ActionItemID(subjectId), CertificationID(try row.decode("certification_id", as: UUID.self)))
                default: .certification(CertificationID(subjectId))
                }
            return PriorEffect(
                policy: try Self.decoded(PolicyName.self, row, "policy"), subject: subject,
                occasion: try row.decode("occasion"), kind: try Self.decoded(PolicyEffectKind.self, row, "kind"),
                recipient: try Self.recipient(row), on: try row.decode("sent_on", as: PostgresDate.self).calendarDate)
        }
    }

    /// The reminders and escalations about one issue, oldest first.
    package func sentEffects(issue id: IssueID) async throws -> [SentEffect] {
        try await sentEffects(issue: id, kind: nil)
    }

    /// Every escalation to ledningen, of one unit or all, oldest first. Which are still open is for the
    /// policies to say (their cause still holds).
    package func escalations(unitId: UnitID?) async throws -> [SentEffect] {
        let all = try await sentEffects(issue: nil, kind: .escalation)
        guard let unitId else { return all }
        return all.filter { $0.unitId == unitId }
    }

    /// The last reminder of each subject and policy, for the due list: subject id → policy → effect.
    func lastReminders() async throws -> [String: [PolicyName: SentEffect]] {
        var last: [String: [PolicyName: SentEffect]] = [:]
        for effect in try await sentEffects(issue: nil, kind: .reminder) {
            last[effect.subjectId, default: [:]][effect.policy] = effect
        }
        return last
    }

    private func sentEffects(issue: IssueID?, kind: PolicyEffectKind?) async throws -> [SentEffect] {
        let issue = issue?.uuid
        let kind = kind?.rawValue
        return try await database.query(
            .prepared(
                """
                SELECT e.kind, e.subject_kind, e.subject_id, e.record,
                       coalesce(s.unit_id, c.unit_id) AS unit_id, coalesce(u.name, '') AS unit_name,
                       s.title, a.action
                FROM \(identifier: schema).policy_effects e
                LEFT JOIN \(identifier: schema).issue_status s ON s.issue_id = e.issue_id
                LEFT JOIN \(identifier: schema).certifications c ON c.certification_id = e.certification_id
                LEFT JOIN \(identifier: schema).action_items a
                       ON e.subject_kind = 'action_item' AND a.action_item_id = e.subject_id
                LEFT JOIN \(identifier: schema).units u ON u.unit_id = coalesce(s.unit_id, c.unit_id)
                WHERE (\(issue)::uuid IS NULL OR e.issue_id = \(issue)) AND (\(kind)::text IS NULL OR e.kind = \(kind))
                ORDER BY e.sent_on, e.stream_id, e.stream_version
                """)
        ).map { row in
            let kind = try Self.decoded(PolicyEffectKind.self, row, "kind")
            let record = try row.decode("record", as: PostgresJSONB.self).decode(PolicyEffectRecord.self)
            let subjectKind: String = try row.decode("subject_kind")
            let unitName: String = try row.decode("unit_name")
            let title: String =
                switch subjectKind {
                case "issue": try row.decode("title", as: String?.self) ?? ""
                case "action_item": try row.decode("action", as: String?.self) ?? ""
                default: "Certifieringen av \(unitName)"
                }
            return SentEffect(
                kind: kind, policy: record.policy, subjectKind: subjectKind,
                subjectId: try row.decode("subject_id", as: UUID.self).lowercased,
                unitId: UnitID(try row.decode("unit_id", as: UUID.self)), unitName: unitName, title: title,
                recipientKind: record.recipient.kind, recipientId: record.recipient.id, sentOn: record.on,
                lateSince: record.lateSince, since: record.since, occasion: record.occasion, mailId: record.mailId,
                text: PolicyEffectText.sentence(kind, record),
                recipientName: PolicyEffectText.recipient(record.recipient), reason: PolicyEffectText.reason(record))
        }
    }

    private static func recipient(_ row: PostgresRow) throws -> RecipientKey {
        let kind = try decoded(RecipientKey.Kind.self, row, "recipient_kind")
        let id: String = try row.decode("recipient_id")
        do {
            return try RecipientKey(kind: kind, id: id)
        } catch {
            throw PostgresError.malformedValue(column: "recipient_id", type: .text, reason: error.message)
        }
    }

    private static func decoded<Value: RawRepresentable<String>>(_: Value.Type, _ row: PostgresRow, _ column: String)
        throws -> Value
    {
        let text: String = try row.decode(column)
        guard let value = Value(rawValue: text) else {
            throw PostgresError.malformedValue(column: column, type: .text, reason: "unknown value \(text)")
        }
        return value
    }
}
