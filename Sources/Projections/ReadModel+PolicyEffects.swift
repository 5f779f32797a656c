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
        try await priorEffects(page: issue.map { .issue($0) } ?? .all)
    }

    /// Which prior effects one query reads: those of a page of the policy sweep, of one issue, or all.
    enum PriorEffectsPage {
        case all
        case issue(IssueID)
        /// Action items and certifications: effects on no issue.
        case otherThanIssues
        /// The issues with ids after `after` up to `through`.
        case issues(after: IssueID?, through: IssueID)
    }

    /// The prior effects of `page`'s subjects, as ``priorEffects(issue:)`` chooses them.
    func priorEffects(page: PriorEffectsPage) async throws -> [PriorEffect] {
        var only: UUID?
        var after: UUID?
        var through: UUID?
        var issuesOnly = false
        var noIssue = false
        switch page {
        case .all: break
        case .issue(let id): only = id.uuid
        case .otherThanIssues: noIssue = true
        case .issues(let first, let last):
            issuesOnly = true
            after = first?.uuid
            through = last.uuid
        }
        return try await database.query(
            """
            SELECT e.subject_kind, e.subject_id, e.certification_id, e.kind, e.policy, e.occasion,
                   e.recipient_kind, e.recipient_id, e.sent_on
            FROM \(identifier: schema).policy_effects e
            LEFT JOIN \(identifier: schema).issue_status s ON s.issue_id = e.issue_id
            WHERE (e.issue_id IS NULL OR (\(unescaped: Self.openCondition)) OR s.feedback_owed_count > 0)
              AND (\(only)::uuid IS NULL OR e.issue_id = \(only))
              AND (NOT \(noIssue) OR e.issue_id IS NULL)
              AND (NOT \(issuesOnly) OR e.issue_id IS NOT NULL)
              AND (\(after)::uuid IS NULL OR e.issue_id > \(after))
              AND (\(through)::uuid IS NULL OR e.issue_id <= \(through))
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
                SELECT \(unescaped: Self.sentEffectColumns)
                \(unescaped: Self.sentEffectSource(PostgresQuery.quoteIdentifier(schema)))
                WHERE (\(issue)::uuid IS NULL OR e.issue_id = \(issue)) AND (\(kind)::text IS NULL OR e.kind = \(kind))
                ORDER BY e.sent_on, e.stream_id, e.stream_version
                """)
        ).map { row in
            try Self.sentEffect(
                SentEffectRow(
                    kind: try row.decode("kind"), subjectKind: try row.decode("subject_kind"),
                    subjectId: try row.decode("subject_id"),
                    record: try row.decode("record", as: PostgresJSONB.self).decode(PolicyEffectRecord.self),
                    unitId: try row.decode("unit_id"), unitName: try row.decode("unit_name"),
                    title: try row.decode("title"), action: try row.decode("action")))
        }
    }

    /// What a sent effect is shown with, and where it is read from (`e`, the effects).
    static let sentEffectColumns = """
        e.kind, e.subject_kind, e.subject_id, e.record, coalesce(s.unit_id, c.unit_id) AS unit_id,
        coalesce(u.name, '') AS unit_name, s.title, a.action
        """

    static func sentEffectSource(_ s: String) -> String {
        """
        FROM \(s).policy_effects e
        LEFT JOIN \(s).issue_status s ON s.issue_id = e.issue_id
        LEFT JOIN \(s).certifications c ON c.certification_id = e.certification_id
        LEFT JOIN \(s).action_items a ON e.subject_kind = 'action_item' AND a.action_item_id = e.subject_id
        LEFT JOIN \(s).units u ON u.unit_id = coalesce(s.unit_id, c.unit_id)
        """
    }

    /// The effects sent about the issue whose id is the SQL expression `issue`, oldest first, as one
    /// JSON array of ``SentEffectRow``s: for answers read in one statement.
    static func sentEffectsJSON(_ s: String, issue: String) -> String {
        """
        (SELECT coalesce(jsonb_agg(to_jsonb(x) ORDER BY x.sent_on, x.stream_id, x.stream_version), '[]')
         FROM (SELECT \(sentEffectColumns), e.sent_on, e.stream_id, e.stream_version \(sentEffectSource(s))
               WHERE e.issue_id = \(issue)) x)
        """
    }

    /// A sent effect with the words that tell it.
    static func sentEffect(_ row: SentEffectRow) throws -> SentEffect {
        guard let kind = PolicyEffectKind(rawValue: row.kind) else {
            throw PostgresError.malformedValue(column: "kind", type: .text, reason: "unknown value \(row.kind)")
        }
        let record = row.record
        let title: String =
            switch row.subjectKind {
            case "issue": row.title ?? ""
            case "action_item": row.action ?? ""
            default: "Certifieringen av \(row.unitName)"
            }
        return SentEffect(
            kind: kind, policy: record.policy, subjectKind: row.subjectKind, subjectId: row.subjectId.lowercased,
            unitId: UnitID(row.unitId), unitName: row.unitName, title: title, recipientKind: record.recipient.kind,
            recipientId: record.recipient.id, sentOn: record.on, lateSince: record.lateSince, since: record.since,
            occasion: record.occasion, mailId: record.mailId, text: PolicyEffectText.sentence(kind, record),
            recipientName: PolicyEffectText.recipient(record.recipient), reason: PolicyEffectText.reason(record))
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
