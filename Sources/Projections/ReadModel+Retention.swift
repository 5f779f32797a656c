import Domain
import Foundation
import Postgres

extension ReadModel {
    /// A record whose texts a retention rule reaches: its id, what it is called, and since when the
    /// rule counts (withdrawn on, or last touched when closed).
    package struct RetentionRecord: Sendable, Equatable {
        package var id: UUID
        package var title: String
        package var since: CalendarDate
    }

    /// Proposals withdrawn before `cutoff` whose text is still there.
    package func proposalsWithdrawn(before cutoff: CalendarDate, timeZone: TimeZone) async throws -> [RetentionRecord] {
        try await database.query(
            """
            SELECT proposal_id, text, (withdrawn_at AT TIME ZONE \(timeZone.identifier))::date AS withdrawn_on
            FROM \(identifier: schema).proposals
            WHERE withdrawn_at IS NOT NULL AND (withdrawn_at AT TIME ZONE \(timeZone.identifier))::date < \(cutoff.postgres)
            ORDER BY withdrawn_at, proposal_id
            """
        ).compactMap { row in
            let text: String = try row.decode("text")
            guard !RedactionMarker.isMarker(text) else { return nil }
            return RetentionRecord(
                id: try row.decode("proposal_id"), title: text,
                since: try row.decode("withdrawn_on", as: PostgresDate.self).calendarDate)
        }
    }

    /// Issues that are done (verified, withdrawn, merged or rejected: ``IssueStatus/isOpen(outcome:)``)
    /// and untouched since before `cutoff`, whose title is still there.
    package func issuesClosed(before cutoff: CalendarDate) async throws -> [RetentionRecord] {
        try await database.query(
            """
            SELECT issue_id, title, status, outcome, last_event_on FROM \(identifier: schema).issue_status
            WHERE last_event_on < \(cutoff.postgres)
            ORDER BY last_event_on, issue_id
            """
        ).compactMap { row in
            let title: String = try row.decode("title")
            guard let status = IssueStatus(rawValue: try row.decode("status")),
                !status.isOpen(outcome: (try row.decode("outcome", as: String?.self)).flatMap(DecisionOutcome.init)),
                !RedactionMarker.isMarker(title)
            else { return nil }
            return RetentionRecord(
                id: try row.decode("issue_id"), title: title,
                since: try row.decode("last_event_on", as: PostgresDate.self).calendarDate)
        }
    }
}
