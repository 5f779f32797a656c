import AppTestSupport
import Domain
import Foundation
import Postgres
import PostgresTestSupport
import Testing

@testable import Projections

/// `issue_status` rows written as typed arrays (`unnest`) are exactly the rows the JSON path
/// (`jsonb_populate_recordset` of `JSONEncoder` output, before issue 35) wrote.
@Suite struct IssueStatusUpsertTests {
    static func rows() -> [IssueStatusRow] {
        let council: CouncilID = id(2)
        let other: CouncilID = id(3)
        let full = IssueStatusRow(
            issueId: id(10), unitId: id(1), title: "Citat \"så\" och back\\slash, {klammer}, NULL", status: "decided",
            outcome: "accepted", motivation: "Rad ett\nrad två 😀", decidedBy: "Enhetschef",
            decidedOn: day("2026-03-02"),
            owner: "Kvalitetssamordnare", dueDate: day("2026-06-30"), registeredOn: day("2026-01-05"),
            qualityArea: "continuity", participationLevel: 3, participationReason: "Rådet ville vara med",
            sourceKinds: ["finding", "proposal"],
            sources: [.proposal(id(4), council: council), .finding(id(7), revision: id(6))],
            councils: [council, other],
            feedbackOwed: [FeedbackDue(councilId: council, occasion: .decision, owedSince: day("2026-03-02"))],
            feedbackOwedCount: 1, feedbackOwedSince: day("2026-03-02"), mergedInto: id(11),
            firstDecidedOn: day("2026-03-01"), implementedOn: day("2026-04-01"), firstFeedbackOn: day("2026-03-05"),
            carriedOutOn: day("2026-04-02"), implementationSummary: "Gjort", verifiedOn: day("2026-05-01"),
            verificationNote: "Fungerar", withdrawnOn: day("2026-05-02"), withdrawnReason: "Dubblett",
            kvittensAskedSince: day("2026-04-03"), kvittensAwaited: [.council(other)], kvittensAwaitedCouncils: [other],
            kvittens: [
                Kvittens(
                    party: .council(council), verdict: .doesNotHold, text: "Inte än", channel: .meeting,
                    givenOn: day("2026-04-20"))
            ],
            verifiedWithoutKvittens: "Rådet är nedlagt.",
            corrections: [IssueCorrection(fact: .dueDate, correctedOn: day("2026-03-10"), toldCouncils: [council])],
            lastEventAt: Date(timeIntervalSince1970: 1_775_000_000.123456), lastEventOn: day("2026-03-31"),
            streamVersion: 12)
        let bare = IssueStatusRow(
            issueId: id(20), unitId: id(1), title: "", status: "registered", outcome: nil, motivation: nil,
            decidedBy: nil, decidedOn: nil, owner: nil, dueDate: nil, registeredOn: day("2026-01-06"), qualityArea: nil,
            participationLevel: nil, participationReason: nil, sourceKinds: [], sources: [], councils: [],
            feedbackOwed: [], feedbackOwedCount: 0, feedbackOwedSince: nil, mergedInto: nil, firstDecidedOn: nil,
            implementedOn: nil, firstFeedbackOn: nil, carriedOutOn: nil, implementationSummary: nil, verifiedOn: nil,
            verificationNote: nil, withdrawnOn: nil, withdrawnReason: nil, kvittensAskedSince: nil, kvittensAwaited: [],
            kvittensAwaitedCouncils: [], kvittens: [], verifiedWithoutKvittens: nil, corrections: [],
            lastEventAt: Date(timeIntervalSince1970: 0), lastEventOn: day("1970-01-01"), streamVersion: 1)
        return [full, bare]
    }

    @Test func typedArraysWriteWhatTheJSONPathWrote() async throws {
        try await TestDatabase.withSchema("upsert") { pool, schema in
            // The same table twice: `issue_status` for the typed arrays, `issue_status_json` for the JSON path.
            let quoted = PostgresQuery.quoteIdentifier(schema)
            for table in ["issue_status", "issue_status_json"] {
                try await pool.withConnection { connection in
                    try await connection.runScript(
                        IssueStatusRow.createTable.replacingOccurrences(
                            of: "{schema}.issue_status", with: "\(quoted).\(table)"))
                }
            }
            let rows = Self.rows()
            // Twice: the second time every row conflicts and is updated.
            for _ in 0..<2 {
                try await pool.execute(try IssueStatusRow.upsert(rows, schema: schema))
                let assignments = IssueStatusRow.columns.map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
                try await pool.execute(
                    PostgresQuery(
                        unsafeSQL: """
                            INSERT INTO \(quoted).issue_status_json
                            SELECT * FROM jsonb_populate_recordset(NULL::\(quoted).issue_status_json, $1)
                            ON CONFLICT (issue_id) DO UPDATE SET \(assignments)
                            """,
                        bindings: {
                            var bindings = PostgresBindings()
                            bindings.append(PostgresJSONB(data: try JSONEncoder.projection.encode(rows)))
                            return bindings
                        }()))
            }
            func dump(_ table: String) async throws -> [String] {
                try await pool.query(
                    "SELECT t::text AS row FROM \(identifier: schema).\(identifier: table) t ORDER BY 1"
                )
                .map { try $0.decode("row", as: String.self) }
            }
            let written = try await dump("issue_status")
            #expect(written.count == 2)
            #expect(written == (try await dump("issue_status_json")))
        }
    }

    @Test func arrayLiteralsQuoteEveryElement() {
        #expect(UnnestColumns.arrayLiteral([]) == "{}")
        #expect(UnnestColumns.arrayLiteral(["a", "b\"c", "d\\e", "", "NULL"]) == #"{"a","b\"c","d\\e","","NULL"}"#)
    }
}
