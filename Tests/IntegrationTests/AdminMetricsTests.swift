import Foundation
import MetricsTestSupport
import OperatorMetrics
import TestSupport
import Testing
import Varlink

extension AdminDaemonTests {
    /// `tredjekraft metrics` against the real daemon: every figure the operators' guide names, the
    /// event store's append latency recorded through the daemon's own registry, and the calls counted
    /// by result.
    @Suite struct Metrics {
        @Test(.timeLimit(.minutes(5))) func theCLIPrintsEveryFigureAndTheCountersMove() async throws {
            try await withAdminDaemon { daemon in
                let seeded = try await daemon.seedIssue()
                // Refused by a rule: a registered issue cannot be verified.
                let refused = try await daemon.error(
                    of: "io.tredjekraft.admin.Verify", ["issueId": .string(seeded.issueId)])
                #expect(refused?.name == "io.tredjekraft.admin.RuleViolation", "\(String(describing: refused))")

                let result = try await daemon.cli(["metrics"])
                #expect(result.status == 0, "\(result)")
                #expect(result.error.isEmpty, "\(result)")
                let exposition = try PrometheusExposition(parsing: result.output)
                for metric in OperatorMetric.allCases {
                    let family = try #require(
                        exposition.families[metric.name], "\(metric.name) missing from\n\(result.output)")
                    #expect(family.help == metric.help, "\(metric.name)")
                    #expect(!family.samples.isEmpty, "\(metric.name)")
                }
                let calls = "tredjekraft_admin_calls_total"
                for command in seeded.commands {
                    #expect(exposition.value(calls, ["method": command.method, "result": "ok"]) == 1, "\(command)")
                }
                #expect(exposition.value(calls, ["method": "Verify", "result": "refused"]) == 1)
                #expect(exposition.value(calls, ["method": "Verify", "result": "ok"]) == nil)
                // Each command appended once; the scheduler may have recorded its start-up run too.
                let appends = try #require(exposition.value("tredjekraft_event_append_duration_seconds_count"))
                #expect(appends >= Double(seeded.commands.count), "\(result.output)")
                #expect(exposition.value("tredjekraft_database_reachable") == 1)
                #expect(exposition.value("tredjekraft_mail_outbox_messages", ["state": "failed"]) == 0)

                // The next scrape counts the first.
                let again = try PrometheusExposition(
                    parsing: try #require(
                        try await daemon.call("io.tredjekraft.admin.Metrics")["text"]?.stringValue))
                #expect(again.value(calls, ["method": "Metrics", "result": "ok"]) == 1)
            }
        }
    }
}
