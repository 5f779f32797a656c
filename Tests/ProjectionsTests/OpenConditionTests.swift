import Domain
import Postgres
import PostgresTestSupport
import Testing

@testable import Projections

/// The read models' SQL for "open issue" says what the domain says, for every status and outcome.
@Suite struct OpenConditionTests {
    @Test func theSQLAgreesWithTheDomainEverywhere() async throws {
        let connection = try await TestDatabase.connect()
        for status in IssueStatus.allCases {
            for outcome in [nil] + DecisionOutcome.allCases {
                let rows = try await connection.query(
                    """
                    SELECT coalesce((\(unescaped: ReadModel.openCondition)), false) AS open
                    FROM (SELECT \(status.rawValue)::text AS status, \(outcome?.rawValue)::text AS outcome) AS s
                    """)
                #expect(
                    try rows[0].decode("open", as: Bool.self) == status.isOpen(outcome: outcome),
                    "\(status) with outcome \(outcome.map(\.rawValue) ?? "none")")
            }
        }
        await connection.close()
    }
}
