import Domain
import EventCodec
import Foundation
import Postgres

/// The monthly digests sent, whether their e-mail was delivered, and whether the feedback they
/// reported has been recorded: what `digest list` shows and what the scheduler acts on after delivery.
package struct DigestsProjection: Projection {
    package let name = "digests"
    package let version = 1
    package let tables = ["digests"]
    /// Dates deliveries on the organisation's calendar.
    private let clock: OrganisationClock

    package init(clock: OrganisationClock) {
        self.clock = clock
    }

    /// A digest sent, its feedback recorded, and a delivery (which may be a digest's).
    package func handles(_ event: DomainEvent) -> Bool {
        switch event {
        case .digest(_, .sent), .digest(_, .feedbackRecorded), .mail(_, .delivered): true
        default: false
        }
    }

    package func createTables(schema: String, on connection: PostgresConnection) async throws {
        try await connection.runScript(
            """
            CREATE TABLE {schema}.digests (
                digest_id uuid PRIMARY KEY,
                recipient_kind text NOT NULL,
                recipient_id text NOT NULL,
                month text NOT NULL,
                sent_on date NOT NULL,
                late_since date,
                mail_id uuid,
                printed_as text,
                items integer NOT NULL,
                reports jsonb NOT NULL,
                delivered_on date,
                feedback_recorded_on date,
                cleared jsonb
            );
            CREATE INDEX ON {schema}.digests (mail_id);
            CREATE INDEX ON {schema}.digests (month);
            -- Delivered, feedback not yet recorded: what the scheduler looks for every few seconds.
            CREATE INDEX ON {schema}.digests (digest_id) WHERE delivered_on IS NOT NULL AND feedback_recorded_on IS NULL;
            """.replacingOccurrences(of: "{schema}", with: PostgresQuery.quoteIdentifier(schema)))
    }

    package func apply(_ events: [DomainEventRecord], schema s: String, on connection: PostgresConnection) async throws
    {
        for record in events {
            switch record.event {
            case .digest(let id, .sent(let e)):
                try await connection.execute(
                    """
                    INSERT INTO \(identifier: s).digests
                        (digest_id, recipient_kind, recipient_id, month, sent_on, late_since, mail_id, printed_as, items, reports)
                    VALUES (\(id.uuid), \(e.recipient.kind.rawValue), \(e.recipient.id), \(e.month.description),
                            \(e.sentOn.postgres), \(e.lateSince?.postgres), \(e.mailId?.uuid), \(e.printedAs), \(e.items),
                            \(PostgresJSONB(data: try JSONEncoder().encode(e.reports))))
                    ON CONFLICT DO NOTHING
                    """)
            case .digest(let id, .feedbackRecorded(let e)):
                try await connection.execute(
                    """
                    UPDATE \(identifier: s).digests
                    SET feedback_recorded_on = \(e.deliveredOn.postgres),
                        cleared = \(PostgresJSONB(data: try JSONEncoder().encode(e.cleared)))
                    WHERE digest_id = \(id.uuid)
                    """)
            case .mail(let id, .delivered(let e)):
                try await connection.execute(
                    """
                    UPDATE \(identifier: s).digests SET delivered_on = \(clock.day(of: e.at.date).postgres)
                    WHERE mail_id = \(id.uuid)
                    """)
            default:
                continue
            }
        }
    }
}
