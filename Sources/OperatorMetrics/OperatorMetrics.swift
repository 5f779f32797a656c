import CoreMetrics
import Prometheus

/// One daemon's figures for operators: a Prometheus registry of its own, the swift-metrics factory its
/// parts record through, and the text `tredjekraft metrics` prints.
///
/// Each daemon makes one and passes ``factory`` down instead of bootstrapping swift-metrics' global
/// system: the tests run several daemons in one process, and a global registry would mix their figures
/// (and can be bootstrapped only once). Counters and timers are recorded where things happen; the gauges
/// that are cheap to compute are refreshed when scraped (``refresh(with:)``).
package final class OperatorMetrics: Sendable {
    /// Where the figures live until they are shown.
    package let registry: PrometheusCollectorRegistry
    /// What the daemon's parts record through: gives each metric of ``OperatorMetric`` its HELP.
    package let factory: any MetricsFactory

    package init() {
        let registry = PrometheusCollectorRegistry()
        self.registry = registry
        self.factory = OperatorMetricsFactory(registry: registry)
    }

    /// Counts one call on the admin socket.
    package func recordCall(method: String, result: OperatorMetric.CallResult) {
        CoreMetrics.Counter(
            label: OperatorMetric.adminCalls.name, dimensions: [("method", method), ("result", result.rawValue)],
            factory: factory
        ).increment()
    }

    /// Sets the gauges from what was just read; a part that is `nil` (the database did not answer) keeps
    /// the figures of the last scrape, while ``ScrapeFigures/databaseReachable`` says they are stale.
    package func refresh(with figures: ScrapeFigures) {
        gauge(.databaseReachable).record(figures.databaseReachable ? 1 : 0)
        if let log = figures.log {
            gauge(.lastSequence).record(log.lastSequence)
            gauge(.heldBackEvents).record(log.heldBackEvents)
            gauge(.oldestAppendAge).record(log.oldestAppendAgeSeconds ?? 0)
        }
        for projection in figures.projections ?? [] {
            let dimensions = [("projection", projection.name)]
            gauge(.projectionLag, dimensions).record(projection.eventsBehind)
            gauge(.projectionStopped, dimensions).record(projection.stopped ? 1 : 0)
        }
        if let outbox = figures.outbox {
            for (state, count) in [
                ("queued", outbox.queued), ("failing", outbox.failing), ("held", outbox.held),
                ("failed", outbox.failed),
            ] {
                gauge(.outboxMessages, [("state", state)]).record(count)
            }
            gauge(.oldestUndeliveredAge).record(outbox.oldestUndeliveredSeconds ?? 0)
        }
        if let schedule = figures.schedule {
            gauge(.schedulerLastRun, [("job", "policies")]).record(schedule.lastPoliciesRun ?? 0)
            gauge(.schedulerLastRun, [("job", "digests")]).record(schedule.lastDigestsRun ?? 0)
        }
    }

    private func gauge(_ metric: OperatorMetric, _ dimensions: [(String, String)] = []) -> CoreMetrics.Gauge {
        CoreMetrics.Gauge(label: metric.name, dimensions: dimensions, factory: factory)
    }

    /// Everything recorded, in Prometheus's text exposition format (version 0.0.4), families sorted by
    /// name so two scrapes compare line by line.
    package func exposition() -> String {
        PrometheusText.sorted(registry.emitToString())
    }
}
