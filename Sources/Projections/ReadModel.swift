import Domain
import Foundation
import Postgres
import ReadModelTypes
import Wording

/// The questions coordinators ask of the read models: issue lists and details, history, the trace of
/// a proposal, what is due, statistics and certifications.
package struct ReadModel: Sendable {
    package let pool: PostgresPool
    package let schema: String
    /// "Today" for staleness and due dates, on the organisation's calendar.
    let clock: OrganisationClock
    /// What counts as stale or late: the policies' thresholds, never numbers of the queries' own.
    package var thresholds: Thresholds

    /// Where the queries run: the pool, or one connection's transaction (``onOneSnapshot(_:)``).
    var database: any PostgresQueryable

    package init(pool: PostgresPool, schema: String, clock: OrganisationClock, thresholds: Thresholds) {
        self.pool = pool
        self.database = pool
        self.schema = schema
        self.clock = clock
        self.thresholds = thresholds
    }

    var today: CalendarDate { clock.today }
    var s: String { PostgresQuery.quoteIdentifier(schema) }

    // MARK: Issues

    /// Issues matching `filter`, most recently changed first.
    package func issues(_ filter: IssueFilter = IssueFilter()) async throws -> [IssueSummary] {
        var query = SQLBuilder("\(Self.summarySelect(s)) WHERE true")
        if let unit = filter.unitId { query.append(" AND s.unit_id = ", unit.uuid) }
        if let status = filter.status { query.append(" AND s.status = ", status.rawValue) }
        if let owner = filter.owner { query.append(" AND s.owner = ", owner) }
        if let council = filter.councilId {
            query.append(" AND s.councils @> ARRAY[", council.uuid)
            query.append("]::uuid[]")
        }
        if let kind = filter.sourceKind {
            query.append(" AND s.source_kinds @> ARRAY[", kind.rawValue)
            query.append("]::text[]")
        }
        if filter.overdue == true {
            query.append(" AND s.due_date < ", today.postgres)
            query.append(" AND (\(Self.openCondition)) AND s.status <> 'implemented'")
        }
        if let days = filter.staleDays {
            query.append(" AND (\(Self.openCondition)) AND s.last_event_on <= ", today.adding(days: -days).postgres)
        }
        query.append(" ORDER BY s.last_event_at DESC, s.issue_id LIMIT ", filter.limit ?? 1000)
        return try await database.query(query.query).map(summary)
    }

    /// One issue, with its sources and owed feedback.
    package func issue(_ id: IssueID) async throws -> IssueDetail {
        let rows = try await database.query(
            PostgresQuery(
                unsafeSQL: "\(Self.summarySelect(s)) WHERE s.issue_id = $1",
                bindings: SQLBuilder.bindings(id.uuid)))
        guard let row = rows.first else { throw Self.issueNotFound(id) }
        let summary = try summary(row)
        let owed = try await database.query(
            """
            SELECT f.issue_id, f.council_id, coalesce(c.name, '') AS council_name, f.occasion, f.owed_since
            FROM \(identifier: schema).feedback_owed f LEFT JOIN \(identifier: schema).councils c USING (council_id)
            WHERE f.issue_id = \(id.uuid) ORDER BY f.owed_since, c.name
            """
        ).map(owedFeedback)
        let sources = try row.decode("sources", as: PostgresJSONB.self).decode([IssueSource].self)
        var references: [SourceReference] = []
        for source in sources { references.append(try await reference(IssueSourceKind(source), source.id)) }
        return IssueDetail(
            summary: summary, motivation: try row.decode("motivation"), decidedBy: try row.decode("decided_by"),
            decidedOn: try row.decode("decided_on", as: PostgresDate?.self)?.calendarDate,
            participationReason: try row.decode("participation_reason"),
            mergedInto: try row.decode("merged_into", as: UUID?.self).map(IssueID.init), sources: references,
            feedbackOwed: owed)
    }

    /// The issue's history in plain Swedish, oldest first.
    package func history(_ id: IssueID) async throws -> [TimelineEntry] {
        let known = try await database.query(
            "SELECT 1 AS known FROM \(identifier: schema).issue_status WHERE issue_id = \(id.uuid)")
        guard !known.isEmpty else { throw Self.issueNotFound(id) }
        return try await history([id])
    }

    func history(_ ids: [IssueID]) async throws -> [TimelineEntry] {
        try await database.query(
            """
            SELECT issue_id, occurred_on, text, actor, event_type FROM \(identifier: schema).timeline
            WHERE issue_id = ANY(\(ids.map(\.uuid))) ORDER BY transaction_id, sequence
            """
        ).map { row in
            TimelineEntry(
                issueId: IssueID(try row.decode("issue_id", as: UUID.self)),
                date: try row.decode("occurred_on", as: PostgresDate.self).calendarDate, text: try row.decode("text"),
                actor: try row.decode("actor"), eventType: try row.decode("event_type"))
        }
    }

    static func issueNotFound(_ id: IssueID) -> NotFound {
        NotFound(kind: "issue", id: id.description, message: "Ärendet \(id) finns inte.")
    }

    // MARK: Trace

    /// Runs `body` with a read model whose queries all run in one read-only, repeatable-read
    /// transaction: an answer made of several queries then never mixes before and after a change.
    func onOneSnapshot<Value>(_ body: (ReadModel) async throws -> Value) async throws -> Value {
        try await pool.withTransaction(isolation: .repeatableRead) { connection in
            try await connection.execute("SET TRANSACTION READ ONLY")
            var snapshot = self
            snapshot.database = connection
            return try await body(snapshot)
        }
    }

    /// "Vad hände med förslaget?" — for a proposal, finding or action item: the issue it went into,
    /// every step since, where it stands and what is still owed, read on one snapshot.
    package func trace(_ sourceID: UUID) async throws -> Trace {
        try await onOneSnapshot { try await $0.traceOnSnapshot(sourceID) }
    }

    private func traceOnSnapshot(_ sourceID: UUID) async throws -> Trace {
        let kinds = try await database.query(
            """
            SELECT \(IssueSourceKind.proposal.rawValue) AS kind FROM \(identifier: schema).proposals WHERE proposal_id = \(sourceID)
            UNION ALL SELECT \(IssueSourceKind.finding.rawValue) FROM \(identifier: schema).findings WHERE finding_id = \(sourceID)
            UNION ALL SELECT \(IssueSourceKind.actionItem.rawValue) FROM \(identifier: schema).action_items
                WHERE action_item_id = \(sourceID)
            """)
        guard let kind = try kinds.first.flatMap({ IssueSourceKind(rawValue: try $0.decode("kind", as: String.self)) })
        else {
            throw NotFound(
                kind: "source", id: sourceID.uuidString.lowercased(),
                message:
                    "Det finns inget förslag, ingen iakttagelse och ingen åtgärd med id \(sourceID.uuidString.lowercased())."
            )
        }
        let source = try await reference(kind, sourceID.uuidString.lowercased())
        let linked = try await database.query(
            "SELECT first_issue_id FROM \(identifier: schema).issue_sources WHERE source_id = \(sourceID)")
        guard let first = try linked.first.map({ IssueID(try $0.decode("first_issue_id", as: UUID.self)) }) else {
            return Trace(
                source: source, issue: nil, issuePath: [], history: [],
                answer: TraceAnswer.notYetAnIssue(kind))
        }
        var path = [first]
        var current = try await issue(first)
        while let next = current.mergedInto, !path.contains(next) {
            path.append(next)
            current = try await issue(next)
        }
        current.effects = try await sentEffects(issue: current.summary.id)
        return Trace(
            source: source, issue: current, issuePath: path, history: try await history(path),
            answer: TraceAnswer.paragraph(
                kind: kind, issue: current, mergedFrom: path.count > 1 ? path[0] : nil,
                opened: current.sources.first?.id == source.id))
    }

    private func reference(_ kind: IssueSourceKind, _ id: String) async throws -> SourceReference {
        guard let uuid = UUID(uuidString: id) else {
            throw NotFound(kind: kind.rawValue, id: id, message: "Ogiltigt id: \(id).")
        }
        let query: PostgresQuery
        switch kind {
        case .proposal:
            query = """
                SELECT p.text, 'Förslag från ' || coalesce(c.name, 'ett brukarråd') AS origin, p.put_forward_on AS day
                FROM \(identifier: schema).proposals p LEFT JOIN \(identifier: schema).councils c USING (council_id)
                WHERE p.proposal_id = \(uuid)
                """
        case .finding:
            query = """
                SELECT f.text || ' Rekommendation: ' || f.recommendation AS text,
                       'Iakttagelse i brukarrevisionen av ' || coalesce(u.name, 'verksamheten') AS origin, r.published_on AS day
                FROM \(identifier: schema).findings f JOIN \(identifier: schema).revisions r USING (revision_id)
                LEFT JOIN \(identifier: schema).units u ON u.unit_id = r.unit_id
                WHERE f.finding_id = \(uuid)
                """
        case .actionItem:
            query = """
                SELECT a.action AS text, 'Åtgärd i handlingsplanen för ' || coalesce(u.name, 'verksamheten') AS origin,
                       c.adopted_on AS day
                FROM \(identifier: schema).action_items a JOIN \(identifier: schema).certifications c USING (certification_id)
                LEFT JOIN \(identifier: schema).units u ON u.unit_id = c.unit_id
                WHERE a.action_item_id = \(uuid)
                """
        }
        guard let row = try await database.query(query).first else {
            return SourceReference(kind: kind.rawValue, id: id, text: "", origin: "", date: nil)
        }
        return SourceReference(
            kind: kind.rawValue, id: id, text: try row.decode("text"), origin: try row.decode("origin"),
            date: try row.decode("day", as: PostgresDate?.self)?.calendarDate)
    }

    // MARK: Rows

    /// Statuses of an issue behind an action item that close the item (done, or dropped).
    static let actionItemClosedStatuses = "('implemented', 'verified', 'withdrawn')"

    /// The domain's open issue (``IssueStatus/isOpen(outcome:)``) as SQL over `issue_status s`, generated
    /// from the domain's statuses and outcomes so that the two cannot disagree.
    package static let openCondition: String = {
        let outcomes: [DecisionOutcome?] = [nil] + DecisionOutcome.allCases
        var always: [String] = []
        var terms: [String] = []
        for status in IssueStatus.allCases {
            let open = outcomes.filter { status.isOpen(outcome: $0) }
            if open.count == outcomes.count {
                always.append("'\(status.rawValue)'")
            } else if !open.isEmpty {
                var outcome = open.compactMap { $0 }.map { "'\($0.rawValue)'" }.joined(separator: ", ")
                outcome = outcome.isEmpty ? "false" : "s.outcome IN (\(outcome))"
                if open.contains(where: { $0 == nil }) { outcome = "s.outcome IS NULL OR " + outcome }
                terms.append("(s.status = '\(status.rawValue)' AND (\(outcome)))")
            }
        }
        return (["s.status IN (\(always.joined(separator: ", ")))"] + terms).joined(separator: " OR ")
    }()

    static func summarySelect(_ s: String) -> String {
        """
        SELECT s.issue_id, s.title, s.status, s.outcome, s.owner, s.due_date, s.unit_id, coalesce(u.name, '') AS unit_name,
               s.quality_area, s.participation_level, s.source_kinds, s.councils, s.feedback_owed_count, s.registered_on,
               s.last_event_on, s.motivation, s.decided_by, s.decided_on, s.participation_reason, s.merged_into, s.sources
        FROM \(s).issue_status s LEFT JOIN \(s).units u ON u.unit_id = s.unit_id
        """
    }

    private func summary(_ row: PostgresRow) throws -> IssueSummary {
        let status = IssueStatus(rawValue: try row.decode("status")) ?? .registered
        let outcome = try row.decode("outcome", as: String?.self).flatMap(DecisionOutcome.init(rawValue:))
        let lastEventOn = try row.decode("last_event_on", as: PostgresDate.self).calendarDate
        let dueDate = try row.decode("due_date", as: PostgresDate?.self)?.calendarDate
        let open = status.isOpen(outcome: outcome)
        let days = lastEventOn.days(until: today)
        return IssueSummary(
            id: IssueID(try row.decode("issue_id", as: UUID.self)), title: try row.decode("title"), status: status,
            outcome: outcome, owner: try row.decode("owner"), dueDate: dueDate,
            unitId: UnitID(try row.decode("unit_id", as: UUID.self)), unitName: try row.decode("unit_name"),
            qualityArea: try row.decode("quality_area", as: String?.self).flatMap(QualityArea.init(rawValue:)),
            participationLevel: try row.decode("participation_level"), sourceKinds: try row.decode("source_kinds"),
            councilIds: try row.decode("councils", as: [UUID].self).map(CouncilID.init),
            feedbackOwedCount: try row.decode("feedback_owed_count"),
            registeredOn: try row.decode("registered_on", as: PostgresDate.self).calendarDate, lastEventOn: lastEventOn,
            daysSinceLastEvent: days,
            isOverdue: open && status != .implemented && (dueDate.map { $0 < today } ?? false),
            isStale: open && days >= thresholds.staleDays, escalation: nil)
    }

    private func owedFeedback(_ row: PostgresRow) throws -> OwedFeedback {
        OwedFeedback(
            issueId: IssueID(try row.decode("issue_id", as: UUID.self)),
            councilId: CouncilID(try row.decode("council_id", as: UUID.self)),
            councilName: try row.decode("council_name"),
            occasion: FeedbackOccasion(rawValue: try row.decode("occasion")) ?? .decision,
            owedSince: try row.decode("owed_since", as: PostgresDate.self).calendarDate)
    }
}
