import CoreMetrics
import MetricsTestSupport
import Testing

@testable import OperatorMetrics

/// One daemon's registry: HELP for every figure, the gauges refreshed from what a scrape read, and
/// text that Prometheus reads.
@Suite struct OperatorMetricsTests {
    static let figures = ScrapeFigures(
        databaseReachable: true,
        log: .init(lastSequence: 812, heldBackEvents: 3, oldestAppendAgeSeconds: 1.5),
        projections: [
            .init(name: "catalog", eventsBehind: 0, stopped: false),
            .init(name: "issues", eventsBehind: 7, stopped: true),
        ],
        outbox: .init(queued: 2, failing: 1, held: 4, failed: 5, oldestUndeliveredSeconds: 90),
        schedule: .init(lastPoliciesRun: 1_796_108_400, lastDigestsRun: nil))

    @Test func everyFigureIsShownWithItsHelpAndType() throws {
        let metrics = OperatorMetrics()
        metrics.recordCall(method: "Decide", result: .refused)
        metrics.recordCall(method: "Decide", result: .refused)
        metrics.recordCall(method: "Status", result: .ok)
        CoreMetrics.Timer(label: OperatorMetric.appendDuration.name, factory: metrics.factory)
            .recordMilliseconds(3)
        metrics.refresh(with: Self.figures)

        let text = metrics.exposition()
        let exposition = try PrometheusExposition(parsing: text)
        for metric in OperatorMetric.allCases {
            let family = try #require(exposition.families[metric.name], "\(metric.name) missing from\n\(text)")
            #expect(family.help == metric.help)
            #expect(!family.samples.isEmpty, "\(metric.name)")
        }
        #expect(exposition.families[OperatorMetric.adminCalls.name]?.type == "counter")
        #expect(exposition.families[OperatorMetric.appendDuration.name]?.type == "histogram")
        #expect(exposition.families[OperatorMetric.databaseReachable.name]?.type == "gauge")
        #expect(exposition.value("tredjekraft_admin_calls_total", ["method": "Decide", "result": "refused"]) == 2)
        #expect(exposition.value("tredjekraft_admin_calls_total", ["method": "Status", "result": "ok"]) == 1)
        // Appends take milliseconds: the buckets say so, up to seconds.
        #expect(exposition.value("tredjekraft_event_append_duration_seconds_bucket", ["le": "0.002"]) == 0)
        #expect(exposition.value("tredjekraft_event_append_duration_seconds_bucket", ["le": "0.005"]) == 1)
        #expect(exposition.value("tredjekraft_event_append_duration_seconds_count") == 1)
        let sum = try #require(exposition.value("tredjekraft_event_append_duration_seconds_sum"))
        #expect(abs(sum - 0.003) < 1e-9, "\(sum)")

        #expect(exposition.value("tredjekraft_database_reachable") == 1)
        #expect(exposition.value("tredjekraft_event_log_last_sequence") == 812)
        #expect(exposition.value("tredjekraft_event_log_held_back_events") == 3)
        #expect(exposition.value("tredjekraft_event_log_oldest_append_age_seconds") == 1.5)
        #expect(exposition.value("tredjekraft_projection_lag_events", ["projection": "issues"]) == 7)
        #expect(exposition.value("tredjekraft_projection_stopped", ["projection": "issues"]) == 1)
        #expect(exposition.value("tredjekraft_projection_stopped", ["projection": "catalog"]) == 0)
        for (state, count) in [("queued", 2.0), ("failing", 1), ("held", 4), ("failed", 5)] {
            #expect(exposition.value("tredjekraft_mail_outbox_messages", ["state": state]) == count)
        }
        #expect(exposition.value("tredjekraft_mail_oldest_undelivered_age_seconds") == 90)
        #expect(
            exposition.value("tredjekraft_scheduler_last_run_timestamp_seconds", ["job": "policies"]) == 1_796_108_400)
        #expect(exposition.value("tredjekraft_scheduler_last_run_timestamp_seconds", ["job": "digests"]) == 0)
    }

    /// The database went away: the call still answers, says so, and what it could not read stays as the
    /// last scrape left it.
    @Test func aScrapeWithoutTheDatabaseSaysSoAndKeepsTheLastFigures() throws {
        let metrics = OperatorMetrics()
        metrics.refresh(with: Self.figures)
        metrics.refresh(with: ScrapeFigures(databaseReachable: false))
        let exposition = try PrometheusExposition(parsing: metrics.exposition())
        #expect(exposition.value("tredjekraft_database_reachable") == 0)
        #expect(exposition.value("tredjekraft_mail_outbox_messages", ["state": "queued"]) == 2)
        #expect(exposition.value("tredjekraft_event_log_last_sequence") == 812)
    }

    /// Two daemons in one process (as in the tests) keep their figures apart.
    @Test func eachRegistryCountsItsOwnDaemon() throws {
        let first = OperatorMetrics()
        let second = OperatorMetrics()
        first.recordCall(method: "Verify", result: .ok)
        let one = try PrometheusExposition(parsing: first.exposition())
        let other = try PrometheusExposition(parsing: second.exposition())
        #expect(one.value("tredjekraft_admin_calls_total", ["method": "Verify", "result": "ok"]) == 1)
        #expect(other.families.isEmpty)
    }

    /// Families in name order, each histogram's buckets ascending, so scrapes compare line by line.
    @Test func theTextIsInAStableOrder() throws {
        let metrics = OperatorMetrics()
        metrics.refresh(with: Self.figures)
        CoreMetrics.Timer(label: OperatorMetric.appendDuration.name, factory: metrics.factory).recordSeconds(2)
        let text = metrics.exposition()
        #expect(text == metrics.exposition())
        let names = text.split(separator: "\n").filter { $0.hasPrefix("# TYPE ") }.map { $0.split(separator: " ")[2] }
        #expect(names == names.sorted())
        let buckets = try PrometheusExposition(parsing: text).samples(of: OperatorMetric.appendDuration.name)
            .compactMap { $0.labels["le"].flatMap(PrometheusExposition.number) }
        #expect(buckets == buckets.sorted() && buckets.last == .infinity)
        #expect(text.hasSuffix("\n"))
    }

    /// The reader the tests use refuses what Prometheus would.
    @Test(arguments: [
        "tredjekraft_x{a=\"1\"} ", "tredjekraft x 1", "tredjekraft_x{1a=\"b\"} 1", "tredjekraft_x{a=b} 1",
        "tredjekraft_x one", "# TYPE tredjekraft_x gauge\n# TYPE tredjekraft_x gauge",
        "tredjekraft_x 1\n# TYPE tredjekraft_x gauge", "# TYPE h histogram\nh 1",
    ])
    func malformedTextIsRefused(_ text: String) {
        #expect(throws: PrometheusExposition.Malformed.self) { try PrometheusExposition(parsing: text) }
    }
}
