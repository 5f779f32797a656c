import AppTestSupport
import Demo
import Domain
import EventStore
import Foundation
import Policies
import Projections
import ReadModelTypes
import Testing

@testable import Scheduler

/// `kvittens_awaited` over the demo, through the store: Lund's "Delaktighet" was carried out 70 days
/// before the demo's day and the dialogue meeting has not said whether it works; the coordinator is
/// reminded, through the one write path, and no more once the council has answered.
@Suite(.timeLimit(.minutes(3))) struct KvittensAwaitedRunTests {
    @Test func theCoordinatorIsRemindedUntilTheCouncilAnswers() async throws {
        try await SchedulerHarness.with { h in
            try await h.run("2026-11-30")
            let awaited = try await h.effects().filter { $0.record.policy == .kvittensAwaited }
            let lund = try #require(awaited.first { $0.record.recipient == .coordinator(DemoScenario.lundUnit) })
            #expect(lund.type == "IssueReminderSent")
            #expect(lund.record.since == CalendarDate("2026-09-21")!)
            #expect(lund.record.occasion == "kvittens_awaited:2026-09-21")
            let issue = try #require(IssueID(String(lund.stream.dropFirst("issue-".count))))
            let history = try await h.app.readModel.history(issue)
            #expect(
                history.contains {
                    $0.text.contains("rådet hade inte sagt om ändringen fungerar som de menade sedan 2026-09-21")
                })

            // The council says it works at its meeting; a month later nothing more is sent about it.
            h.app.clock.set("2026-12-03")
            try await h.app.run(
                .issue(
                    issue,
                    .recordKvittens(
                        Kvittens(
                            party: .council(DemoScenario.lundCouncil), verdict: .holds, text: nil, channel: .meeting,
                            givenOn: CalendarDate("2026-12-02")!))), on: "2026-12-03")
            h.app.clock.set("2026-12-31")
            try await h.run("2026-12-31")
            let after = try await h.effects().filter {
                $0.record.policy == .kvittensAwaited && $0.stream == issue.streamName
            }
            #expect(after.count == 1)
        }
    }
}
