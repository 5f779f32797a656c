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
    /// What counts as stale or late: the policies' thresholds, never numbers of the queries' own, as
    /// the configuration holds them now (a reload updates them).
    package let liveThresholds: LiveThresholds
    package var thresholds: Thresholds { liveThresholds.current }

    /// Where the queries run: the pool, or one connection's transaction (``onOneSnapshot(_:)``).
    var database: any PostgresQueryable

    package init(pool: PostgresPool, schema: String, clock: OrganisationClock, thresholds: Thresholds) {
        self.init(pool: pool, schema: schema, clock: clock, liveThresholds: LiveThresholds(thresholds))
    }

    /// - Parameter liveThresholds: the thresholds a reload updates (the daemon's).
    package init(pool: PostgresPool, schema: String, clock: OrganisationClock, liveThresholds: LiveThresholds) {
        self.pool = pool
        self.database = pool
        self.schema = schema
        self.clock = clock
        self.liveThresholds = liveThresholds
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
            query.append(" AND (\(Self.lateCondition))")
        }
        if let days = filter.staleDays {
            // Counted as the configured `policies.stale` threshold counts: working days on the calendar
            // in force when it is given in working days.
            let thresholds = self.thresholds
            let since = DayCount(days, thresholds.staleDays.unit).before(today, in: thresholds.calendar)
            query.append(" AND (\(Self.openCondition)) AND s.last_event_on <= ", since.postgres)
        }
        query.append(" ORDER BY s.last_event_at DESC, s.issue_id LIMIT ", filter.limit ?? 1000)
        return try await database.query(query.query).map(summary)
    }

    /// One issue, with its sources and owed feedback, in one statement (one snapshot, one round trip).
    package func issue(_ id: IssueID) async throws -> IssueDetail {
        let rows = try await database.query(
            PostgresQuery(
                unsafeSQL: "\(Self.detailSelect(s)) WHERE s.issue_id = $1", bindings: SQLBuilder.bindings(id.uuid)
            ).prepared())
        guard let row = rows.first else { throw Self.issueNotFound(id) }
        return try detail(row)
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
            .prepared(
                """
                SELECT issue_id, occurred_on, text, actor, event_type FROM \(identifier: schema).timeline
                WHERE issue_id = ANY(\(ids.map(\.uuid))) ORDER BY transaction_id, sequence
                """)
        ).map { row in
            TimelineEntry(
                issueId: IssueID(try row.decode("issue_id", as: UUID.self)),
                date: try row.decode("occurred_on", as: PostgresDate.self).calendarDate, text: try row.decode("text"),
                actor: try row.decode("actor"), eventType: try row.decode("event_type"))
        }
    }

    static func issueNotFound(_ id: IssueID) -> NotFound {
        NotFound(.issue, id.description)
    }

    // MARK: Trace

    /// Runs `body` with a read model whose queries all run in one read-only, repeatable-read
    /// transaction: an answer made of several queries then never mixes before and after a change.
    func onOneSnapshot<Value>(_ body: (ReadModel) async throws -> Value) async throws -> Value {
        try await pool.withTransaction(isolation: .repeatableRead, readOnly: true) { connection in
            var snapshot = self
            snapshot.database = connection
            return try await body(snapshot)
        }
    }

    /// "Vad hände med förslaget?" — for a proposal, finding or action item: the issue it went into,
    /// every step since, where it stands and what is still owed, read on one snapshot.
    package func trace(_ sourceID: UUID) async throws -> Trace {
        if let trace = try await traceInOneStatement(sourceID) { return trace }
        return try await onOneSnapshot { try await $0.traceOnSnapshot(sourceID) }
    }

    /// The trace of a source whose issue was not merged into another — nearly every one — in one
    /// statement, which is one snapshot by itself: no transaction, one round trip. `nil` for a merged
    /// issue, whose path ``traceOnSnapshot(_:)`` follows.
    private func traceInOneStatement(_ sourceID: UUID) async throws -> Trace? {
        let sources = IssueSourceKind.allCases.map { Self.referenceSelect($0, s, id: "$1") }
        let rows = try await database.query(
            PostgresQuery(
                unsafeSQL: """
                    WITH source AS (
                        SELECT r.kind AS source_kind, r.text AS source_text, r.origin AS source_origin,
                               r.day AS source_day, r.withdrawn_at AS source_withdrawn_at,
                               r.withdrawn_by AS source_withdrawn_by, r.withdrawn_reason AS source_withdrawn_reason,
                               (SELECT l.first_issue_id FROM \(s).issue_sources l WHERE l.source_id = $1) AS first_issue_id
                        FROM (\(sources.joined(separator: " UNION ALL "))) r LIMIT 1)
                    SELECT source.*, d.*,
                           (SELECT coalesce(jsonb_agg(jsonb_build_object(
                                       'issueId', t.issue_id, 'date', t.occurred_on, 'text', t.text, 'actor', t.actor,
                                       'eventType', t.event_type) ORDER BY t.transaction_id, t.sequence), '[]')
                            FROM \(s).timeline t WHERE t.issue_id = d.issue_id) AS history_json,
                           \(Self.sentEffectsJSON(s, issue: "d.issue_id")) AS effects_json
                    FROM source LEFT JOIN LATERAL (\(Self.detailSelect(s)) WHERE s.issue_id = source.first_issue_id) d ON true
                    """, bindings: SQLBuilder.bindings(sourceID)
            ).prepared())
        guard let row = rows.first, let kind = IssueSourceKind(rawValue: try row.decode("source_kind", as: String.self))
        else { throw Self.sourceNotFound(sourceID) }
        let source = SourceReference(
            kind: kind.rawValue, id: sourceID.uuidString.lowercased(), text: try row.decode("source_text"),
            origin: try row.decode("source_origin"),
            date: try row.decode("source_day", as: PostgresDate?.self)?.calendarDate,
            withdrawnOn: try row.decode("source_withdrawn_at", as: Date?.self).map(clock.day(of:)),
            withdrawnBy: try row.decode("source_withdrawn_by"),
            withdrawnReason: try row.decode("source_withdrawn_reason"))
        guard try row.decode("first_issue_id", as: UUID?.self) != nil else {
            return Trace(
                source: source, issue: nil, issuePath: [], history: [], answer: TraceAnswer.withoutIssue(kind, source))
        }
        guard try row.decode("merged_into", as: UUID?.self) == nil else { return nil }
        var issue = try detail(row)
        issue.effects = try row.decode("effects_json", as: PostgresJSONB.self).decode([SentEffectRow].self)
            .map(Self.sentEffect)
        let history = try row.decode("history_json", as: PostgresJSONB.self).decode([TimelineEntry].self)
        return Trace(
            source: source, issue: issue, issuePath: [issue.summary.id], history: history,
            answer: TraceAnswer.paragraph(
                kind: kind, issue: issue, mergedFrom: nil, opened: issue.sources.first?.id == source.id,
                history: history, source: source))
    }

    static func sourceNotFound(_ sourceID: UUID) -> NotFound {
        NotFound(.source, sourceID.uuidString.lowercased())
    }

    private func traceOnSnapshot(_ sourceID: UUID) async throws -> Trace {
        // What the source is, the words that say where it comes from, and the issue it went into first.
        let sources = IssueSourceKind.allCases.map { Self.referenceSelect($0, s, id: "$1") }
        let found = try await database.query(
            PostgresQuery(
                unsafeSQL: """
                    SELECT r.kind, r.text, r.origin, r.day, r.withdrawn_at, r.withdrawn_by, r.withdrawn_reason,
                           (SELECT l.first_issue_id FROM \(s).issue_sources l WHERE l.source_id = $1) AS first_issue_id
                    FROM (\(sources.joined(separator: " UNION ALL "))) r LIMIT 1
                    """, bindings: SQLBuilder.bindings(sourceID)
            ).prepared())
        guard let row = found.first, let kind = IssueSourceKind(rawValue: try row.decode("kind", as: String.self))
        else { throw Self.sourceNotFound(sourceID) }
        let source = SourceReference(
            kind: kind.rawValue, id: sourceID.uuidString.lowercased(), text: try row.decode("text"),
            origin: try row.decode("origin"), date: try row.decode("day", as: PostgresDate?.self)?.calendarDate,
            withdrawnOn: try row.decode("withdrawn_at", as: Date?.self).map(clock.day(of:)),
            withdrawnBy: try row.decode("withdrawn_by"), withdrawnReason: try row.decode("withdrawn_reason"))
        guard let first = try row.decode("first_issue_id", as: UUID?.self).map(IssueID.init) else {
            return Trace(
                source: source, issue: nil, issuePath: [], history: [],
                answer: TraceAnswer.withoutIssue(kind, source))
        }
        var path = [first]
        var current = try await issue(first)
        while let next = current.mergedInto, !path.contains(next) {
            path.append(next)
            current = try await issue(next)
        }
        current.effects = try await sentEffects(issue: current.summary.id)
        let history = try await history(path)
        return Trace(
            source: source, issue: current, issuePath: path, history: history,
            answer: TraceAnswer.paragraph(
                kind: kind, issue: current, mergedFrom: path.count > 1 ? path[0] : nil,
                opened: current.sources.first?.id == source.id, history: history, source: source))
    }

    /// The source's text, where it comes from in words, and its day: one row with `kind` when the source
    /// of that kind whose id is the SQL expression `id` exists.
    static func referenceSelect(_ kind: IssueSourceKind, _ s: String, id: String) -> String {
        // Only a proposal can be withdrawn by itself; findings and action items end in their issue.
        let notWithdrawn =
            "NULL::timestamptz AS withdrawn_at, NULL::text AS withdrawn_by, NULL::text AS withdrawn_reason"
        switch kind {
        case .proposal:
            return """
                SELECT '\(kind.rawValue)' AS kind, p.text, 'Förslag från ' || coalesce(c.name, 'ett brukarråd') AS origin,
                       p.put_forward_on AS day, p.withdrawn_at, p.withdrawn_by, p.withdrawn_reason
                FROM \(s).proposals p LEFT JOIN \(s).councils c USING (council_id)
                WHERE p.proposal_id = \(id)
                """
        case .finding:
            return """
                SELECT '\(kind.rawValue)' AS kind, f.text || ' Rekommendation: ' || f.recommendation AS text,
                       'Iakttagelse i brukarrevisionen av ' || coalesce(u.name, 'verksamheten') AS origin, r.published_on AS day,
                       \(notWithdrawn)
                FROM \(s).findings f JOIN \(s).revisions r USING (revision_id)
                LEFT JOIN \(s).units u ON u.unit_id = r.unit_id
                WHERE f.finding_id = \(id)
                """
        case .actionItem:
            return """
                SELECT '\(kind.rawValue)' AS kind, a.action AS text,
                       'Åtgärd i handlingsplanen för ' || coalesce(u.name, 'verksamheten') AS origin, c.adopted_on AS day,
                       \(notWithdrawn)
                FROM \(s).action_items a JOIN \(s).certifications c USING (certification_id)
                LEFT JOIN \(s).units u ON u.unit_id = c.unit_id
                WHERE a.action_item_id = \(id)
                """
        }
    }

    // MARK: Rows

    /// Statuses of an issue behind an action item that close the item (``IssueStatus/closesActionItem``).
    static let actionItemClosedStatuses = statuses(where: \.closesActionItem)

    /// The statuses for which a rule of the domain holds, as an SQL list: generated, never retold.
    static func statuses(where rule: (IssueStatus) -> Bool) -> String {
        "(" + IssueStatus.allCases.filter(rule).map { "'\($0.rawValue)'" }.joined(separator: ", ") + ")"
    }

    /// The domain's open issue (``IssueStatus/isOpen(outcome:)``) as SQL over `issue_status s`, generated
    /// from the domain's statuses and outcomes so that the two cannot disagree.
    package static let openCondition = condition { $0.isOpen(outcome: $1) }

    /// An issue that can still be late for its due date (``IssueStatus/canBeLate(outcome:)``), as SQL.
    static let lateCondition = condition { $0.canBeLate(outcome: $1) }

    /// A rule over an issue's status and decision as SQL over `issue_status s`.
    static func condition(_ rule: (IssueStatus, DecisionOutcome?) -> Bool) -> String {
        let outcomes: [DecisionOutcome?] = [nil] + DecisionOutcome.allCases
        var always: [String] = []
        var terms: [String] = []
        for status in IssueStatus.allCases {
            let open = outcomes.filter { rule(status, $0) }
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
    }

    /// ``summarySelect(_:)`` with the detail's owed feedback and source references as JSON columns, so
    /// that a whole ``IssueDetail`` is one statement.
    static func detailSelect(_ s: String) -> String {
        // Each source of the issue, in its order, with the words of its catalog entry (none if unknown).
        let references = IssueSourceKind.allCases.map { kind in
            referenceSelect(
                kind, s, id: "CASE WHEN x.source->>'kind' = '\(kind.rawValue)' THEN (x.source->>'id')::uuid END")
        }
        return summarySelect(
            s,
            extraColumns: """
                , (SELECT coalesce(jsonb_agg(jsonb_build_object(
                          'issueId', f.issue_id, 'councilId', f.council_id, 'councilName', coalesce(c.name, ''),
                          'occasion', f.occasion, 'owedSince', f.owed_since) ORDER BY f.owed_since, c.name), '[]')
                   FROM \(s).feedback_owed f LEFT JOIN \(s).councils c USING (council_id)
                   WHERE f.issue_id = s.issue_id) AS feedback_owed_json
                , (SELECT coalesce(jsonb_agg(jsonb_build_object(
                          'kind', x.source->>'kind', 'id', x.source->>'id', 'text', coalesce(r.text, ''),
                          'origin', coalesce(r.origin, ''), 'date', r.day) ORDER BY x.position), '[]')
                   FROM jsonb_array_elements(s.sources) WITH ORDINALITY AS x(source, position)
                   LEFT JOIN LATERAL (\(references.joined(separator: " UNION ALL ")) LIMIT 1) r ON true) AS references_json
                , s.kvittens_asked_since, s.verified_without_kvittens
                , jsonb_array_length(s.kvittens_awaited) AS kvittens_awaited_count
                , (SELECT coalesce(array_agg(c.name ORDER BY c.name), '{}') FROM \(s).councils c
                   WHERE c.council_id = ANY(s.kvittens_awaited_councils)) AS kvittens_awaited_councils_names
                """)
    }

    private func detail(_ row: PostgresRow) throws -> IssueDetail {
        var detail = IssueDetail(
            summary: try summary(row), motivation: try row.decode("motivation"),
            decidedBy: try row.decode("decided_by"),
            decidedOn: try row.decode("decided_on", as: PostgresDate?.self)?.calendarDate,
            participationReason: try row.decode("participation_reason"),
            mergedInto: try row.decode("merged_into", as: UUID?.self).map(IssueID.init),
            sources: try row.decode("references_json", as: PostgresJSONB.self).decode([SourceReference].self),
            feedbackOwed: try row.decode("feedback_owed_json", as: PostgresJSONB.self).decode([OwedFeedback].self))
        // Each owed feedback's deadline, counted as the policies count it and saying how.
        let thresholds = self.thresholds
        for index in detail.feedbackOwed.indices {
            let deadline = thresholds.calendar.compute(
                thresholds.feedbackOwedDays, from: detail.feedbackOwed[index].owedSince)
            detail.feedbackOwed[index].deadline = deadline.result
            detail.feedbackOwed[index].deadlineExplained = ComputedDateText.explanation(deadline)
        }
        detail.kvittensAskedSince = try row.decode("kvittens_asked_since", as: PostgresDate?.self)?.calendarDate
        detail.verifiedWithoutKvittens = try row.decode("verified_without_kvittens")
        // The councils by name; a revision's group has no name of its own.
        let councils: [String] = try row.decode("kvittens_awaited_councils_names")
        let revisions = try row.decode("kvittens_awaited_count", as: Int.self) - councils.count
        detail.kvittensAwaitedFrom = councils + Array(repeating: "revisionsgruppen", count: max(0, revisions))
        return detail
    }

    static func summarySelect(_ s: String, extraColumns: String = "") -> String {
        """
        SELECT s.issue_id, s.title, s.status, s.outcome, s.owner, s.due_date, s.unit_id, coalesce(u.name, '') AS unit_name,
               s.quality_area, s.participation_level, s.source_kinds, s.councils, s.feedback_owed_count, s.registered_on,
               s.last_event_on, s.motivation, s.decided_by, s.decided_on, s.participation_reason, s.merged_into, s.sources
               \(extraColumns)
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
            isStale: open && thresholds.isStale(lastEventOn: lastEventOn, today: today))
    }
}
