import AdminProtocol
import AppTestSupport
import Domain
import Foundation
import MetricsTestSupport
import OperatorMetrics
import Projections
import Testing
import Varlink

@testable import AdminServer

/// `Metrics`: Prometheus text that counts the socket's calls by result and shows the outbox, the log
/// and the read models as `Status` sees them.
@Suite struct MetricsMethodTests {
    func scrape(_ admin: AdminHarness) async throws -> (text: String, exposition: PrometheusExposition) {
        let reply: MetricsReply = try await admin.call(.metrics)
        return (reply.text, try PrometheusExposition(parsing: reply.text))
    }

    @Test func answersPrometheusTextWithEveryFigureAndCountsCallsByResult() async throws {
        try await AdminHarness.with { admin in
            let unit = try await admin.command(.registerUnit, RegisterUnitParameters(name: "Vuxenstöd Lund")).unitId!
            // Refused by a rule: a unit needs a name.
            let refused = try #require(await admin.error(.renameUnit, ["unitId": .string(unit), "name": ""]))
            #expect(refused.name == "io.tredjekraft.admin.RuleViolation")
            // Refused: nothing by that id.
            let missing = try #require(await admin.error(.getIssue, ["issueId": "0123456789"]))
            #expect(missing.name == "io.tredjekraft.admin.NotFound")

            let (text, exposition) = try await scrape(admin)
            // The harness's store records its appends nowhere (the daemon hands it the factory, see the
            // daemon's tests); every other figure is here, with HELP and TYPE.
            for metric in OperatorMetric.allCases where metric != .appendDuration {
                let family = try #require(exposition.families[metric.name], "\(metric.name) missing:\n\(text)")
                #expect(family.help == metric.help && family.type != nil, "\(metric.name)")
                #expect(!family.samples.isEmpty, "\(metric.name)")
            }
            let calls = "tredjekraft_admin_calls_total"
            #expect(exposition.value(calls, ["method": "RegisterUnit", "result": "ok"]) == 1)
            #expect(exposition.value(calls, ["method": "RenameUnit", "result": "refused"]) == 1)
            #expect(exposition.value(calls, ["method": "GetIssue", "result": "refused"]) == 1)
            #expect(exposition.value(calls, ["method": "RenameUnit", "result": "ok"]) == nil)
            #expect(exposition.value("tredjekraft_database_reachable") == 1)
            #expect(exposition.value("tredjekraft_event_log_last_sequence") == 1)
            #expect(exposition.value("tredjekraft_event_log_held_back_events") == 0)
            for projection in admin.app.runner.projections.map(\.name) {
                #expect(
                    exposition.value("tredjekraft_projection_lag_events", ["projection": projection]) == 0,
                    "\(projection)")
                #expect(exposition.value("tredjekraft_projection_stopped", ["projection": projection]) == 0)
            }
            // No scheduled run yet.
            #expect(exposition.value("tredjekraft_scheduler_last_run_timestamp_seconds", ["job": "policies"]) == 0)

            // Counters only go up: the scrape itself is counted, and a second command moves its own.
            try await admin.command(.renameUnit, RenameUnitParameters(unitId: unit, name: "Vuxenstöd Lund city"))
            let (_, later) = try await scrape(admin)
            #expect(later.value(calls, ["method": "Metrics", "result": "ok"]) == 1)
            #expect(later.value(calls, ["method": "RenameUnit", "result": "ok"]) == 1)
            #expect(later.value(calls, ["method": "RenameUnit", "result": "refused"]) == 1)
            #expect(later.value("tredjekraft_event_log_last_sequence") == 2)
        }
    }

    @Test func theOutboxGaugesCountQueuedMail() async throws {
        try await AdminHarness.with { admin in
            _ = try await MailMethodsTests.setUp(admin)
            let (_, before) = try await scrape(admin)
            #expect(before.value("tredjekraft_mail_outbox_messages", ["state": "queued"]) == 0)
            #expect(before.value("tredjekraft_mail_oldest_undelivered_age_seconds") == 0)
            for index in 1...2 {
                try await admin.app.run(
                    .mail(
                        MailID(UUID()),
                        .queue(
                            recipient: .council(CouncilID(MailMethodsTests.council)), purpose: .reminder,
                            subject: "Påminnelse \(index)", text: "Hej!", html: nil, regarding: nil)), as: "scheduler")
            }
            let status: StatusReply = try await admin.call(.status)
            let (_, after) = try await scrape(admin)
            #expect(after.value("tredjekraft_mail_outbox_messages", ["state": "queued"]) == 2)
            #expect(
                after.value("tredjekraft_mail_outbox_messages", ["state": "queued"])
                    == status.mail.map { Double($0.queued) })
            #expect(after.value("tredjekraft_mail_outbox_messages", ["state": "failed"]) == 0)
            #expect(after.value("tredjekraft_mail_outbox_messages", ["state": "held"]) == 0)
            #expect((after.value("tredjekraft_mail_oldest_undelivered_age_seconds") ?? -1) >= 0)
        }
    }
}
