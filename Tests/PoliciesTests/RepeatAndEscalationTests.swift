import Domain
import Testing

@testable import Policies

/// What was done before: reminders repeat at most every `repeat_days`, ledningen is told once,
/// `escalate_after_days` after the first reminder, and everything stops with the cause.
@Suite struct RepeatAndEscalationTests {
    typealias F = Fixture

    static let lateIssue = F.issue(status: .inProgress, outcome: .accepted, owner: F.owner, dueDate: "2026-05-31")

    @Test func aReminderRepeatsEveryRepeatDaysAndNotBefore() {
        let happened = simulate(from: "2026-05-25", days: 30, configuration: only(.overdue)) { _ in
            PolicyFacts(Self.lateIssue)
        }
        let reminders = happened.filter { $0.effect.kind == .reminder }
        #expect(reminders.map(\.day) == ["2026-06-01", "2026-06-08", "2026-06-15", "2026-06-22"].map(day))
        #expect(reminders.allSatisfy { $0.effect.recipient == .owner(F.owner) })
    }

    @Test func withoutRepeatDaysTheReminderComesOnce() {
        let configuration = only(.overdue) {
            $0.repeatDays = nil
            $0.escalateAfterDays = nil
        }
        let happened = simulate(from: "2026-05-25", days: 60, configuration: configuration) { _ in
            PolicyFacts(Self.lateIssue)
        }
        #expect(happened.map(\.day) == [day("2026-06-01")])
    }

    @Test func ledningenIsToldOnceEscalateAfterDaysAfterTheFirstReminder() {
        let happened = simulate(from: "2026-05-25", days: 90, configuration: only(.overdue)) { _ in
            PolicyFacts(Self.lateIssue)
        }
        let escalations = happened.filter { $0.effect.kind == .escalation }
        #expect(escalations.map(\.day) == [day("2026-06-15")])
        let escalation = escalations[0].effect
        #expect(escalation.recipient == .management(F.unit))
        #expect(escalation.occasion == "overdue:2026-05-31")
        #expect(escalation.remindersBefore.map(\.on) == ["2026-06-01", "2026-06-08", "2026-06-15"].map(day))
        #expect(escalation.remindersBefore.allSatisfy { $0.recipient == .owner(F.owner) && $0.kind == .reminder })
    }

    @Test func theEscalationWaitsForTheFirstReminderNotTheCause() {
        // The cause held long before the policy was switched on: the first reminder starts the clock.
        let prior = [
            PriorEffect(
                policy: .overdue, subject: .issue(F.issue), occasion: "overdue:2026-05-31", kind: .reminder,
                recipient: .owner(F.owner), on: day("2026-09-01"))
        ]
        let facts = PolicyFacts(Self.lateIssue)
        #expect(run(facts, on: "2026-09-14", prior: prior, configuration: only(.overdue)).isEmpty == false)
        #expect(
            !run(facts, on: "2026-09-14", prior: prior, configuration: only(.overdue)).contains {
                $0.kind == .escalation
            })
        #expect(
            run(facts, on: "2026-09-15", prior: prior, configuration: only(.overdue)).contains {
                $0.kind == .escalation
            })
    }

    @Test func escalateAfterZeroDaysTellsLedningenWithTheFirstReminder() {
        let effects = run(
            PolicyFacts(Self.lateIssue), on: "2026-06-01",
            configuration: only(.overdue) {
                $0.escalateAfterDays = 0
            })
        #expect(effects.map(\.kind) == [.reminder, .escalation])
        #expect(effects.last?.remindersBefore.map(\.on) == [day("2026-06-01")])
    }

    @Test func byDefaultDueSoonNeverReachesLedningen() {
        let issue = F.issue(status: .inProgress, outcome: .accepted, owner: F.owner, dueDate: "2026-12-31")
        let happened = simulate(from: "2026-11-01", days: 70, configuration: only(.dueSoon)) { _ in
            PolicyFacts(issue)
        }
        #expect(happened.map(\.day) == ["2026-12-24", "2026-12-31"].map(day))
        #expect(happened.allSatisfy { $0.effect.kind == .reminder })
    }

    @Test func anOwnerAssignedEndsTheNoOwnerReminders() {
        let happened = simulate(from: "2026-01-20", days: 60, configuration: only(.noOwner)) { today in
            PolicyFacts(F.issue(owner: today >= day("2026-02-03") ? F.owner : nil))
        }
        #expect(happened.map(\.day) == ["2026-01-24", "2026-01-31"].map(day))
    }

    @Test func aDecisionEndsTheNoDecisionRemindersAndTheEscalation() {
        let happened = simulate(from: "2026-03-01", days: 60, configuration: only(.noDecision)) { today in
            let decided = today >= day("2026-03-20")
            return PolicyFacts(
                F.issue(
                    status: decided ? .decided : .inPreparation, outcome: decided ? .accepted : nil, owner: F.owner))
        }
        #expect(happened.map(\.day) == ["2026-03-11", "2026-03-18"].map(day))
        #expect(!happened.contains { $0.effect.kind == .escalation })
    }

    @Test func feedbackGivenEndsTheFeedbackReminders() {
        let owed = FeedbackDue(councilId: F.council, occasion: .decision, owedSince: day("2026-02-23"))
        let happened = simulate(from: "2026-03-20", days: 60, configuration: only(.feedbackOwed)) { today in
            PolicyFacts(
                F.issue(
                    status: .decided, outcome: .accepted, owner: F.owner,
                    feedbackOwed: today >= day("2026-04-02") ? [] : [owed]))
        }
        #expect(happened.map(\.day) == ["2026-03-25", "2026-04-01"].map(day))
    }

    @Test func aClosedIssueProducesNothing() {
        for (status, outcome) in [(IssueStatus.verified, DecisionOutcome.accepted), (.withdrawn, nil), (.merged, nil)] {
            let facts = PolicyFacts(
                F.issue(status: status, outcome: outcome, dueDate: "2026-02-01", lastEventOn: "2026-01-10"))
            #expect(run(facts, on: "2027-01-01").isEmpty, "\(status)")
        }
    }

    @Test func anImplementedIssueIsNotLateForItsDueDate() {
        let facts = PolicyFacts(
            F.issue(
                status: .implemented, outcome: .accepted, owner: F.owner, dueDate: "2026-05-31",
                lastEventOn: "2026-05-20"))
        #expect(run(facts, on: "2026-06-10").isEmpty)
    }

    @Test func aNewDueDateIsANewOccasion() {
        let happened = simulate(from: "2026-05-25", days: 30, configuration: only(.overdue)) { today in
            PolicyFacts(
                F.issue(
                    status: .inProgress, outcome: .accepted, owner: F.owner,
                    dueDate: today >= day("2026-06-03") ? "2026-06-20" : "2026-05-31"))
        }
        #expect(happened.map(\.effect.occasion) == ["overdue:2026-05-31", "overdue:2026-06-20"])
        #expect(happened.map(\.day) == ["2026-06-01", "2026-06-21"].map(day))
    }

    @Test func aRunAfterAGapRemindsOnceNotForEachMissedDay() {
        let facts = PolicyFacts(Self.lateIssue)
        let effects = run(facts, on: "2026-06-20", configuration: only(.overdue))
        #expect(effects.map(\.kind) == [.reminder])
    }

    @Test func twoRunsOnOneDayDoNotRemindTwice() {
        let facts = PolicyFacts(Self.lateIssue)
        let first = run(facts, on: "2026-06-15", configuration: only(.overdue) { $0.escalateAfterDays = 0 })
        let prior = first.map { PriorEffect($0, on: day("2026-06-15")) }
        #expect(
            run(facts, on: "2026-06-15", prior: prior, configuration: only(.overdue) { $0.escalateAfterDays = 0 })
                .isEmpty)
    }

    @Test func effectsRecordedAfterTheDayAreNotYetKnown() {
        let prior = [
            PriorEffect(
                policy: .overdue, subject: .issue(F.issue), occasion: "overdue:2026-05-31", kind: .reminder,
                recipient: .owner(F.owner), on: day("2026-06-10"))
        ]
        let effects = run(PolicyFacts(Self.lateIssue), on: "2026-06-05", prior: prior, configuration: only(.overdue))
        #expect(effects.map(\.kind) == [.reminder])
    }

    @Test func aNewOwnerGetsTheNextReminderOnTheSameSchedule() {
        let happened = simulate(from: "2026-05-25", days: 20, configuration: only(.overdue)) { today in
            PolicyFacts(
                F.issue(
                    status: .inProgress, outcome: .accepted, owner: today >= day("2026-06-03") ? "Ny chef" : F.owner,
                    dueDate: "2026-05-31"))
        }
        #expect(
            happened.filter { $0.effect.kind == .reminder }.map(\.effect.recipient) == [
                .owner(F.owner), .owner("Ny chef"),
            ])
        #expect(happened.filter { $0.effect.kind == .reminder }.map(\.day) == ["2026-06-01", "2026-06-08"].map(day))
    }
}
