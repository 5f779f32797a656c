import Domain
import EventCodec
import EventStore
import Foundation
import Postgres

/// Units, councils and their meetings, proposals, revisions and findings, certifications and their
/// action items: the names and texts the other read models and the audit trail refer to.
package struct CatalogProjection: Projection {
    package let name = "catalog"
    /// 2: a proposal's withdrawal keeps when and by whom (`withdrawn_at`, `withdrawn_by`), for the trace.
    /// 3: corrections — a proposal's text rectified (`amended_on`) and its area set, a meeting's date corrected.
    /// 4: full-text search indexes (`swedish`) over proposals, findings and action items.
    package let version = 4
    package let tables = [
        "units", "councils", "council_meetings", "proposals", "revisions", "findings", "certifications",
        "certification_areas", "action_items",
    ]

    package init() {}

    /// Units, councils, proposals, revisions and certifications: every event `statement(for:)` writes.
    package func handles(_ event: DomainEvent) -> Bool {
        switch event {
        case .certification(_, .reminderSent), .certification(_, .escalationSent), .issue, .mail, .contacts, .schedule,
            .erasure, .digest:
            false
        default: true
        }
    }

    package func createTables(schema: String, on connection: PostgresConnection) async throws {
        try await connection.runScript(
            ("""
            CREATE TABLE {schema}.units (unit_id uuid PRIMARY KEY, name text NOT NULL);
            CREATE TABLE {schema}.councils (
                council_id uuid PRIMARY KEY, unit_id uuid NOT NULL, name text NOT NULL, form text NOT NULL);
            CREATE INDEX ON {schema}.councils (unit_id);
            CREATE TABLE {schema}.council_meetings (
                meeting_id uuid PRIMARY KEY, council_id uuid NOT NULL, held_on date NOT NULL,
                participant_count integer NOT NULL);
            CREATE INDEX ON {schema}.council_meetings (council_id, held_on);
            CREATE TABLE {schema}.proposals (
                proposal_id uuid PRIMARY KEY, council_id uuid NOT NULL, meeting_id uuid, text text NOT NULL,
                quality_area text, pseudonym text, put_forward_on date NOT NULL, withdrawn_reason text,
                withdrawn_at timestamptz, withdrawn_by text, amended_on date);
            CREATE INDEX ON {schema}.proposals (council_id);
            CREATE TABLE {schema}.revisions (
                revision_id uuid PRIMARY KEY, unit_id uuid NOT NULL, period_start date NOT NULL,
                period_end date NOT NULL, auditor_count integer NOT NULL, published_on date, title text);
            CREATE TABLE {schema}.findings (
                finding_id uuid PRIMARY KEY, revision_id uuid NOT NULL, text text NOT NULL,
                quality_area text NOT NULL, recommendation text NOT NULL);
            CREATE INDEX ON {schema}.findings (revision_id);
            CREATE TABLE {schema}.certifications (
                certification_id uuid PRIMARY KEY, unit_id uuid NOT NULL, started_on date NOT NULL,
                renews uuid, adopted_on date, adopted_by text, certified_on date, valid_until date);
            CREATE INDEX ON {schema}.certifications (unit_id);
            CREATE TABLE {schema}.certification_areas (
                certification_id uuid NOT NULL, area text NOT NULL, fulfilled boolean NOT NULL, note text,
                PRIMARY KEY (certification_id, area));
            CREATE TABLE {schema}.action_items (
                action_item_id uuid PRIMARY KEY, certification_id uuid NOT NULL, area text NOT NULL,
                action text NOT NULL, owner text NOT NULL, due_date date NOT NULL, followed_up_by text NOT NULL);
            CREATE INDEX ON {schema}.action_items (certification_id);
            CREATE INDEX ON {schema}.action_items (due_date);
            """
                + SearchIndexes.create("proposals", ["text"]) + SearchIndexes.create("findings", ["text"])
                + SearchIndexes.create("action_items", ["action"])).replacingOccurrences(
                    of: "{schema}", with: PostgresQuery.quoteIdentifier(schema)))
    }

    package func apply(_ events: [DomainEventRecord], schema: String, on connection: PostgresConnection) async throws {
        // Each kind of event has one statement of a fixed shape: prepared once per session, a rebuild's
        // thousands of them are not parsed and planned again each time; a batch's are sent in one round trip.
        try await connection.executeBatch(events.compactMap { statement(for: $0, schema: schema)?.prepared() })
    }

    private func statement(for record: DomainEventRecord, schema s: String) -> PostgresQuery? {
        switch record.event {
        case .unit(let id, .registered(let e)):
            return "INSERT INTO \(identifier: s).units VALUES (\(id.uuid), \(e.name))"
        case .unit(let id, .renamed(let e)):
            return "UPDATE \(identifier: s).units SET name = \(e.name) WHERE unit_id = \(id.uuid)"
        case .council(let id, .created(let e)):
            return
                "INSERT INTO \(identifier: s).councils VALUES (\(id.uuid), \(e.unitId.uuid), \(e.name), \(e.form.rawValue))"
        case .council(let id, .meetingHeld(let e)):
            return """
                INSERT INTO \(identifier: s).council_meetings
                VALUES (\(e.meetingId.uuid), \(id.uuid), \(e.heldOn.postgres), \(e.participantCount))
                """
        case .proposal(let id, .putForward(let e)):
            return """
                INSERT INTO \(identifier: s).proposals
                VALUES (\(id.uuid), \(e.councilId.uuid), \(e.meetingId?.uuid), \(e.text), \(e.qualityArea?.rawValue),
                        \(e.pseudonym), \(e.putForwardOn.postgres), NULL, NULL, NULL, NULL)
                """
        case .proposal(let id, .withdrawn(let e)):
            return """
                UPDATE \(identifier: s).proposals
                SET withdrawn_reason = \(e.reason), withdrawn_at = \(record.recordedAt), withdrawn_by = \(record.metadata.actor)
                WHERE proposal_id = \(id.uuid)
                """
        case .proposal(let id, .amended(let e)):
            return """
                UPDATE \(identifier: s).proposals SET text = \(e.text), amended_on = \(e.amendedOn.postgres)
                WHERE proposal_id = \(id.uuid)
                """
        case .proposal(let id, .areaSet(let e)):
            return """
                UPDATE \(identifier: s).proposals SET quality_area = \(e.qualityArea.rawValue)
                WHERE proposal_id = \(id.uuid)
                """
        case .council(let id, .meetingDateCorrected(let e)):
            return """
                UPDATE \(identifier: s).council_meetings SET held_on = \(e.heldOn.postgres)
                WHERE meeting_id = \(e.meetingId.uuid) AND council_id = \(id.uuid)
                """
        case .revision(let id, .planned(let e)):
            return """
                INSERT INTO \(identifier: s).revisions
                VALUES (\(id.uuid), \(e.unitId.uuid), \(e.periodStart.postgres), \(e.periodEnd.postgres), \(e.auditorCount),
                        NULL, NULL)
                """
        case .revision(let id, .reportPublished(let e)):
            return """
                UPDATE \(identifier: s).revisions SET published_on = \(e.publishedOn.postgres), title = \(e.title)
                WHERE revision_id = \(id.uuid)
                """
        case .revision(let id, .findingRecorded(let e)):
            return """
                INSERT INTO \(identifier: s).findings
                VALUES (\(e.findingId.uuid), \(id.uuid), \(e.text), \(e.qualityArea.rawValue), \(e.recommendation))
                """
        case .certification(let id, .started(let e)):
            return """
                INSERT INTO \(identifier: s).certifications (certification_id, unit_id, started_on, renews)
                VALUES (\(id.uuid), \(e.unitId.uuid), \(e.startedOn.postgres), \(e.renews?.uuid))
                """
        case .certification(let id, .areaAssessed(let e)):
            return """
                INSERT INTO \(identifier: s).certification_areas VALUES (\(id.uuid), \(e.area.rawValue), \(e.fulfilled), \(e.note))
                ON CONFLICT (certification_id, area) DO UPDATE SET fulfilled = excluded.fulfilled, note = excluded.note
                """
        case .certification(let id, .actionItemAdded(let e)):
            return """
                INSERT INTO \(identifier: s).action_items
                VALUES (\(e.actionItemId.uuid), \(id.uuid), \(e.area.rawValue), \(e.action), \(e.owner), \(e.dueDate.postgres),
                        \(e.followedUpBy))
                """
        case .certification(let id, .planAdopted(let e)):
            return """
                UPDATE \(identifier: s).certifications SET adopted_on = \(e.adoptedOn.postgres), adopted_by = \(e.decidedBy)
                WHERE certification_id = \(id.uuid)
                """
        case .certification(let id, .certified(let e)):
            return """
                UPDATE \(identifier: s).certifications
                SET certified_on = \(e.certifiedOn.postgres), valid_until = \(e.validUntil.postgres)
                WHERE certification_id = \(id.uuid)
                """
        case .certification(_, .reminderSent), .certification(_, .escalationSent), .issue, .mail, .contacts, .schedule,
            .erasure, .inbound,
            .digest:
            return nil
        }
    }
}

/// PostgreSQL's day 0 (2000-01-01) as a Julian day number.
private let julianDayOf2000 = 2_451_545

extension CalendarDate {
    /// The same day as PostgreSQL's `date`. Total: a day outside PostgreSQL's range is refused when
    /// it is sent, never trapped here.
    var postgres: PostgresDate { PostgresDate(daysSince2000: julianDayNumber - julianDayOf2000) }
}

extension PostgresDate {
    /// The same day as a `CalendarDate`; total, like ``CalendarDate/postgres``.
    var calendarDate: CalendarDate { CalendarDate(julianDayNumber: daysSince2000 + julianDayOf2000) }
}
