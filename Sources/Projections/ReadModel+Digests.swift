import Digests
import Domain
import Foundation
import Postgres
import ReadModelTypes

/// What the monthly digests and the council agendas are made from, and what was sent: set-based
/// queries on one snapshot, so a digest never mixes before and after a change, and a thousand
/// councils cost a handful of queries rather than thousands.
extension ReadModel {
    /// The facts of every council's digest (or one council's), councils by name.
    package func councilDigestFacts(councilId: CouncilID? = nil) async throws -> [CouncilDigestFacts] {
        try await onOneSnapshot { try await $0.councilDigestFactsOnSnapshot(councilId: councilId) }
    }

    private func councilDigestFactsOnSnapshot(councilId: CouncilID?) async throws -> [CouncilDigestFacts] {
        let only = councilId?.uuid
        let councils = try await database.query(
            """
            SELECT c.council_id, c.name, c.unit_id, coalesce(u.name, '') AS unit_name, c.form
            FROM \(identifier: schema).councils c LEFT JOIN \(identifier: schema).units u USING (unit_id)
            WHERE (\(only)::uuid IS NULL OR c.council_id = \(only))
            ORDER BY c.name, c.council_id
            """
        ).map { row in
            CouncilDigestFacts.CouncilFact(
                id: CouncilID(try row.decode("council_id", as: UUID.self)), name: try row.decode("name"),
                unitId: UnitID(try row.decode("unit_id", as: UUID.self)), unitName: try row.decode("unit_name"),
                form: CouncilForm(rawValue: try row.decode("form")) ?? .userCouncil)
        }
        guard !councils.isEmpty else {
            if let councilId { throw Self.councilNotFound(councilId) }
            return []
        }
        let ids = councils.map(\.id.uuid)
        var proposals: [CouncilID: [CouncilDigestFacts.ProposalFact]] = [:]
        for row in try await database.query(
            """
            SELECT p.council_id, p.proposal_id, p.text, p.put_forward_on, p.meeting_id,
                   p.withdrawn_reason IS NOT NULL AS withdrawn, src.issue_id, src.linked_on, p.amended_on
            FROM \(identifier: schema).proposals p
            LEFT JOIN \(identifier: schema).issue_sources src ON src.source_id = p.proposal_id
            WHERE p.council_id = ANY(\(ids))
            ORDER BY p.put_forward_on, p.proposal_id
            """)
        {
            proposals[CouncilID(try row.decode("council_id", as: UUID.self)), default: []].append(
                CouncilDigestFacts.ProposalFact(
                    id: ProposalID(try row.decode("proposal_id", as: UUID.self)), text: try row.decode("text"),
                    putForwardOn: try row.decode("put_forward_on", as: PostgresDate.self).calendarDate,
                    meetingId: try row.decode("meeting_id", as: UUID?.self).map(MeetingID.init),
                    withdrawn: try row.decode("withdrawn"),
                    issueId: try row.decode("issue_id", as: UUID?.self).map(IssueID.init),
                    linkedOn: try row.decode("linked_on", as: PostgresDate?.self)?.calendarDate,
                    amendedOn: try row.decode("amended_on", as: PostgresDate?.self)?.calendarDate))
        }
        let issueRows = try await database.query(
            """
            SELECT s.issue_id, s.title, s.status, s.outcome, s.motivation, s.decided_by, s.decided_on, s.owner,
                   s.due_date, s.registered_on, s.carried_out_on, s.implementation_summary, s.verified_on,
                   s.verification_note, s.withdrawn_on, s.withdrawn_reason, s.feedback_owed, s.councils,
                   s.kvittens_asked_since, s.kvittens_awaited_councils, s.kvittens, s.corrections,
                   s.verified_without_kvittens IS NOT NULL AS verified_without_kvittens
            FROM \(identifier: schema).issue_status s
            WHERE s.councils && \(ids)::uuid[] AND s.status <> 'merged'
            ORDER BY s.registered_on, s.issue_id
            """)
        let issueIds = try issueRows.map { try $0.decode("issue_id", as: UUID.self) }
        var findings: [UUID: [CouncilDigestFacts.FindingFact]] = [:]
        for row in try await database.query(
            """
            SELECT src.issue_id, f.text, coalesce(r.title, '') AS revision_title, src.linked_on
            FROM \(identifier: schema).issue_sources src
            JOIN \(identifier: schema).findings f ON f.finding_id = src.source_id
            JOIN \(identifier: schema).revisions r ON r.revision_id = f.revision_id
            WHERE src.issue_id = ANY(\(issueIds)) ORDER BY src.linked_on, src.source_id
            """)
        {
            findings[try row.decode("issue_id", as: UUID.self), default: []].append(
                CouncilDigestFacts.FindingFact(
                    revisionTitle: try row.decode("revision_title"), text: try row.decode("text"),
                    linkedOn: try row.decode("linked_on", as: PostgresDate?.self)?.calendarDate))
        }
        var escalations: [UUID: [PolicyEffectRecord]] = [:]
        for row in try await database.query(
            """
            SELECT e.issue_id, e.record FROM \(identifier: schema).policy_effects e
            WHERE e.kind = 'escalation' AND e.issue_id = ANY(\(issueIds))
            ORDER BY e.sent_on, e.stream_id, e.stream_version
            """)
        {
            escalations[try row.decode("issue_id", as: UUID.self), default: []].append(
                try row.decode("record", as: PostgresJSONB.self).decode(PolicyEffectRecord.self))
        }
        var issues: [CouncilID: [CouncilDigestFacts.IssueFact]] = [:]
        for row in issueRows {
            let id: UUID = try row.decode("issue_id")
            let owed = try row.decode("feedback_owed", as: PostgresJSONB.self).decode([FeedbackDue].self)
            let issue = CouncilDigestFacts.IssueFact(
                id: IssueID(id), title: try row.decode("title"),
                status: IssueStatus(rawValue: try row.decode("status")) ?? .registered,
                outcome: try row.decode("outcome", as: String?.self).flatMap(DecisionOutcome.init(rawValue:)),
                motivation: try row.decode("motivation"), decidedBy: try row.decode("decided_by"),
                decidedOn: try row.decode("decided_on", as: PostgresDate?.self)?.calendarDate,
                owner: try row.decode("owner"),
                dueDate: try row.decode("due_date", as: PostgresDate?.self)?.calendarDate,
                registeredOn: try row.decode("registered_on", as: PostgresDate.self).calendarDate,
                implementedOn: try row.decode("carried_out_on", as: PostgresDate?.self)?.calendarDate,
                implementationSummary: try row.decode("implementation_summary"),
                verifiedOn: try row.decode("verified_on", as: PostgresDate?.self)?.calendarDate,
                verificationNote: try row.decode("verification_note"),
                withdrawnOn: try row.decode("withdrawn_on", as: PostgresDate?.self)?.calendarDate,
                withdrawnReason: try row.decode("withdrawn_reason"), feedbackOwed: [],
                findings: findings[id] ?? [], escalations: escalations[id] ?? [],
                verifiedWithoutKvittens: try row.decode("verified_without_kvittens"))
            let askedSince = try row.decode("kvittens_asked_since", as: PostgresDate?.self)?.calendarDate
            let asked = Set(try row.decode("kvittens_awaited_councils", as: [UUID].self).map(CouncilID.init))
            let answers = try row.decode("kvittens", as: PostgresJSONB.self).decode([Kvittens].self)
            let corrections = try row.decode("corrections", as: PostgresJSONB.self).decode([IssueCorrection].self)
            for council in try row.decode("councils", as: [UUID].self).map(CouncilID.init) {
                var mine = issue
                mine.feedbackOwed = owed.filter { $0.councilId == council }
                mine.kvittensAskedSince = asked.contains(council) ? askedSince : nil
                mine.corrections = corrections
                mine.kvittensNotHeld = answers.last {
                    $0.party == .council(council) && $0.verdict == .doesNotHold
                }
                mine.kvittensHeld = answers.last { $0.party == .council(council) && $0.verdict == .holds }
                issues[council, default: []].append(mine)
            }
        }
        var meetings: [CouncilID: [CouncilDigestFacts.MeetingFact]] = [:]
        for row in try await database.query(
            """
            SELECT council_id, meeting_id, held_on FROM \(identifier: schema).council_meetings
            WHERE council_id = ANY(\(ids)) ORDER BY held_on, meeting_id
            """)
        {
            meetings[CouncilID(try row.decode("council_id", as: UUID.self)), default: []].append(
                CouncilDigestFacts.MeetingFact(
                    id: MeetingID(try row.decode("meeting_id", as: UUID.self)),
                    heldOn: try row.decode("held_on", as: PostgresDate.self).calendarDate))
        }
        return councils.map { council in
            CouncilDigestFacts(
                council: council, proposals: proposals[council.id] ?? [], issues: issues[council.id] ?? [],
                meetings: meetings[council.id] ?? [])
        }
    }

    /// The facts of every unit's ledning digest (or one unit's) for `month`, units by name.
    package func managementDigestFacts(month: CalendarMonth, unitId: UnitID? = nil) async throws
        -> [ManagementDigestFacts]
    {
        try await onOneSnapshot { try await $0.managementDigestFactsOnSnapshot(month: month, unitId: unitId) }
    }

    private func managementDigestFactsOnSnapshot(month: CalendarMonth, unitId: UnitID?) async throws
        -> [ManagementDigestFacts]
    {
        var units = try await self.units()
        if let unitId {
            units = units.filter { $0.id == unitId }
            guard !units.isEmpty else {
                throw NotFound(.unit, unitId.description)
            }
        }
        let escalations = try await self.escalations(unitId: unitId).filter { month.contains($0.sentOn) }
        let open = Dictionary(
            try await database.query(
                """
                SELECT s.unit_id, count(*) AS open FROM \(identifier: schema).issue_status s
                WHERE \(unescaped: Self.openCondition) GROUP BY s.unit_id
                """
            ).map { (UnitID(try $0.decode("unit_id", as: UUID.self)), try $0.decode("open", as: Int.self)) },
            uniquingKeysWith: { first, _ in first })
        let waits = try await councilWaits()
        var all: [ManagementDigestFacts] = []
        for unit in units {
            let previous = month.previous
            all.append(
                ManagementDigestFacts(
                    unitId: unit.id, unitName: unit.name,
                    thisMonth: try await statistics(unitId: unit.id, from: month.firstDay, to: month.lastDay),
                    monthBefore: try await statistics(unitId: unit.id, from: previous.firstDay, to: previous.lastDay),
                    overdue: try await issues(IssueFilter(unitId: unit.id, overdue: true, limit: 1000)).sorted {
                        ($0.dueDate ?? today, $0.title) < ($1.dueDate ?? today, $1.title)
                    },
                    escalations: escalations.filter { $0.unitId == unit.id },
                    certifications: try await certifications(unitId: unit.id).filter { $0.validUntil != nil },
                    councils: waits[unit.id] ?? [], openIssues: open[unit.id] ?? 0))
        }
        return all
    }

    /// Every council's waits, by unit.
    private func councilWaits() async throws -> [UnitID: [ManagementDigestFacts.CouncilWait]] {
        var waits: [UnitID: [ManagementDigestFacts.CouncilWait]] = [:]
        for row in try await database.query(
            """
            SELECT c.council_id, c.unit_id, c.name,
              (SELECT count(*) FROM \(identifier: schema).feedback_owed f WHERE f.council_id = c.council_id) AS owed,
              (SELECT min(f.owed_since) FROM \(identifier: schema).feedback_owed f WHERE f.council_id = c.council_id) AS owed_since,
              count(p.proposal_id) FILTER (WHERE src.issue_id IS NULL AND p.withdrawn_reason IS NULL) AS without_issue,
              min(p.put_forward_on) FILTER (WHERE src.issue_id IS NULL AND p.withdrawn_reason IS NULL) AS without_since,
              (SELECT count(*) FROM \(identifier: schema).issue_status s
                 WHERE s.councils @> ARRAY[c.council_id] AND s.status IN ('registered', 'in_preparation', 'reopened')) AS undecided,
              (SELECT min(s.registered_on) FROM \(identifier: schema).issue_status s
                 WHERE s.councils @> ARRAY[c.council_id] AND s.status IN ('registered', 'in_preparation', 'reopened')) AS undecided_since
            FROM \(identifier: schema).councils c
            LEFT JOIN \(identifier: schema).proposals p ON p.council_id = c.council_id
            LEFT JOIN \(identifier: schema).issue_sources src ON src.source_id = p.proposal_id
            GROUP BY c.council_id, c.unit_id, c.name
            ORDER BY c.name
            """)
        {
            waits[UnitID(try row.decode("unit_id", as: UUID.self)), default: []].append(
                ManagementDigestFacts.CouncilWait(
                    councilId: CouncilID(try row.decode("council_id", as: UUID.self)), name: try row.decode("name"),
                    feedbackOwed: try row.decode("owed"),
                    feedbackOwedSince: try row.decode("owed_since", as: PostgresDate?.self)?.calendarDate,
                    proposalsWithoutIssue: try row.decode("without_issue"),
                    oldestWithoutIssueSince: try row.decode("without_since", as: PostgresDate?.self)?.calendarDate,
                    undecided: try row.decode("undecided"),
                    oldestUndecidedSince: try row.decode("undecided_since", as: PostgresDate?.self)?.calendarDate))
        }
        return waits
    }

    /// The digests sent, newest month first (`digest list`).
    package func digests(month: CalendarMonth? = nil, limit: Int = 1000) async throws -> [DigestRecord] {
        let only = month?.description
        return try await database.query(
            """
            SELECT d.*, coalesce(c.name, u.name, '') AS recipient_name,
                   jsonb_array_length(d.reports) AS reported, jsonb_array_length(d.cleared) AS cleared_count
            FROM \(identifier: schema).digests d
            LEFT JOIN \(identifier: schema).councils c ON d.recipient_kind = 'council' AND c.council_id::text = d.recipient_id
            LEFT JOIN \(identifier: schema).units u ON d.recipient_kind = 'management' AND u.unit_id::text = d.recipient_id
            WHERE (\(only)::text IS NULL OR d.month = \(only))
            ORDER BY d.month DESC, d.recipient_kind DESC, recipient_name, d.digest_id LIMIT \(limit)
            """
        ).map { row in
            let kind: String = try row.decode("recipient_kind")
            let month: String = try row.decode("month")
            return DigestRecord(
                digestId: DigestID(try row.decode("digest_id", as: UUID.self)),
                month: try CalendarMonth(month).orThrow(column: "month", month),
                recipientKind: try RecipientKey.Kind(rawValue: kind).orThrow(column: "recipient_kind", kind),
                recipientId: try row.decode("recipient_id"), recipientName: try row.decode("recipient_name"),
                sentOn: try row.decode("sent_on", as: PostgresDate.self).calendarDate,
                lateSince: try row.decode("late_since", as: PostgresDate?.self)?.calendarDate,
                mailId: try row.decode("mail_id", as: UUID?.self).map(MailID.init),
                printedAs: try row.decode("printed_as"),
                deliveredOn: try row.decode("delivered_on", as: PostgresDate?.self)?.calendarDate,
                items: try row.decode("items"), reported: try row.decode("reported"),
                cleared: try row.decode("cleared_count", as: Int?.self))
        }
    }

    /// The ids of the digests sent for `month`, all of them: what a run must not send again.
    package func digestIDs(month: CalendarMonth) async throws -> Set<DigestID> {
        Set(
            try await database.query(
                "SELECT digest_id FROM \(identifier: schema).digests WHERE month = \(month.description)"
            ).map { DigestID(try $0.decode("digest_id", as: UUID.self)) })
    }

    /// A digest whose e-mail was delivered and whose reported feedback is not yet recorded.
    package struct DeliveredDigest: Sendable, Equatable {
        package var digestId: DigestID
        package var councilId: CouncilID
        package var deliveredOn: CalendarDate
    }

    /// The council digests delivered whose feedback the scheduler has still to record.
    package func deliveredDigestsAwaitingFeedback() async throws -> [DeliveredDigest] {
        try await database.query(
            """
            SELECT digest_id, recipient_id, delivered_on FROM \(identifier: schema).digests
            WHERE delivered_on IS NOT NULL AND feedback_recorded_on IS NULL AND recipient_kind = 'council'
            ORDER BY digest_id LIMIT 500
            """
        ).compactMap { row in
            guard let council = CouncilID(try row.decode("recipient_id", as: String.self)) else { return nil }
            return DeliveredDigest(
                digestId: DigestID(try row.decode("digest_id", as: UUID.self)), councilId: council,
                deliveredOn: try row.decode("delivered_on", as: PostgresDate.self).calendarDate)
        }
    }

    static func councilNotFound(_ id: CouncilID) -> NotFound {
        NotFound(.council, id.description)
    }
}

extension Optional {
    /// The value, or a malformed-value error naming the column: the read model holds only what the
    /// domain wrote, so this is a damaged table, not a user's mistake.
    fileprivate func orThrow(column: String, _ text: String) throws -> Wrapped {
        guard let self else {
            throw PostgresError.malformedValue(column: column, type: .text, reason: "unexpected value \(text)")
        }
        return self
    }
}
