import Domain
import EventCodec
import EventStore
import Foundation
import Postgres
import Wording

/// The ordered history of each issue in plain Swedish, with who did what: the audit trail.
package struct TimelineProjection: Projection {
    package let name = "timeline"
    package let version = 1
    package let tables = ["timeline"]
    /// Dates entries on the organisation's calendar.
    private let clock: OrganisationClock

    package init(clock: OrganisationClock) {
        self.clock = clock
    }

    /// Every issue event is a line of its timeline; nothing else.
    package func handles(_ event: DomainEvent) -> Bool {
        if case .issue = event { true } else { false }
    }

    package func createTables(schema: String, on connection: PostgresConnection) async throws {
        try await connection.runScript(
            """
            CREATE TABLE {schema}.timeline (
                issue_id uuid NOT NULL,
                stream_version bigint NOT NULL,
                transaction_id xid8 NOT NULL,
                sequence bigint NOT NULL,
                occurred_on date NOT NULL,
                recorded_at timestamptz NOT NULL,
                actor text NOT NULL,
                event_type text NOT NULL,
                text text NOT NULL,
                PRIMARY KEY (issue_id, stream_version)
            );
            """.replacingOccurrences(of: "{schema}", with: PostgresQuery.quoteIdentifier(schema)))
    }

    package func apply(_ events: [DomainEventRecord], schema: String, on connection: PostgresConnection) async throws {
        // A column of values per array parameter: one statement for the batch, sent in PostgreSQL's
        // binary format, with nothing to encode as text or parse again (a rebuild writes a row per event).
        var issues: [UUID] = []
        var versions: [Int64] = []
        var transactions: [PostgresXID8] = []
        var sequences: [Int64] = []
        var days: [PostgresDate] = []
        var instants: [Date] = []
        var actors: [String] = []
        var types: [String] = []
        var texts: [String] = []
        for record in events {
            guard case .issue(let id, let event) = record.event else { continue }
            let (text, day) = TimelineText.describe(event)
            issues.append(id.uuid)
            versions.append(record.streamVersion)
            transactions.append(PostgresXID8(record.position.transactionID))
            sequences.append(record.position.sequence)
            days.append((day ?? clock.day(of: record.recordedAt)).postgres)
            instants.append(record.recordedAt)
            actors.append(record.metadata.actor)
            types.append(record.event.eventType)
            texts.append(text)
        }
        guard !issues.isEmpty else { return }
        try await connection.execute(
            .prepared(
                """
                INSERT INTO \(identifier: schema).timeline
                    (issue_id, stream_version, transaction_id, sequence, occurred_on, recorded_at, actor, event_type, text)
                SELECT * FROM unnest(\(issues), \(versions), \(transactions), \(sequences), \(days), \(instants),
                                     \(actors), \(types), \(texts))
                ON CONFLICT DO NOTHING
                """))
    }
}
