import AppTestSupport
import Demo
import Domain
import EventStore
import Logging
import Policies
import Projections
import ReadModelTypes
import Testing

@testable import Scheduler

/// The loop's own messages are not work on an issue (`IssueEvent.isActivity`): a council's digest,
/// delivered and giving its feedback, leaves a stalled issue stalled for everyone who asks.
@Suite(.timeLimit(.minutes(3))) struct DigestStalenessTests {
    static let november = CalendarMonth("2026-11")!
    static let metadata = EventMetadata(actor: "scheduler", client: "tests")

    @Test func aDeliveredDigestLeavesAStalledIssueStalledWithTheSameLastEvent() async throws {
        try await SchedulerHarness.with { h in
            try await h.setContacts()
            h.app.clock.set("2026-12-07")
            let issue = try #require(
                try await h.app.readModel.trace(DemoScenario.lundProposalTidAttLyssna.uuid).issue?.summary.id)
            let before = try await h.app.readModel.issue(issue)
            #expect(before.summary.isStale)
            #expect(before.feedbackOwed.contains { $0.occasion == .decision })

            _ = try #require(
                try await h.digestRun().execute(
                    month: Self.november, trigger: .scheduled, lateSince: nil, metadata: Self.metadata))
            try await h.settle()
            let lund = try #require(
                try await h.app.readModel.digests(month: Self.november).first {
                    $0.recipientId == DemoScenario.lundCouncil.description
                })
            try await h.deliver(try #require(lund.mailId), accepted: true)
            let feedback = DigestFeedback(
                store: h.app.store, readModel: h.app.readModel, clock: h.app.organisationClock,
                logger: Logger(label: "tests"))
            #expect(try await feedback.recordDelivered(metadata: Self.metadata) == 1)
            try await h.settle()

            // The digest did give its feedback ...
            let after = try await h.app.readModel.issue(issue)
            #expect(!after.feedbackOwed.contains { $0.occasion == .decision })
            let history = try await h.app.readModel.history(issue)
            #expect(history.last?.eventType == "FeedbackGiven")
            // ... and the issue is as stalled as before, in the list, in `issue show` and for the policies.
            #expect(after.summary.lastEventOn == before.summary.lastEventOn)
            #expect(after.summary.daysSinceLastEvent == before.summary.daysSinceLastEvent)
            #expect(after.summary.isStale)
            let stale = try await h.app.readModel.issues(IssueFilter(staleDays: 45)).map(\.id)
            #expect(stale.contains(issue))
            let fact = try #require(try await h.app.readModel.policyFacts(issue: issue).issues.first)
            #expect(fact.lastEventOn == before.summary.lastEventOn)
        }
    }
}
