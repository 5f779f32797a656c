import Digests
import Domain
import Foundation
import Postgres

extension ReadModel {
    /// The feedback a council was given, oldest first: what its agenda brings to the meeting when it
    /// came in writing.
    package func givenFeedback(councilId: CouncilID) async throws -> [GivenFeedback] {
        try await database.query(
            """
            SELECT issue_id, council_id, occasion, channel, given_on FROM \(identifier: schema).feedback_given
            WHERE council_id = \(councilId.uuid)
            ORDER BY given_on, issue_id, stream_version
            """
        ).compactMap { row in
            let occasion: String = try row.decode("occasion")
            let channel: String = try row.decode("channel")
            guard let occasion = FeedbackOccasion(rawValue: occasion), let channel = FeedbackChannel(rawValue: channel)
            else {
                throw PostgresError.malformedValue(
                    column: "occasion", type: .text, reason: "unexpected value \(occasion)/\(channel)")
            }
            return GivenFeedback(
                issueId: IssueID(try row.decode("issue_id", as: UUID.self)),
                councilId: CouncilID(try row.decode("council_id", as: UUID.self)), occasion: occasion,
                channel: channel, givenOn: try row.decode("given_on", as: PostgresDate.self).calendarDate)
        }
    }
}
