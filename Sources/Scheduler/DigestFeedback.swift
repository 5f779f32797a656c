import Domain
import EventCodec
import EventStore
import Foundation
import Logging
import Postgres
import Projections

/// Gives the feedback a council digest reported once its e-mail is delivered: after delivery, never
/// before, and only what the digest reported and is still owed as reported (the same decision, owed
/// since the same day). Everything for one digest — the `FeedbackGiven` events on its issues and
/// `DigestFeedbackRecorded` on the digest — is one transaction, under the streams' locks, so it
/// happens exactly once whichever daemon does it and whenever it stops.
package struct DigestFeedback: Sendable {
    let store: EventStore
    let readModel: ReadModel
    let clock: OrganisationClock
    let logger: Logger

    package init(store: EventStore, readModel: ReadModel, clock: OrganisationClock, logger: Logger) {
        self.store = store
        self.readModel = readModel
        self.clock = clock
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

    private func record(_ delivered: ReadModel.DeliveredDigest, metadata: EventMetadata) async throws -> Bool {
        let digestStream = StreamID(delivered.digestId.streamName)
        guard let known = try await digest(on: nil, digestStream), !known.state.feedbackRecorded else { return false }
        let issues = Array(Set(known.state.sent.reports.map(\.issueId))).sorted()
        let context = clock.decisionContext
        return try await store.withTransaction(locking: [digestStream] + issues.map { StreamID($0.streamName) }) {
            transaction in
            // Read again under the locks: another daemon may have done it meanwhile.
            guard let current = try await digest(on: transaction.connection, digestStream),
                !current.state.feedbackRecorded
            else { return false }
            let reports = current.state.sent.reports
            var cleared: [ReportedFeedback] = []
            for issueId in issues {
                let stream = StreamID(issueId.streamName)
                let recorded = try await store.readStream(stream, on: transaction.connection)
                var state = IssueAggregate.replay(
                    try recorded.compactMap {
                        if case .issue(_, let event) = try DomainEventRecord($0).event { event } else { nil }
                    })
                var events: [IssueEvent] = []
                for report in reports where report.issueId == issueId {
                    guard let due = report.stillOwed(in: state, to: delivered.councilId) else { continue }
                    let given = try IssueAggregate.decide(
                        .giveFeedback(
                            councilId: delivered.councilId, occasion: report.occasion, channel: .digest,
                            givenOn: max(delivered.deliveredOn, due.owedSince)),
                        state, context)
                    state = IssueAggregate.replay(given, from: state)
                    events += given
                    cleared.append(report)
                }
                guard !events.isEmpty else { continue }
                try await transaction.append(
                    to: stream, expectedVersion: .exactly(recorded.last?.streamVersion ?? 0),
                    events: try events.map { try DomainEvent.issue(issueId, $0).newEvent() }, metadata: metadata)
            }
            let done = try DigestAggregate.decide(
                .recordFeedback(DigestFeedbackRecorded(deliveredOn: delivered.deliveredOn, cleared: cleared)),
                current.state, context)
            try await transaction.append(
                to: digestStream, expectedVersion: .exactly(current.version),
                events: try done.map { try DomainEvent.digest(delivered.digestId, $0).newEvent() }, metadata: metadata)
            logger.notice(
                "digest delivered: feedback recorded",
                metadata: [
                    "digest": "\(delivered.digestId)", "council": "\(delivered.councilId)",
                    "cleared": "\(cleared.count)", "reported": "\(reports.count)",
                ])
            return true
        }
    }

    /// The digest's state and stream version, read on `connection` (inside the transaction) or the pool.
    private func digest(on connection: PostgresConnection?, _ stream: StreamID) async throws
        -> (state: DigestState, version: Int64)?
    {
        let recorded =
            if let connection { try await store.readStream(stream, on: connection) } else {
                try await store.readStream(stream)
            }
        let state = DigestAggregate.replay(
            try recorded.compactMap {
                if case .digest(_, let event) = try DomainEventRecord($0).event { event } else { nil }
            })
        guard let state, let version = recorded.last?.streamVersion else { return nil }
        return (state, version)
    }
}
