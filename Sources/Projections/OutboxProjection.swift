import Domain
import EventCodec
import EventStore
import Foundation
import Postgres

/// The outbox as a table: each message's recipient key, subject and stage, for the mailer's "what is
/// due" and for `mail list` and `status`.
///
/// Rows are derived from the domain's own `MailAggregate.evolve`, so the read model never disagrees
/// with the rules. A message whose queuing is not in the batch is read back from its stream (short:
/// a message has a handful of events).
package struct OutboxProjection: Projection {
    package let name = "outbox"
    package let version = 1
    package let tables = ["outbox"]
    private let store: EventStore

    package init(store: EventStore) {
        self.store = store
    }

    /// The outbox's own events; nothing else.
    package func handles(_ event: DomainEvent) -> Bool {
        if case .mail = event { true } else { false }
    }

    package func createTables(schema: String, on connection: PostgresConnection) async throws {
        try await connection.runScript(
            """
            CREATE TABLE {schema}.outbox (
                mail_id uuid PRIMARY KEY,
                recipient_kind text NOT NULL,
                recipient_id text NOT NULL,
                purpose text NOT NULL,
                subject text NOT NULL,
                regarding text,
                state text NOT NULL,
                attempts integer NOT NULL,
                last_error text,
                next_attempt_at timestamptz,
                queued_at timestamptz NOT NULL,
                delivered_at timestamptz,
                stream_version bigint NOT NULL
            );
            CREATE INDEX ON {schema}.outbox (next_attempt_at) WHERE next_attempt_at IS NOT NULL;
            CREATE INDEX ON {schema}.outbox (state, queued_at);
            """.replacingOccurrences(of: "{schema}", with: PostgresQuery.quoteIdentifier(schema)))
    }

    package func apply(_ events: [DomainEventRecord], schema: String, on connection: PostgresConnection) async throws {
        var states: [MailID: (state: MailState?, version: Int64)] = [:]
        var order: [MailID] = []
        for record in events {
            guard case .mail(let id, let event) = record.event else { continue }
            var entry = states[id] ?? (nil, 0)
            if states[id] == nil {
                order.append(id)
                if record.streamVersion > 1 {
                    let earlier = try await store.readStream(StreamID(id.streamName), on: connection).prefix {
                        $0.streamVersion < record.streamVersion
                    }
                    for old in earlier {
                        if case .mail(_, let e) = try DomainEventRecord(old).event {
                            entry.state = MailAggregate.evolve(entry.state, e)
                        }
                    }
                    entry.version = record.streamVersion - 1
                }
            }
            guard record.streamVersion == entry.version + 1 else { continue }
            entry.state = MailAggregate.evolve(entry.state, event)
            entry.version = record.streamVersion
            states[id] = entry
        }
        let rows = order.compactMap { id in
            states[id].flatMap { entry in entry.state.map { OutboxRow(id, $0, version: entry.version) } }
        }
        guard !rows.isEmpty else { return }
        let assignments = OutboxRow.CodingKeys.allCases.map { "\($0.rawValue) = excluded.\($0.rawValue)" }
            .joined(separator: ", ")
        let s = PostgresQuery.quoteIdentifier(schema)
        try await connection.execute(
            PostgresQuery(
                unsafeSQL: """
                    INSERT INTO \(s).outbox
                    SELECT * FROM jsonb_populate_recordset(NULL::\(s).outbox, $1)
                    ON CONFLICT (mail_id) DO UPDATE SET \(assignments)
                    WHERE \(s).outbox.stream_version < excluded.stream_version
                    """,
                bindings: SQLBuilder.bindings(PostgresJSONB(data: try JSONEncoder.projection.encode(rows)))))
    }
}

/// One row of `outbox`, from a message's state.
private struct OutboxRow: Encodable {
    var mailId: UUID
    var recipientKind: String
    var recipientId: String
    var purpose: String
    var subject: String
    var regarding: String?
    var state: String
    var attempts: Int
    var lastError: String?
    var nextAttemptAt: Date?
    var queuedAt: Date
    var deliveredAt: Date?
    var streamVersion: Int64

    init(_ id: MailID, _ mail: MailState, version: Int64) {
        mailId = id.uuid
        recipientKind = mail.message.recipient.kind.rawValue
        recipientId = mail.message.recipient.id
        purpose = mail.message.purpose.rawValue
        subject = mail.message.subject
        regarding = mail.message.regarding
        state = mail.stage.name.rawValue
        attempts = mail.attempts
        queuedAt = mail.message.queuedAt.date
        streamVersion = version
        switch mail.stage {
        case .due(let at, let error):
            nextAttemptAt = at.date
            lastError = error
        case .held:
            break
        case .delivered(let at):
            deliveredAt = at.date
        case .failed(_, let reason), .givenUp(_, let reason):
            lastError = reason
        }
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case mailId = "mail_id"
        case recipientKind = "recipient_kind"
        case recipientId = "recipient_id"
        case purpose, subject, regarding, state, attempts
        case lastError = "last_error"
        case nextAttemptAt = "next_attempt_at"
        case queuedAt = "queued_at"
        case deliveredAt = "delivered_at"
        case streamVersion = "stream_version"
    }
}
