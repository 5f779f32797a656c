import Domain
import EventCodec
import EventStore
import Foundation
import Postgres

/// Every reminder and escalation the policies sent, one row each: what the next run needs to keep the
/// repeat interval and to tell ledningen once, what `escalations` lists and what `due` shows as
/// already reminded.
package struct PolicyEffectsProjection: Projection {
    package let name = "policy_effects"
    package let version = 1
    package let tables = ["policy_effects"]

    package init() {}

    /// Issue and certification events that record a policy's effect.
    package func handles(_ event: DomainEvent) -> Bool {
        switch event {
        case .issue(_, let event): event.policyEffect != nil
        case .certification(_, let event): event.policyEffect != nil
        default: false
        }
    }

    package func createTables(schema: String, on connection: PostgresConnection) async throws {
        try await connection.runScript(
            """
            CREATE TABLE {schema}.policy_effects (
                stream_id text NOT NULL,
                stream_version bigint NOT NULL,
                subject_kind text NOT NULL,
                subject_id uuid NOT NULL,
                issue_id uuid,
                certification_id uuid,
                kind text NOT NULL,
                policy text NOT NULL,
                occasion text NOT NULL,
                since date NOT NULL,
                recipient_kind text NOT NULL,
                recipient_id text NOT NULL,
                mail_id uuid NOT NULL,
                sent_on date NOT NULL,
                late_since date,
                record jsonb NOT NULL,
                PRIMARY KEY (stream_id, stream_version)
            );
            CREATE INDEX ON {schema}.policy_effects (issue_id);
            CREATE INDEX ON {schema}.policy_effects (certification_id);
            CREATE INDEX ON {schema}.policy_effects (kind, sent_on);
            """.replacingOccurrences(of: "{schema}", with: PostgresQuery.quoteIdentifier(schema)))
    }

    package func apply(_ events: [DomainEventRecord], schema: String, on connection: PostgresConnection) async throws {
        let rows: [PolicyEffectRow] = events.compactMap { record in
            switch record.event {
            case .issue(let id, let event):
                guard let (kind, effect) = event.policyEffect else { return nil }
                return PolicyEffectRow(
                    record: record, subjectKind: "issue", subjectId: id.uuid, issueId: id.uuid, certificationId: nil,
                    kind: kind, effect: effect)
            case .certification(let id, let event):
                guard let (kind, effect) = event.policyEffect else { return nil }
                return PolicyEffectRow(
                    record: record, subjectKind: effect.actionItemId == nil ? "certification" : "action_item",
                    subjectId: effect.actionItemId?.uuid ?? id.uuid, issueId: nil, certificationId: id.uuid,
                    kind: kind, effect: effect)
            default:
                return nil
            }
        }
        guard !rows.isEmpty else { return }
        try await connection.execute(
            """
            INSERT INTO \(identifier: schema).policy_effects
            SELECT * FROM jsonb_populate_recordset(NULL::\(identifier: schema).policy_effects, \(PostgresJSONB(data: try JSONEncoder.projection.encode(rows))))
            ON CONFLICT DO NOTHING
            """)
    }
}

private struct PolicyEffectRow: Encodable {
    var streamId: String
    var streamVersion: Int64
    var subjectKind: String
    var subjectId: UUID
    var issueId: UUID?
    var certificationId: UUID?
    var kind: String
    var policy: String
    var occasion: String
    var since: CalendarDate
    var recipientKind: String
    var recipientId: String
    var mailId: MailID
    var sentOn: CalendarDate
    var lateSince: CalendarDate?
    var record: PolicyEffectRecord

    init(
        record: DomainEventRecord, subjectKind: String, subjectId: UUID, issueId: UUID?, certificationId: UUID?,
        kind: PolicyEffectKind, effect: PolicyEffectRecord
    ) {
        streamId = record.event.streamName
        streamVersion = record.streamVersion
        self.subjectKind = subjectKind
        self.subjectId = subjectId
        self.issueId = issueId
        self.certificationId = certificationId
        self.kind = kind.rawValue
        policy = effect.policy.rawValue
        occasion = effect.occasion
        since = effect.since
        recipientKind = effect.recipient.kind.rawValue
        recipientId = effect.recipient.id
        mailId = effect.mailId
        sentOn = effect.on
        lateSince = effect.lateSince
        self.record = effect
    }

    enum CodingKeys: String, CodingKey {
        case streamId = "stream_id"
        case streamVersion = "stream_version"
        case subjectKind = "subject_kind"
        case subjectId = "subject_id"
        case issueId = "issue_id"
        case certificationId = "certification_id"
        case kind, policy, occasion, since
        case recipientKind = "recipient_kind"
        case recipientId = "recipient_id"
        case mailId = "mail_id"
        case sentOn = "sent_on"
        case lateSince = "late_since"
        case record
    }
}
