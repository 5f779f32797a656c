import Domain
import EventCodec
import Foundation
import Postgres

/// The feedback each council was given, issue by issue: when, about what and how (at a meeting, by
/// letter, by the monthly digest). The agenda reads it to bring what a council was told only in
/// writing to the meeting where it is heard.
package struct FeedbackGivenProjection: Projection {
    package let name = "feedback_given"
    package let version = 1
    package let tables = ["feedback_given"]

    package init() {}

    /// Feedback given on an issue.
    package func handles(_ event: DomainEvent) -> Bool {
        if case .issue(_, .feedbackGiven) = event { true } else { false }
    }

    package func createTables(schema: String, on connection: PostgresConnection) async throws {
        try await connection.runScript(
            """
            CREATE TABLE {schema}.feedback_given (
                issue_id uuid NOT NULL,
                stream_version bigint NOT NULL,
                council_id uuid NOT NULL,
                occasion text NOT NULL,
                channel text NOT NULL,
                given_on date NOT NULL,
                PRIMARY KEY (issue_id, stream_version)
            );
            CREATE INDEX ON {schema}.feedback_given (council_id, given_on);
            """.replacingOccurrences(of: "{schema}", with: PostgresQuery.quoteIdentifier(schema)))
    }

    package func apply(_ events: [DomainEventRecord], schema s: String, on connection: PostgresConnection) async throws
    {
        for record in events {
            guard case .issue(let id, .feedbackGiven(let e)) = record.event else { continue }
            try await connection.execute(
                """
                INSERT INTO \(identifier: s).feedback_given
                    (issue_id, stream_version, council_id, occasion, channel, given_on)
                VALUES (\(id.uuid), \(record.streamVersion), \(e.councilId.uuid), \(e.occasion.rawValue),
                        \(e.channel.rawValue), \(e.givenOn.postgres))
                ON CONFLICT DO NOTHING
                """)
        }
    }
}
