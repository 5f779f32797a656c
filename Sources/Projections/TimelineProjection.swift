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
        let rows: [TimelineRow] = events.compactMap { record in
            guard case .issue(let id, let event) = record.event else { return nil }
            let (text, day) = TimelineText.describe(event)
            return TimelineRow(
                issueId: id, streamVersion: record.streamVersion, transactionId: record.position.transactionID,
                sequence: record.position.sequence, occurredOn: day ?? clock.day(of: record.recordedAt),
                recordedAt: record.recordedAt, actor: record.metadata.actor, eventType: record.event.eventType,
                text: text)
        }
        guard !rows.isEmpty else { return }
        try await connection.execute(
            """
            INSERT INTO \(identifier: schema).timeline
            SELECT * FROM jsonb_populate_recordset(NULL::\(identifier: schema).timeline, \(PostgresJSONB(data: try JSONEncoder.projection.encode(rows))))
            ON CONFLICT DO NOTHING
            """)
    }
}

private struct TimelineRow: Encodable {
    var issueId: IssueID
    var streamVersion: Int64
    var transactionId: UInt64
    var sequence: Int64
    var occurredOn: CalendarDate
    var recordedAt: Date
    var actor: String
    var eventType: String
    var text: String

    enum CodingKeys: String, CodingKey {
        case issueId = "issue_id"
        case streamVersion = "stream_version"
        case transactionId = "transaction_id"
        case sequence
        case occurredOn = "occurred_on"
        case recordedAt = "recorded_at"
        case actor
        case eventType = "event_type"
        case text
    }
}
