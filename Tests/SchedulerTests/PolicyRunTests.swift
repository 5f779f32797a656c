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

/// Runs of the policies over the demo, through the real store and read models: what they record,
/// that nothing is recorded twice, and that the trail tells it.
@Suite(.timeLimit(.minutes(3))) struct PolicyRunTests {
    @Test func theOwnerOfTidAttLyssnaIsRemindedAndLedningenToldTwoWeeksLater() async throws {
        try await SchedulerHarness.with { h in
            let trace = try await h.app.readModel.trace(DemoScenario.lundProposalTidAttLyssna.uuid)
            let issue = try #require(trace.issue)
            let id = issue.summary.id
            let owner = try #require(issue.summary.owner)

            let first = try #require(try await h.run("2026-11-30"))
            #expect(first.messages > 0 && first.reminders > 0 && !first.late)
            var effects = try await h.effects()
            #expect(effects.count == first.reminders + first.escalations)
            #expect(try await h.queuedLetters() == first.messages)
            let mine = effects.filter { $0.stream == id.streamName }
            #expect(
                mine.contains {
                    $0.type == "IssueReminderSent" && $0.record.policy == .overdue
                        && $0.record.recipient == .owner(owner)
                })
            #expect(
                mine.contains {
                    $0.record.policy == .feedbackOwed && $0.record.since == CalendarDate("2026-02-23")!
                        && $0.record.councilId == DemoScenario.lundCouncil
                })
            #expect(!mine.contains { $0.type == "IssueEscalationSent" })

            // The same day again: nothing new, by the schedule or by hand.
            #expect(try await h.run("2026-11-30") == nil)
            let manual = try #require(try await h.run("2026-11-30", trigger: .manual))
            #expect(manual.messages == 0)
            #expect(try await h.effects().count == effects.count)

            // Reminders do not count as something happening in the issue.
            #expect(try await h.app.readModel.issue(id).summary.lastEventOn == issue.summary.lastEventOn)
            let told = try await h.app.readModel.trace(DemoScenario.lundProposalTidAttLyssna.uuid).answer
            #expect(told.contains("\(owner) fick senast en påminnelse 2026-11-30"))

            // Fourteen days after the first reminder, ledningen is told, once.
            h.app.clock.set("2026-12-14")
            let later = try #require(try await h.run("2026-12-14"))
            #expect(later.escalations > 0)
            effects = try await h.effects()
            let escalation = try #require(
                effects.first {
                    $0.stream == id.streamName && $0.type == "IssueEscalationSent" && $0.record.policy == .overdue
                })
            #expect(escalation.record.recipient == .management(DemoScenario.lundUnit))
            #expect(escalation.record.remindedBefore.map(\.on).contains(CalendarDate("2026-11-30")!))
            let answer = try await h.app.readModel.trace(DemoScenario.lundProposalTidAttLyssna.uuid).answer
            #expect(answer.contains("Ledningen fick veta 2026-12-14 att ärendet var försenat"))
            let history = try await h.app.readModel.history(id)
            #expect(history.contains { $0.text.hasPrefix("Ledningen fick veta att ärendet var försenat") })

            h.app.clock.set("2026-12-21")
            try await h.run("2026-12-21")
            let escalations = try await h.effects().filter {
                $0.stream == id.streamName && $0.type == "IssueEscalationSent" && $0.record.policy == .overdue
            }
            #expect(escalations.count == 1)
            try await Self.expectNoDuplicates(h)
        }
    }

    @Test func aReminderStopsOnceItsCauseIsGone() async throws {
        try await SchedulerHarness.with { h in
            try await h.run("2026-11-30")
            let noOwner = try await h.effects().filter { $0.record.policy == .noOwner }
            let reminded = try #require(noOwner.first)
            let issue = IssueID(try #require(UUID(uuidString: String(reminded.stream.dropFirst("issue-".count)))))
            try await h.app.run(.issue(issue, .assignOwner("Enhetschef Vuxenstöd")), on: "2026-12-01")
            h.app.clock.set("2026-12-14")
            try await h.run("2026-12-14")
            let after = try await h.effects().filter { $0.record.policy == .noOwner && $0.stream == reminded.stream }
            #expect(after.count == 1)
        }
    }

    @Test func runsAfterDowntimeMarkWhatFellDueMeanwhileAsLate() async throws {
        try await SchedulerHarness.with { h in
            try await h.run("2026-11-30")
            h.app.clock.set("2026-12-09")
            // Down from 1 to 8 December: the weekly reminders due on the 7th go out once, late.
            try await h.policyRun().execute(
                day: CalendarDate("2026-12-08")!, trigger: .scheduled, late: true, configuration: .defaults,
                metadata: EventMetadata(actor: "scheduler", client: "tests"))
            let late = try await h.effects().filter { $0.record.on == CalendarDate("2026-12-08")! }
            #expect(!late.isEmpty)
            #expect(late.allSatisfy { $0.record.lateSince != nil })
            #expect(late.contains { $0.record.lateSince == CalendarDate("2026-12-07")! })
            #expect(try await h.runs().last?.late == true)
            try await Self.expectNoDuplicates(h)
        }
    }

    /// Each (subject, policy, occasion, kind, recipient) at most once a day, and reminders of one cause
    /// never closer than the repeat interval.
    static func expectNoDuplicates(_ h: SchedulerHarness) async throws {
        let effects = try await h.effects()
        var seen = Set<String>()
        var lastReminder: [String: CalendarDate] = [:]
        for effect in effects {
            let cause = "\(effect.stream)|\(effect.record.occasion)|\(effect.record.recipient)|\(effect.type)"
            #expect(seen.insert("\(cause)|\(effect.record.on)").inserted, "twice: \(cause)")
            if effect.type.hasSuffix("ReminderSent") {
                if let last = lastReminder[cause] {
                    #expect(last.days(until: effect.record.on) >= PoliciesConfiguration.defaultRepeatDays)
                }
                lastReminder[cause] = effect.record.on
            }
        }
    }
}
