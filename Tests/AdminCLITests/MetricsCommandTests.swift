import Foundation
import Testing
import Varlink

@testable import AdminCLI

/// `tredjekraft metrics` prints the daemon's text exactly, for node_exporter's textfile collector.
@Suite struct MetricsCommandTests {
    @Test func printsTheDaemonsTextUnchanged() async throws {
        let daemon = StubDaemon()
        let result = try await daemon.serve { socket in await runCLI(["metrics", "--socket", socket]) }
        #expect(result.status == 0, "\(result.error)")
        #expect(result.error.isEmpty)
        #expect(result.output == Fixtures.metricsText)
        #expect(daemon.parameters(of: "Metrics") == [[:]])
    }

    @Test func withJSONPrintsTheReply() async throws {
        let result = try await StubDaemon().serve { socket in
            await runCLI(["metrics", "--json", "--socket", socket])
        }
        #expect(result.status == 0, "\(result.error)")
        let reply = try JSONDecoder().decode(VarlinkObject.self, from: Data(result.output.utf8))
        #expect(reply["text"]?.stringValue == Fixtures.metricsText)
    }

    @Test func theHelpIsSwedishAndGivesTheTextfileRecipe() async throws {
        let help = await runCLI(["metrics", "--help"])
        #expect(help.status == 0, "\(help)")
        #expect(help.output.contains("Skriv daemonens mätvärden i Prometheus textformat"), "\(help)")
        #expect(help.output.contains("tredjekraft metrics > $d/tredjekraft.prom.$$ &&\n"), "\(help)")
        #expect(help.output.contains("mv $d/tredjekraft.prom.$$ $d/tredjekraft.prom\n"), "\(help)")
        let overview = await runCLI(["--help"])
        #expect(overview.output.contains("metrics"), "\(overview)")
    }
}

extension Fixtures {
    /// What a daemon answers: HELP with a backslash, a label value with a quote, a histogram.
    static let metricsText = """
        # HELP tredjekraft_admin_calls_total Calls on the admin socket by Varlink method and result.
        # TYPE tredjekraft_admin_calls_total counter
        tredjekraft_admin_calls_total{method="Decide",result="refused"} 2
        tredjekraft_admin_calls_total{method="Status",result="ok"} 14
        # HELP tredjekraft_database_reachable 1 when the daemon reaches PostgreSQL \\\\ else 0.
        # TYPE tredjekraft_database_reachable gauge
        tredjekraft_database_reachable 1.0
        # TYPE tredjekraft_event_append_duration_seconds histogram
        tredjekraft_event_append_duration_seconds_bucket{le="0.001"} 3
        tredjekraft_event_append_duration_seconds_bucket{le="+Inf"} 4
        tredjekraft_event_append_duration_seconds_sum 0.0123
        tredjekraft_event_append_duration_seconds_count 4
        # TYPE tredjekraft_projection_lag_events gauge
        tredjekraft_projection_lag_events{projection="is\\"sues"} 0.0

        """
}
