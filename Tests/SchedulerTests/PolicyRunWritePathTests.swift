import AppTestSupport
import CommandHandling
import Domain
import EventCodec
import EventStore
import Foundation
import Policies
import Postgres
import Projections
import ReadModelTypes
import Testing

@testable import Scheduler

/// The policy run writes through the one write path: each effect is a command its subject decides, so
/// an issue's rules are asked at the moment the reminder is recorded, not only when the facts were read.
@Suite struct PolicyRunWritePathTests {
    /// The issues a plan reminds or escalates about for open-issue policies (not feedback owed, which a
    /// closed issue may still owe), each with the plan's letters that speak of nothing else.
    private func openIssueEffects(_ plan: RunPlan) -> [IssueID] {
        var issues: [IssueID] = []
        for effect in plan.effects where effect.policy != .feedbackOwed {
            if case .issue(let id) = effect.subject, !issues.contains(id) { issues.append(id) }
        }
        return issues.filter { id in
            !plan.effects.contains { $0.subject == .issue(id) && $0.policy == .feedbackOwed }
        }
    }

    @Test func aReminderForAnIssueClosedBeforeItIsRecordedRecordsAndSendsNothing() async throws {
        try await SchedulerHarness.with { h in
            let run = h.policyRun()
            let plan = try await run.plan(
                day: CalendarDate("2026-11-30")!, configuration: .defaults, lastScheduledDay: nil)
            let closed = try #require(openIssueEffects(plan).first)
            let letters = plan.letters.filter { letter in letter.message.subjects.contains(.issue(closed)) }
            #expect(!letters.isEmpty)
            // Closed after the plan was made, before it is recorded.
            try await h.app.run(.issue(closed, .withdraw(reason: "Frågan löstes på annat sätt.")), on: "2026-11-30")
            let counts = try await run.record(plan, metadata: EventMetadata(actor: "scheduler", client: "tests"))
            try await h.app.runner.waitUntilProcessed(try await h.app.store.headPosition(), timeout: .seconds(60))

            let onClosed = try await h.effects().filter { $0.stream == closed.streamName }
            #expect(onClosed.isEmpty)
            // No message speaks of it: letters about it alone are not queued, and the others do not name it.
            let mail = try await h.app.pool.query(
                """
                SELECT data::text AS data FROM \(identifier: h.app.schema).events WHERE event_type = 'MailQueued'
                """)
            let title = try await h.app.readModel.issue(closed).summary.title
            for row in mail {
                let data = try row.decode("data", as: String.self)
                #expect(!data.contains(closed.streamName))
                #expect(!data.contains(title))
            }
            let onlyAboutIt = letters.filter { $0.message.subjects == [.issue(closed)] }.count
            #expect(counts.messages == plan.letters.count - onlyAboutIt)
            #expect(mail.count == counts.messages)
        }
    }

    @Test func aCommandAndAPolicyRunRacingOnOneIssueNeverRecordWhatItsRulesForbid() async throws {
        try await SchedulerHarness.with { h in
            let run = h.policyRun()
            let plan = try await run.plan(
                day: CalendarDate("2026-11-30")!, configuration: .defaults, lastScheduledDay: nil)
            let racing = openIssueEffects(plan)
            #expect(racing.count >= 2)
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    _ = try await run.record(plan, metadata: EventMetadata(actor: "scheduler", client: "tests"))
                }
                for issue in racing {
                    group.addTask {
                        // An issue already carried out cannot be withdrawn: refused by a rule, which is
                        // one of the two allowed ends.
                        do {
                            try await h.app.handler.handle(
                                .issue(issue, .withdraw(reason: "Inte aktuellt längre.")),
                                metadata: EventMetadata(actor: "samordnare"))
                        } catch let refusal as DomainError where refusal.code == .transitionNotAllowed {}
                    }
                }
                try await group.waitForAll()
            }
            // Each issue's stream, replayed in order: every reminder or escalation on it was recorded
            // while the issue was still open, whichever writer came first.
            var withdrawn = 0
            for issue in racing {
                let events = try await h.app.store.readStream(StreamID(issue.streamName))
                    .compactMap { IssueAggregate.own(try DomainEventRecord($0).event)?.event }
                var state: IssueState?
                for event in events {
                    if case .reminderSent(let sent) = event, let current = state {
                        #expect(IssueAggregate.stillCalledFor(sent.effect, current))
                    }
                    if case .escalationSent(let sent) = event, let current = state {
                        #expect(IssueAggregate.stillCalledFor(sent.effect, current))
                    }
                    state = IssueAggregate.evolve(state, event)
                }
                if state?.stage.status == .withdrawn { withdrawn += 1 }
            }
            #expect(withdrawn > 0)
        }
    }
}
