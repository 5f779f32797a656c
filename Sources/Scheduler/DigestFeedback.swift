import CommandHandling
import Domain
import EventStore
import Foundation
import Logging
import Projections

/// Gives the feedback a council digest reported once its e-mail is delivered: after delivery, never
/// before, and only what the digest reported and is still owed as reported (the same decision, owed
/// since the same day). Everything for one digest — the `FeedbackGiven` events on its issues and
/// `DigestFeedbackRecorded` on the digest — is one unit of work, so it happens exactly once whichever
/// daemon does it and whenever it stops.
package struct DigestFeedback: Sendable {
    let readModel: ReadModel
    let handler: CommandHandler
    let logger: Logger

    package init(store: EventStore, readModel: ReadModel, clock: OrganisationClock, logger: Logger) {
        self.readModel = readModel
        self.handler = CommandHandler(store: store, runner: nil, clock: clock, logger: logger)
        self.logger = logger
    }

    /// Records the feedback of every delivered digest still waiting for it; returns how many.
    @discardableResult
    package func recordDelivered(metadata: EventMetadata) async throws -> Int {
        var count = 0
        var firstError: (any Error)?
        for digest in try await readModel.deliveredDigestsAwaitingFeedback() {
            // One digest that cannot be recorded must not hold back the others.
            do {
                if try await record(digest, metadata: metadata) { count += 1 }
            } catch {
                logger.error(
                    "recording a delivered digest's feedback failed",
                    metadata: ["digest": "\(digest.digestId)", "error": "\(error)"])
                firstError = firstError ?? error
            }
        }
        if let firstError { throw firstError }
        return count
    }

    /// One digest's feedback as one unit of work: the `FeedbackGiven` on each of its issues and
    /// `DigestFeedbackRecorded` on the digest. The digest's state says whether it was done already,
    /// and a change by another daemon meanwhile makes the unit decide again.
    private func record(_ delivered: ReadModel.DeliveredDigest, metadata: EventMetadata) async throws -> Bool {
        let (recorded, _) = try await handler.perform(metadata: metadata) { work -> (cleared: Int, reported: Int)? in
            guard let digest = try await work.state(DigestAggregate.self, delivered.digestId), !digest.feedbackRecorded
            else { return nil }
            let reports = digest.sent.reports
            var cleared: [ReportedFeedback] = []
            for issueId in Array(Set(reports.map(\.issueId))).sorted() {
                for report in reports where report.issueId == issueId {
                    let state = try await work.state(IssueAggregate.self, issueId)
                    guard let state, let due = report.stillOwed(in: state, to: delivered.councilId) else { continue }
                    try await work.decide(
                        IssueAggregate.self, issueId,
                        .giveFeedback(
                            councilId: delivered.councilId, occasion: report.occasion, channel: .digest,
                            givenOn: max(delivered.deliveredOn, due.owedSince)))
                    cleared.append(report)
                }
            }
            try await work.decide(
                DigestAggregate.self, delivered.digestId,
                .recordFeedback(DigestFeedbackRecorded(deliveredOn: delivered.deliveredOn, cleared: cleared)))
            return (cleared.count, reports.count)
        }
        guard let recorded else { return false }
        logger.notice(
            "digest delivered: feedback recorded",
            metadata: [
                "digest": "\(delivered.digestId)", "council": "\(delivered.councilId)",
                "cleared": "\(recorded.cleared)", "reported": "\(recorded.reported)",
            ])
        return true
    }
}
