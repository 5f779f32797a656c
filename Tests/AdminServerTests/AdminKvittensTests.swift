import AdminProtocol
import Domain
import Foundation
import ReadModelTypes
import Testing
import Varlink

/// `RecordKvittens` and `Verify` with `withoutKvittens` over the socket: the coordinator records the
/// council's answer; follow-up without it is refused in Swedish until a reason is given.
@Suite struct AdminKvittensTests {
    /// An issue from the setup's proposal, carried out; its short id.
    static func implemented(_ admin: AdminHarness, _ setup: AdminCommandTests.Setup, title: String) async throws
        -> String
    {
        let issue = try await admin.command(
            .openIssue, OpenIssueParameters(title: title, source: SourceRef(kind: .proposal, id: setup.proposal))
        ).issueId!
        try await admin.command(.startPreparation, IssueStepParameters(issueId: issue))
        try await admin.command(
            .decide,
            DecideParameters(issueId: issue, outcome: .accepted, motivation: "Det behövs.", decidedBy: "Socialnämnden"))
        try await admin.command(.startWork, IssueStepParameters(issueId: issue))
        try await admin.command(.markImplemented, MarkImplementedParameters(issueId: issue, summary: "Klart."))
        return issue
    }

    @Test func kvitteratThenVerified() async throws {
        try await AdminHarness.with { admin in
            let setup = try await AdminCommandTests.setUp(admin)
            let issue = try await Self.implemented(admin, setup, title: "Kvällsstöd")
            let refused = try #require(await admin.error(.verify, ["issueId": .string(issue)]))
            #expect(refused.name == "io.tredjekraft.admin.RuleViolation")
            #expect(refused.parameters["code"] == .string("kvittens_missing"))
            let reason = try #require(refused.parameters["reason"]?.stringValue)
            #expect(reason.contains("Registrera deras brukarkvittens först"))
            // The council by its name, looked up at the edge; never its id.
            #expect(reason.contains("Dialogmötet har inte sagt om ändringen fungerar som de menade."))
            #expect(!reason.contains(setup.council) && !reason.contains(String(setup.council.prefix(8))))

            let given = try await admin.command(
                .recordKvittens,
                RecordKvittensParameters(
                    issueId: issue, councilId: String(setup.council.prefix(8)), verdict: .holds, channel: .meeting))
            #expect(given.events.map(\.type) == ["KvittensRecorded"])
            try await admin.command(.verify, VerifyParameters(issueId: issue, note: "Rådet är nöjt."))
            let detail: IssueReply = try await admin.call(.getIssue, IssueParameters(issueId: issue))
            #expect(detail.issue.summary.status == .verified)
        }
    }

    @Test func inteKvitteratReopensAndVerifyWithoutKvittensNeedsAReason() async throws {
        try await AdminHarness.with { admin in
            let setup = try await AdminCommandTests.setUp(admin)
            let issue = try await Self.implemented(admin, setup, title: "Kvällsstöd")
            let noWords = try #require(
                await admin.error(
                    .recordKvittens,
                    [
                        "issueId": .string(issue), "councilId": .string(setup.council), "verdict": "does_not_hold",
                        "channel": "letter",
                    ]))
            #expect(noWords.parameters["code"] == .string("missing_reason"))
            let neither = try #require(
                await admin.error(
                    .recordKvittens, ["issueId": .string(issue), "verdict": "holds", "channel": "letter"]))
            #expect(neither.parameters["code"] == .string("kvittens_party"))
            try await admin.command(
                .recordKvittens,
                RecordKvittensParameters(
                    issueId: issue, councilId: setup.council, verdict: .doesNotHold,
                    text: "Det är fortfarande stängt på kvällarna.", channel: .letter))
            let reopened: IssueReply = try await admin.call(.getIssue, IssueParameters(issueId: issue))
            #expect(reopened.issue.summary.status == .reopened)

            let other = try await Self.implemented(admin, setup, title: "Helgstöd")
            try await admin.command(
                .verify, VerifyParameters(issueId: other, withoutKvittens: "Rådet är nedlagt sedan december."))
            let history: HistoryReply = try await admin.call(.issueHistory, IssueParameters(issueId: other))
            #expect(
                history.entries.last?.text
                    == "Ärendet är uppföljt utan brukarkvittens. Skäl: Rådet är nedlagt sedan december.")
        }
    }
}
