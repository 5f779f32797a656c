import AdminProtocol
import Domain
import EventStore
import Foundation
import Logging
import OperatorMetrics
import Scheduler
import Varlink

/// `Metrics` (reader): the daemon's figures in Prometheus's text format, for node_exporter's textfile
/// collector — over the admin socket, so the daemon opens no network listener.
///
/// The gauges are read when scraped, from the sources `Status` reads; the counters and the append
/// latency are recorded where they happen. When the database does not answer, the call still answers:
/// `tredjekraft_database_reachable` is 0 and the figures read from the database keep their last values.
struct MetricsMethod: Sendable {
    let context: AdminContext

    func register(on interface: inout VarlinkInterface) {
        interface.add(.metrics, VarlinkEmpty.self, requiring: .reader, context: context) { _, _ in
            MetricsReply(text: await scrape())
        }
    }

    /// Refreshes the gauges and renders every figure.
    func scrape() async -> String {
        var figures = ScrapeFigures(databaseReachable: false)
        do {
            try await read(into: &figures)
            context.health.record(.ok)
        } catch {
            if EventStoreError.isConnectionProblem(error) {
                context.health.record(.unreachable(reason: DatabaseHealth.reason(error)))
            } else {
                // Not an outage: what was read is shown, the rest keeps its last values.
                context.logger.error(
                    "metrics: a figure could not be read", metadata: ["error": "\(DatabaseHealth.reason(error))"])
            }
        }
        if case .ok = context.health.snapshot.state { figures.databaseReachable = true }
        context.metrics.refresh(with: figures)
        return context.metrics.exposition()
    }

    /// Reads part by part, so a failure part-way keeps what was read before it.
    private func read(into figures: inout ScrapeFigures) async throws {
        let horizon = try await context.store.horizon()
        figures.log = .init(
            lastSequence: horizon.lastSequence, heldBackEvents: horizon.heldBackEvents,
            oldestAppendAgeSeconds: horizon.oldestAppender.map { StatusMethods.seconds($0.age) })
        figures.projections = try await ProjectionMethods.status(of: context).map {
            .init(name: $0.name, eventsBehind: $0.eventsBehind, stopped: $0.stopped != nil)
        }
        let mail = try await MailMethods.status(of: context)
        figures.outbox = .init(
            queued: mail.queued, failing: mail.failing, held: mail.held, failed: mail.failed,
            oldestUndeliveredSeconds: mail.oldestUndeliveredSeconds)
        let schedule = try await context.store.scheduleState()
        figures.schedule = .init(
            lastPoliciesRun: schedule.lastScheduledRunFinishedAt?.date.timeIntervalSince1970,
            lastDigestsRun: schedule.lastScheduledDigestsFinishedAt?.date.timeIntervalSince1970)
    }
}
