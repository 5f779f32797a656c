import Domain
import Foundation
import Policies
import Postgres

/// What the reminder and escalation policies decide on, from three indexed queries over the read
/// models (set-based: no stream is replayed). Which issue is open is the domain's rule, applied by the
/// engine; the queries only leave out what can never matter (closed issues that owe nothing).
extension ReadModel {
    /// How many issues a page of the policy sweep holds (``forEachPolicyPage(size:_:)``): large enough
    /// that the queries' round trips do not count, small enough that a page's facts stay a few MiB.
    package static let policyPageSize = 5_000

    /// Everything at once: every fact the policies look at, in one value (`issue show` for one issue;
    /// the open escalations; the reference the paged sweep is tested against).
    ///
    /// - Parameter issue: only this issue's facts (for `issue show`), no action items or certifications.
    package func policyFacts(issue: IssueID? = nil) async throws -> PolicyFacts {
        let issues = try await issueFacts(only: issue, after: nil, limit: nil)
        if issue != nil { return PolicyFacts(issues: issues, actionItems: [], certifications: []) }
        var others = try await policyFactsOtherThanIssues()
        others.issues = issues
        return others
    }

    /// The policies' facts page by page, each page with the prior effects of its subjects: first the
    /// action items and certifications, then the issues `size` at a time in order of their ids (keyset
    /// pagination). The run holds one page's facts at a time; `body` keeps what it needs of them.
    ///
    /// The pages together are exactly ``policyFacts(issue:)`` and ``priorEffects(issue:)`` at once:
    /// each fact in one page, each prior effect with its subject's page.
    package func forEachPolicyPage(
        size: Int = policyPageSize, _ body: (PolicyFacts, [PriorEffect]) throws -> Void
    ) async throws {
        let size = max(1, size)
        try body(try await policyFactsOtherThanIssues(), try await priorEffects(page: .otherThanIssues))
        var after: IssueID?
        while true {
            let issues = try await issueFacts(only: nil, after: after, limit: size)
            guard let last = issues.last else { return }
            let prior = try await priorEffects(page: .issues(after: after, through: last.id))
            try body(PolicyFacts(issues: issues), prior)
            if issues.count < size { return }
            after = last.id
        }
    }

    /// The issues that are open or owe feedback: one (`only`), or those after `after` in order of their
    /// ids, at most `limit`.
    private func issueFacts(only issue: IssueID?, after: IssueID?, limit: Int?) async throws -> [IssueFact] {
        let only = issue?.uuid
        let after = after?.uuid
        return try await database.query(
            """
            SELECT s.issue_id, s.unit_id, s.title, s.status, s.outcome, s.owner, s.registered_on, s.due_date,
                   s.last_event_on, s.feedback_owed, s.kvittens_asked_since
            FROM \(identifier: schema).issue_status s
            WHERE ((\(unescaped: Self.openCondition)) OR s.feedback_owed_count > 0)
              AND (\(only)::uuid IS NULL OR s.issue_id = \(only))
              AND (\(after)::uuid IS NULL OR s.issue_id > \(after))
            ORDER BY s.issue_id
            LIMIT \(limit)
            """
        ).map { row in
            IssueFact(
                id: IssueID(try row.decode("issue_id", as: UUID.self)),
                unitId: UnitID(try row.decode("unit_id", as: UUID.self)), title: try row.decode("title"),
                status: try Self.status(try row.decode("status")),
                outcome: try row.decode("outcome", as: String?.self).flatMap(DecisionOutcome.init(rawValue:)),
                owner: try row.decode("owner"),
                registeredOn: try row.decode("registered_on", as: PostgresDate.self).calendarDate,
                dueDate: try row.decode("due_date", as: PostgresDate?.self)?.calendarDate,
                lastEventOn: try row.decode("last_event_on", as: PostgresDate.self).calendarDate,
                feedbackOwed: try Self.feedbackOwed(row),
                kvittensAskedSince: try row.decode("kvittens_asked_since", as: PostgresDate?.self)?.calendarDate)
        }
    }

    /// The action items and certifications the policies look at (few next to the issues: one page).
    private func policyFactsOtherThanIssues() async throws -> PolicyFacts {
        let actionItems = try await database.query(
            """
            SELECT a.action_item_id, a.certification_id, c.unit_id, a.action, a.followed_up_by, a.due_date,
                   c.adopted_on IS NOT NULL AS adopted, src.issue_id
            FROM \(identifier: schema).action_items a JOIN \(identifier: schema).certifications c USING (certification_id)
            LEFT JOIN \(identifier: schema).issue_sources src ON src.source_id = a.action_item_id
            LEFT JOIN \(identifier: schema).issue_status s ON s.issue_id = src.issue_id
            WHERE coalesce(s.status NOT IN \(unescaped: Self.actionItemClosedStatuses), true)
            ORDER BY a.action_item_id
            """
        ).map { row in
            ActionItemFact(
                id: ActionItemID(try row.decode("action_item_id", as: UUID.self)),
                certificationId: CertificationID(try row.decode("certification_id", as: UUID.self)),
                unitId: UnitID(try row.decode("unit_id", as: UUID.self)), action: try row.decode("action"),
                followedUpBy: try row.decode("followed_up_by"),
                dueDate: try row.decode("due_date", as: PostgresDate.self).calendarDate,
                planAdopted: try row.decode("adopted"),
                issueId: try row.decode("issue_id", as: UUID?.self).map(IssueID.init))
        }
        let certifications = try await database.query(
            """
            SELECT c.certification_id, c.unit_id, c.valid_until,
                   EXISTS (SELECT 1 FROM \(identifier: schema).certifications r WHERE r.renews = c.certification_id)
                     AS renewal_started
            FROM \(identifier: schema).certifications c WHERE c.valid_until IS NOT NULL
            ORDER BY c.certification_id
            """
        ).map { row in
            CertificationFact(
                id: CertificationID(try row.decode("certification_id", as: UUID.self)),
                unitId: UnitID(try row.decode("unit_id", as: UUID.self)),
                validUntil: try row.decode("valid_until", as: PostgresDate.self).calendarDate,
                renewalStarted: try row.decode("renewal_started"))
        }
        return PolicyFacts(issues: [], actionItems: actionItems, certifications: certifications)
    }

    private static let emptyArray = Data("[]".utf8)

    /// Feedback still owed, from its JSON array; most issues owe none, and `[]` needs no decoder.
    private static func feedbackOwed(_ row: PostgresRow) throws -> [FeedbackDue] {
        let json = try row.decode("feedback_owed", as: PostgresJSONB.self)
        if json.data == Self.emptyArray { return [] }
        return try json.decode([FeedbackDue].self)
    }

    private static func status(_ text: String) throws -> IssueStatus {
        guard let status = IssueStatus(rawValue: text) else {
            throw PostgresError.malformedValue(column: "status", type: .text, reason: "unknown status \(text)")
        }
        return status
    }
}
