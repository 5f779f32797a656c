import Domain
import Foundation

/// One row of `issue_status`, derived from an issue's state after each event.
///
/// Written in batches as JSON (`jsonb_populate_recordset`), so the keys are the column names.
struct IssueStatusRow: Codable, Sendable {
    var issueId: IssueID
    var unitId: UnitID
    var title: String
    var status: String
    var outcome: String?
    var motivation: String?
    var decidedBy: String?
    var decidedOn: CalendarDate?
    var owner: String?
    var dueDate: CalendarDate?
    var registeredOn: CalendarDate
    var qualityArea: String?
    var participationLevel: Int?
    var participationReason: String?
    var sourceKinds: [String]
    var sources: [IssueSource]
    var councils: [CouncilID]
    var feedbackOwed: [FeedbackDue]
    var feedbackOwedCount: Int
    var feedbackOwedSince: CalendarDate?
    var mergedInto: IssueID?
    var firstDecidedOn: CalendarDate?
    var implementedOn: CalendarDate?
    var firstFeedbackOn: CalendarDate?
    /// The day the current course was carried out (the first carrying out is `implementedOn`).
    var carriedOutOn: CalendarDate?
    var implementationSummary: String?
    var verifiedOn: CalendarDate?
    var verificationNote: String?
    var withdrawnOn: CalendarDate?
    var withdrawnReason: String?
    /// Since when the councils and revision groups behind the implemented issue are asked for a kvittens.
    var kvittensAskedSince: CalendarDate?
    /// Those still asked (`KvittensParty` JSON), and the councils among them for the digests and agendas.
    var kvittensAwaited: [KvittensParty]
    var kvittensAwaitedCouncils: [CouncilID]
    /// The kvittens given since the issue was last implemented (an "inte kvitterat" stays until then).
    var kvittens: [Kvittens]
    /// Why the issue was followed up without a kvittens, if it was.
    var verifiedWithoutKvittens: String?
    /// The corrections of the issue's facts (``IssueCorrection`` JSON, no free text).
    var corrections: [IssueCorrection]
    var lastEventAt: Date
    var lastEventOn: CalendarDate
    var streamVersion: Int64

    enum CodingKeys: String, CodingKey {
        case issueId = "issue_id"
        case unitId = "unit_id"
        case title, status, outcome, motivation
        case decidedBy = "decided_by"
        case decidedOn = "decided_on"
        case owner
        case dueDate = "due_date"
        case registeredOn = "registered_on"
        case qualityArea = "quality_area"
        case participationLevel = "participation_level"
        case participationReason = "participation_reason"
        case sourceKinds = "source_kinds"
        case sources, councils
        case feedbackOwed = "feedback_owed"
        case feedbackOwedCount = "feedback_owed_count"
        case feedbackOwedSince = "feedback_owed_since"
        case mergedInto = "merged_into"
        case firstDecidedOn = "first_decided_on"
        case implementedOn = "implemented_on"
        case firstFeedbackOn = "first_feedback_on"
        case carriedOutOn = "carried_out_on"
        case implementationSummary = "implementation_summary"
        case verifiedOn = "verified_on"
        case verificationNote = "verification_note"
        case withdrawnOn = "withdrawn_on"
        case withdrawnReason = "withdrawn_reason"
        case kvittensAskedSince = "kvittens_asked_since"
        case kvittensAwaited = "kvittens_awaited"
        case kvittensAwaitedCouncils = "kvittens_awaited_councils"
        case kvittens
        case verifiedWithoutKvittens = "verified_without_kvittens"
        case corrections
        case lastEventAt = "last_event_at"
        case lastEventOn = "last_event_on"
        case streamVersion = "stream_version"
    }

    /// The column list, in table order, for the upsert.
    static let columns = CodingKeys.allColumns

    static let createTable = """
        CREATE TABLE {schema}.issue_status (
            issue_id uuid PRIMARY KEY,
            unit_id uuid NOT NULL,
            title text NOT NULL,
            status text NOT NULL,
            outcome text,
            motivation text,
            decided_by text,
            decided_on date,
            owner text,
            due_date date,
            registered_on date NOT NULL,
            quality_area text,
            participation_level integer,
            participation_reason text,
            source_kinds text[] NOT NULL,
            sources jsonb NOT NULL,
            councils uuid[] NOT NULL,
            feedback_owed jsonb NOT NULL,
            feedback_owed_count integer NOT NULL,
            feedback_owed_since date,
            merged_into uuid,
            first_decided_on date,
            implemented_on date,
            first_feedback_on date,
            carried_out_on date,
            implementation_summary text,
            verified_on date,
            verification_note text,
            withdrawn_on date,
            withdrawn_reason text,
            kvittens_asked_since date,
            kvittens_awaited jsonb NOT NULL,
            kvittens_awaited_councils uuid[] NOT NULL,
            kvittens jsonb NOT NULL,
            verified_without_kvittens text,
            corrections jsonb NOT NULL,
            last_event_at timestamptz NOT NULL,
            last_event_on date NOT NULL,
            stream_version bigint NOT NULL
        );
        CREATE INDEX ON {schema}.issue_status (unit_id, status);
        CREATE INDEX ON {schema}.issue_status (status);
        CREATE INDEX ON {schema}.issue_status (owner);
        CREATE INDEX ON {schema}.issue_status (due_date) WHERE due_date IS NOT NULL;
        CREATE INDEX ON {schema}.issue_status (last_event_at);
        CREATE INDEX ON {schema}.issue_status (unit_id, registered_on);
        CREATE INDEX ON {schema}.issue_status USING gin (councils);
        CREATE INDEX ON {schema}.issue_status USING gin (source_kinds);
        CREATE INDEX ON {schema}.issue_status USING gin (kvittens_awaited_councils);
        """
}

extension IssueStatusRow.CodingKeys: CaseIterable {
    static var allColumns: [String] { allCases.map(\.rawValue) }
}
