import AdminProtocol
import AppTestSupport
import Domain
import EventStore
import Foundation
import ReadModelTypes
import Testing
import Varlink

/// Corrections over the socket: each is an event the history and the trace tell; each refusal is a
/// RuleViolation (or NotFound) with its own code that changes nothing.
@Suite struct AdminCorrectionTests {
    static func decided(_ admin: AdminHarness, _ setup: AdminCommandTests.Setup) async throws -> String {
        let issue = try await admin.command(
            .openIssue, OpenIssueParameters(title: "Kvälstöd", source: SourceRef(kind: .proposal, id: setup.proposal))
        ).issueId!
        try await admin.command(.startPreparation, IssueStepParameters(issueId: issue))
        try await admin.command(
            .decide,
            DecideParameters(
                issueId: issue, outcome: .rejected, motivation: "Det går inte.", decidedBy: "Socialnämnden"))
        return issue
    }

    @Test func retitleAndDecisionCorrectionAreToldInHistoryAndTrace() async throws {
        try await AdminHarness.with { admin in
            let setup = try await AdminCommandTests.setUp(admin)
            let issue = try await Self.decided(admin, setup)
            let retitled = try await admin.command(
                .retitleIssue, RetitleIssueParameters(issueId: issue, title: "Kvällsstöd", reason: "Stavfel."))
            #expect(retitled.events.map(\.type) == ["IssueRetitled"])
            let corrected = try await admin.command(
                .correctDecision,
                CorrectDecisionParameters(
                    issueId: issue, outcome: .accepted, motivation: "Vi öppnar på kvällarna.",
                    decidedBy: "Socialnämnden", reason: "Beslutet registrerades som avslag av misstag."))
            #expect(corrected.events.map(\.type) == ["IssueDecisionCorrected"])

            let detail: IssueReply = try await admin.call(.getIssue, IssueParameters(issueId: issue))
            #expect(detail.issue.summary.title == "Kvällsstöd")
            let history: HistoryReply = try await admin.call(.issueHistory, IssueParameters(issueId: issue))
            let texts = history.entries.map(\.text)
            #expect(texts.contains("Rättelse: ärendets rubrik är ”Kvällsstöd”. Skäl: Stavfel."))
            #expect(texts.contains { $0.hasPrefix("Rättelse av beslutet: Socialnämnden beslutade bifall.") })
            let trace: TraceReply = try await admin.call(
                .trace, TraceParameters(sourceId: String(setup.proposal.prefix(8))))
            #expect(trace.trace.answer.contains("Socialnämnden beslutade bifall"))
            #expect(trace.trace.issue?.summary.title == "Kvällsstöd")
            // Corrected to a yes, the work can start.
            try await admin.command(.startWork, IssueStepParameters(issueId: issue))
        }
    }

    @Test func refusalsSayWhatIsPossibleAndChangeNothing() async throws {
        try await AdminHarness.with { admin in
            let setup = try await AdminCommandTests.setUp(admin)
            let issue = try await Self.decided(admin, setup)
            try await admin.command(
                .correctDecision,
                CorrectDecisionParameters(
                    issueId: issue, outcome: .accepted, motivation: "Ja.", decidedBy: "Socialnämnden", reason: "Fel."))
            try await admin.command(.startWork, IssueStepParameters(issueId: issue))
            let events = try await admin.app.store.eventCount()

            let late = try #require(
                await admin.error(
                    .correctDecision,
                    [
                        "issueId": .string(issue), "outcome": "rejected", "motivation": "Nej.",
                        "decidedBy": "Socialnämnden", "reason": "Fel.",
                    ]))
            #expect(late.name == "io.tredjekraft.admin.RuleViolation")
            #expect(late.parameters["code"] == .string("correction_not_allowed"))
            #expect(late.parameters["reason"]?.stringValue?.contains("återkallas") == true)

            let blank = try #require(
                await admin.error(
                    .retitleIssue, ["issueId": .string(issue), "title": "Kvällsstöd", "reason": "  "]))
            #expect(blank.parameters["code"] == .string("missing_reason"))

            let nul = try #require(
                await admin.error(
                    .amendProposal,
                    ["proposalId": .string(setup.proposal), "text": "Kvällar\u{0}", "reason": "Fel."]))
            #expect(nul.parameters["code"] == .string("invalid_characters"))

            let unknown = try #require(
                await admin.error(
                    .retitleIssue,
                    ["issueId": "00000000-0000-0000-0000-0000000000ff", "title": "X", "reason": "Fel."]))
            #expect(unknown.name == "io.tredjekraft.admin.NotFound")

            let nothing = try #require(
                await admin.error(
                    .correctOwner, ["issueId": .string(issue), "owner": "Enhetschef", "reason": "Fel."]))
            #expect(nothing.parameters["code"] == .string("nothing_to_correct"))
            #expect(try await admin.app.store.eventCount() == events)
        }
    }

    @Test func proposalMeetingDateAndOwnerCorrections() async throws {
        try await AdminHarness.with { admin in
            let setup = try await AdminCommandTests.setUp(admin)
            let amended = try await admin.command(
                .amendProposal,
                AmendProposalParameters(
                    proposalId: setup.proposal, text: "Öppet på kvällarna.", reason: "Fel avskrivet."))
            #expect(amended.events.map(\.type) == ["ProposalAmended"])
            try await admin.command(
                .setProposalArea,
                SetProposalAreaParameters(
                    proposalId: setup.proposal, qualityArea: .information, reason: "Fel område valdes."))
            let proposals: ProposalsReply = try await admin.call(
                .listProposals, ListProposalsParameters(councilId: setup.council))
            #expect(proposals.proposals.first?.text == "Öppet på kvällarna.")
            #expect(proposals.proposals.first?.qualityArea == .information)

            let meeting = try await admin.command(
                .correctMeetingDate,
                CorrectMeetingDateParameters(
                    councilId: setup.council, meetingId: setup.meeting, heldOn: CalendarDate("2026-01-07")!,
                    reason: "Fel dag registrerades."))
            #expect(meeting.events.map(\.type) == ["CouncilMeetingDateCorrected"])

            let issue = try await Self.decided(admin, setup)
            try await admin.command(.assignOwner, AssignOwnerParameters(issueId: issue, owner: "Enhetschef A"))
            try await admin.command(
                .correctOwner, CorrectOwnerParameters(issueId: issue, owner: "Enhetschef B", reason: "Fel enhet."))
            try await admin.command(
                .setDueDate,
                SetDueDateParameters(issueId: issue, dueDate: admin.app.organisationClock.today.adding(days: 30)))
            try await admin.command(
                .correctDueDate,
                CorrectDueDateParameters(
                    issueId: issue, dueDate: admin.app.organisationClock.today.adding(days: 60), reason: "Fel månad."))
            let detail: IssueReply = try await admin.call(.getIssue, IssueParameters(issueId: issue))
            #expect(detail.issue.summary.owner == "Enhetschef B")
            #expect(detail.issue.summary.dueDate == admin.app.organisationClock.today.adding(days: 60))
        }
    }
}
