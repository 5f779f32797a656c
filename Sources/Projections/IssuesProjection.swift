import Domain
import EventCodec
import EventStore
import Foundation
import Postgres

/// The status of every issue (ärende), the feedback owed to councils, and which issue each proposal,
/// finding and action item went into.
///
/// Rows are derived from the domain's own `IssueAggregate.evolve`, so the read model can never
/// disagree with the rules. Issue states are cached between batches; the cache follows the database
/// transaction (a rolled-back batch leaves it untouched) and is refilled from the issue's stream when
/// an issue is not in it (after a restart).
package actor IssuesProjection: Projection {
    package nonisolated let name = "issues"
    /// 3: `last_event_at` counts only work on the issue (`IssueEvent.isActivity`), no longer the
    /// feedback a delivered digest gave; an upgraded daemon rebuilds the table from the log.
    /// 4: brukarkvittens — who is asked since when, the answers, and follow-up without a kvittens.
    /// 5: corrections (rättelser) of the title, decision, due date and owner, kept in `corrections`
    /// for the letters that tell them again.
    /// 6: full-text search indexes (`swedish`) over the title, the motivation and the summary.
    package nonisolated let version = 6
    package nonisolated let tables = ["issue_status", "feedback_owed", "issue_sources"]

    private let store: EventStore
    /// Dates the last event on the organisation's calendar.
    private let clock: OrganisationClock
    private let cacheLimit: Int

    private struct Entry {
        var state: IssueState?
        var facts = IssueFacts()
        var version: Int64 = 0
        var lastEventAt = Date(timeIntervalSince1970: 0)
    }

    private var cache: [IssueID: Entry] = [:]
    private var pending: [IssueID: Entry] = [:]

    /// How many issues' states the projection keeps between batches, at most. A rebuild passes every
    /// issue, so an unbounded cache grows with the log; when it is full it is emptied, and the issues of
    /// later batches are loaded again, all of a batch's in one query.
    package static let defaultCacheLimit = 20_000

    package init(store: EventStore, clock: OrganisationClock, cacheLimit: Int = defaultCacheLimit) {
        self.store = store
        self.clock = clock
        self.cacheLimit = cacheLimit
    }

    /// Every issue event (each moves the issue's cached version); nothing else.
    package nonisolated func handles(_ event: DomainEvent) -> Bool {
        if case .issue = event { true } else { false }
    }

    package nonisolated func createTables(schema: String, on connection: PostgresConnection) async throws {
        try await connection.runScript(
            (IssueStatusRow.createTable
                + SearchIndexes.create("issue_status", ["title", "motivation", "implementation_summary"]) + """
                    CREATE TABLE {schema}.feedback_owed (
                        issue_id uuid NOT NULL,
                        council_id uuid NOT NULL,
                        occasion text NOT NULL,
                        owed_since date NOT NULL,
                        PRIMARY KEY (issue_id, council_id, occasion)
                    );
                    CREATE INDEX ON {schema}.feedback_owed (council_id);
                    CREATE INDEX ON {schema}.feedback_owed (owed_since);
                    -- Which issue each source is in now, and which it went into first (the trace follows merges).
                    CREATE TABLE {schema}.issue_sources (
                        source_id uuid PRIMARY KEY,
                        source_kind text NOT NULL,
                        issue_id uuid NOT NULL,
                        origin_id uuid NOT NULL,
                        first_issue_id uuid NOT NULL,
                        linked_on date NOT NULL
                    );
                    CREATE INDEX ON {schema}.issue_sources (origin_id);
                    CREATE INDEX ON {schema}.issue_sources (issue_id);
                    """).replacingOccurrences(of: "{schema}", with: PostgresQuery.quoteIdentifier(schema)))
    }

    package func apply(_ events: [DomainEventRecord], schema: String, on connection: PostgresConnection) async throws {
        try await loadMissing(events, on: connection)
        var touched: [IssueID] = []
        var seen = Set<IssueID>()
        for record in events {
            guard case .issue(let id, let event) = record.event else { continue }
            var entry = pending[id] ?? cache[id] ?? Entry()
            guard record.streamVersion == entry.version + 1 else { continue }  // already applied
            entry.state = IssueAggregate.evolve(entry.state, event)
            entry.facts.record(event)
            entry.version = record.streamVersion
            if event.isActivity { entry.lastEventAt = record.recordedAt }
            pending[id] = entry
            if seen.insert(id).inserted { touched.append(id) }
        }
        guard !touched.isEmpty else { return }
        let rows = touched.compactMap { id in pending[id].flatMap { row(id, $0) } }
        let s = schema
        try await connection.execute(try IssueStatusRow.upsert(rows, schema: s))

        let ids = touched.map(\.uuid)
        try await connection.execute("DELETE FROM \(identifier: s).feedback_owed WHERE issue_id = ANY(\(ids))")
        let owed = rows.flatMap { row in row.feedbackOwed.map { (row.issueId, $0) } }
        if !owed.isEmpty {
            var columns = UnnestColumns()
            columns.add("issue_id", "uuid", owed.map(\.0.uuid))
            columns.add("council_id", "uuid", owed.map(\.1.councilId.uuid))
            columns.add("occasion", "text", owed.map(\.1.occasion.rawValue))
            columns.add("owed_since", "date", owed.map(\.1.owedSince.postgres))
            try await connection.execute(columns.insert(into: "feedback_owed", schema: s))
        }
        // A merged issue's sources belong to the survivor, which lists them too.
        // Which issue each source is in: set by the events that link sources, in log order, so the
        // answer never depends on how the log was cut into batches.
        var sources: [IssueSourceRow] = []
        var indexOfSource: [String: Int] = [:]
        for record in events {
            guard case .issue(let id, let event) = record.event else { continue }
            let linked: [IssueSource]
            var linkedOn = clock.day(of: record.recordedAt)
            switch event {
            case .opened(let e):
                linked = [e.source]
                linkedOn = e.registeredOn
            case .sourceLinked(let e): linked = [e.source]
            case .reopened(let e):
                linked = [e.source]
                linkedOn = e.reopenedOn
            case .absorbed(let e): linked = e.sources
            default: linked = []
            }
            for source in linked {
                let sourceRow = IssueSourceRow(source: source, issueId: id, linkedOn: linkedOn)
                if let index = indexOfSource[sourceRow.sourceId] {
                    sources[index].issueId = id
                } else {
                    indexOfSource[sourceRow.sourceId] = sources.count
                    sources.append(sourceRow)
                }
            }
        }
        if !sources.isEmpty {
            var columns = UnnestColumns()
            columns.add("source_id", "uuid", sources.map(\.sourceId))
            columns.add("source_kind", "text", sources.map(\.sourceKind))
            columns.add("issue_id", "uuid", sources.map(\.issueId.uuid))
            columns.add("origin_id", "uuid", sources.map(\.originId))
            columns.add("first_issue_id", "uuid", sources.map(\.firstIssueId.uuid))
            columns.add("linked_on", "date", sources.map(\.linkedOn.postgres))
            try await connection.execute(
                columns.insert(
                    into: "issue_sources", schema: s,
                    suffix: "ON CONFLICT (source_id) DO UPDATE SET issue_id = excluded.issue_id"))
        }
    }

    package func batchCommitted() {
        if cache.count + pending.count > cacheLimit { cache.removeAll(keepingCapacity: true) }
        cache.merge(pending) { $1 }
        pending.removeAll(keepingCapacity: true)
    }

    package func batchRolledBack() {
        pending.removeAll(keepingCapacity: true)
    }

    package func reset() {
        cache.removeAll()
        pending.removeAll()
    }

    /// Puts into `pending` every issue of `events` that is neither in this batch's state nor in the cache
    /// (or is behind there) as it was before its first event here, folded from its stream. All of them
    /// in one query, read on the batch's own connection: the runner holds it in a transaction while
    /// applying, and a bounded cache must not cost a round trip per issue it no longer holds.
    private func loadMissing(_ events: [DomainEventRecord], on connection: PostgresConnection) async throws {
        var before: [IssueID: Int64] = [:]
        for record in events {
            guard case .issue(let id, _) = record.event, before[id] == nil else { continue }
            before[id] = record.streamVersion
        }
        let missing = before.filter { id, version in
            version > 1 && (pending[id] ?? cache[id]).map { $0.version < version - 1 } ?? true
        }
        guard !missing.isEmpty else { return }
        var loaded: [IssueID: Entry] = [:]
        for recorded in try await store.readStreams(missing.keys.map { StreamID($0.streamName) }, on: connection) {
            guard case .issue(let id, let event) = try DomainEventRecord(recorded).event,
                let version = missing[id], recorded.streamVersion < version
            else { continue }
            var entry = loaded[id] ?? Entry()
            entry.state = IssueAggregate.evolve(entry.state, event)
            entry.facts.record(event)
            entry.version = recorded.streamVersion
            if event.isActivity { entry.lastEventAt = recorded.recordedAt }
            loaded[id] = entry
        }
        pending.merge(loaded) { $1 }
    }

    /// The day the issue's current course was carried out, while it stands carried out.
    private static func carriedOut(_ stage: IssueStage) -> CalendarDate? {
        switch stage {
        case .implemented(_, let on), .verified(_, let on, _): on
        default: nil
        }
    }

    private func row(_ id: IssueID, _ entry: Entry) -> IssueStatusRow? {
        guard let state = entry.state else { return nil }
        return IssueStatusRow(
            issueId: id, unitId: state.unitId, title: state.title, status: state.status.rawValue,
            outcome: state.outcome?.rawValue, motivation: state.motivation, decidedBy: state.decidedBy,
            decidedOn: state.decision?.decidedOn, owner: state.owner, dueDate: state.dueDate,
            registeredOn: state.registeredOn, qualityArea: state.qualityArea?.rawValue,
            participationLevel: state.participationLevel?.rawValue, participationReason: state.participationReason,
            sourceKinds: Array(Set(state.sources.map(\.kind))).sorted(), sources: state.sources,
            councils: state.councils,
            feedbackOwed: state.feedbackOwed, feedbackOwedCount: state.feedbackOwed.count,
            feedbackOwedSince: state.feedbackOwed.map(\.owedSince).min(), mergedInto: state.mergedInto,
            firstDecidedOn: entry.facts.firstDecidedOn, implementedOn: entry.facts.implementedOn,
            firstFeedbackOn: entry.facts.firstFeedbackOn, carriedOutOn: Self.carriedOut(state.stage),
            implementationSummary: entry.facts.implementationSummary,
            verifiedOn: entry.facts.verifiedOn, verificationNote: entry.facts.verificationNote,
            withdrawnOn: entry.facts.withdrawnOn, withdrawnReason: entry.facts.withdrawnReason,
            kvittensAskedSince: state.kvittensAskedSince, kvittensAwaited: state.kvittensAwaited,
            kvittensAwaitedCouncils: state.kvittensAwaited.compactMap(\.council), kvittens: state.kvittens,
            verifiedWithoutKvittens: state.verifiedWithoutKvittens, corrections: state.corrections,
            lastEventAt: entry.lastEventAt,
            lastEventOn: clock.day(of: entry.lastEventAt), streamVersion: entry.version)
    }
}

/// Which issue a source is in, for `issue_sources`.
private struct IssueSourceRow {
    var sourceId: String
    var sourceKind: String
    var issueId: IssueID
    var originId: String
    var firstIssueId: IssueID
    /// The day it first went into an issue.
    var linkedOn: CalendarDate

    init(source: IssueSource, issueId: IssueID, linkedOn: CalendarDate) {
        sourceId = source.id
        sourceKind = source.kind
        self.issueId = issueId
        firstIssueId = issueId
        self.linkedOn = linkedOn
        switch source {
        case .proposal(_, let council): originId = council.description
        case .finding(_, let revision): originId = revision.description
        case .actionItem(_, let certification): originId = certification.description
        }
    }
}

extension JSONEncoder {
    /// Rows for `jsonb_populate_recordset`: instants with microseconds, as PostgreSQL reads them.
    static var projection: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(PostgresTimestamp.format(date))
        }
        return encoder
    }
}
