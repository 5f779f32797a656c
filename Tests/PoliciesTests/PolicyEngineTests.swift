import Domain
import Testing

@testable import Policies

/// Each policy fires on the first day its cause holds, never the day before, to the right person.
@Suite struct PolicyEngineTests {
    typealias F = Fixture

    @Test func noOwnerRemindsTheCoordinatorFourteenDaysAfterRegistration() {
        let facts = PolicyFacts(F.issue())
        #expect(run(facts, on: "2026-01-23", configuration: only(.noOwner)).isEmpty)
        let effects = run(facts, on: "2026-01-24", configuration: only(.noOwner))
        #expect(
            effects == [
                Effect(
                    kind: .reminder, subject: .issue(F.issue), unitId: F.unit,
                    cause: .noOwner(registeredOn: day("2026-01-10")), recipient: .coordinator(F.unit),
                    dueOn: day("2026-01-24"))
            ])
        #expect(effects.first?.occasion == "no_owner:2026-01-10")
        #expect(effects.first?.streamName == F.issue.streamName)
        #expect(effects.first?.since == day("2026-01-10"))
    }

    @Test func noDecisionRemindsTheOwnerSixtyDaysAfterRegistration() {
        let facts = PolicyFacts(F.issue(status: .inPreparation, owner: F.owner))
        #expect(run(facts, on: "2026-03-10", configuration: only(.noDecision)).isEmpty)
        let effects = run(facts, on: "2026-03-11", configuration: only(.noDecision))
        #expect(effects.map(\.recipient) == [.owner(F.owner)])
        #expect(effects.map(\.occasion) == ["no_decision:2026-01-10"])
    }

    @Test func withoutAnOwnerTheCoordinatorIsReminded() {
        let effects = run(PolicyFacts(F.issue()), on: "2026-03-11", configuration: only(.noDecision))
        #expect(effects.map(\.recipient) == [.coordinator(F.unit)])
    }

    @Test func dueSoonFiresSevenDaysBeforeTheDueDateAndUntilIt() {
        let facts = PolicyFacts(F.issue(status: .inProgress, outcome: .accepted, owner: F.owner, dueDate: "2026-05-31"))
        #expect(run(facts, on: "2026-05-23", configuration: only(.dueSoon)).isEmpty)
        let effects = run(facts, on: "2026-05-24", configuration: only(.dueSoon))
        #expect(effects.map(\.cause) == [.dueSoon(dueDate: day("2026-05-31"))])
        #expect(effects.map(\.recipient) == [.owner(F.owner)])
        #expect(run(facts, on: "2026-05-31", configuration: only(.dueSoon)).count == 1)
        #expect(run(facts, on: "2026-06-01", configuration: only(.dueSoon)).isEmpty)
    }

    @Test func overdueFiresTheFirstDayAfterTheDueDate() {
        let facts = PolicyFacts(F.issue(status: .inProgress, outcome: .accepted, owner: F.owner, dueDate: "2026-05-31"))
        #expect(run(facts, on: "2026-05-31", configuration: only(.overdue)).isEmpty)
        let effects = run(facts, on: "2026-06-01", configuration: only(.overdue))
        #expect(effects.map(\.occasion) == ["overdue:2026-05-31"])
        #expect(effects.map(\.since) == [day("2026-05-31")])
    }

    @Test func overdueWaitsOutTheGraceDays() {
        let facts = PolicyFacts(F.issue(status: .inProgress, outcome: .accepted, owner: F.owner, dueDate: "2026-05-31"))
        let configuration = only(.overdue) { $0.thresholdDays = 10 }
        #expect(run(facts, on: "2026-06-10", configuration: configuration).isEmpty)
        #expect(run(facts, on: "2026-06-11", configuration: configuration).count == 1)
    }

    @Test func feedbackOwedFiresThirtyDaysAfterItBecameOwed() {
        let owed = FeedbackDue(councilId: F.council, occasion: .decision, owedSince: day("2026-02-23"))
        let facts = PolicyFacts(
            F.issue(status: .decided, outcome: .accepted, owner: F.owner, feedbackOwed: [owed]))
        #expect(run(facts, on: "2026-03-24", configuration: only(.feedbackOwed)).isEmpty)
        let effects = run(facts, on: "2026-03-25", configuration: only(.feedbackOwed))
        #expect(effects.map(\.cause) == [.feedbackOwed(owed)])
        #expect(effects.map(\.occasion) == ["feedback_owed:\(F.council):decision:2026-02-23"])
        #expect(effects.map(\.recipient) == [.owner(F.owner)])
    }

    @Test func eachCouncilAndOccasionOwedIsItsOwnCause() {
        let owed = [
            FeedbackDue(councilId: F.council, occasion: .decision, owedSince: day("2026-02-23")),
            FeedbackDue(councilId: F.otherCouncil, occasion: .decision, owedSince: day("2026-02-23")),
            FeedbackDue(councilId: F.council, occasion: .implementation, owedSince: day("2026-02-23")),
        ]
        let facts = PolicyFacts(F.issue(status: .implemented, outcome: .accepted, owner: F.owner, feedbackOwed: owed))
        let effects = run(facts, on: "2026-03-25", configuration: only(.feedbackOwed))
        #expect(Set(effects.map(\.occasion)).count == 3)
    }

    @Test func aRejectedIssueStillOwesItsCouncilAnAnswer() {
        let owed = FeedbackDue(councilId: F.council, occasion: .decision, owedSince: day("2026-02-23"))
        let facts = PolicyFacts(
            F.issue(status: .decided, outcome: .rejected, owner: F.owner, dueDate: "2026-02-28", feedbackOwed: [owed]))
        let effects = run(facts, on: "2026-06-01")
        #expect(effects.map(\.policy) == [.feedbackOwed])
    }

    @Test func staleFiresFortyFiveDaysAfterTheLastEvent() {
        let facts = PolicyFacts(
            F.issue(status: .inProgress, outcome: .accepted, owner: F.owner, lastEventOn: "2026-03-01"))
        #expect(run(facts, on: "2026-04-14", configuration: only(.stale)).isEmpty)
        let effects = run(facts, on: "2026-04-15", configuration: only(.stale))
        #expect(effects.map(\.occasion) == ["stale:2026-03-01"])
        #expect(effects.map(\.recipient) == [.owner(F.owner)])
    }

    @Test func actionItemDueRemindsTheOneWhoFollowsItUpBeforeAndAfterTheDueDate() {
        let facts = PolicyFacts(actionItems: [F.actionItem()])
        #expect(run(facts, on: "2026-05-23", configuration: only(.actionItemDue)).isEmpty)
        let effects = run(facts, on: "2026-05-24", configuration: only(.actionItemDue))
        #expect(effects.map(\.recipient) == [.owner("Brukarrådet")])
        #expect(effects.map(\.subject) == [.actionItem(F.actionItem, F.certification)])
        #expect(effects.map(\.streamName) == [F.certification.streamName])
        #expect(run(facts, on: "2026-07-01", configuration: only(.actionItemDue)).count == 1)
    }

    @Test func anActionItemOfAPlanNotAdoptedIsADraft() {
        let facts = PolicyFacts(actionItems: [F.actionItem(planAdopted: false)])
        #expect(run(facts, on: "2026-07-01").isEmpty)
    }

    @Test func certificationExpiryRemindsTheCoordinatorNinetyDaysBeforeAndAfterExpiry() {
        let facts = PolicyFacts(certifications: [F.certification()])
        #expect(run(facts, on: "2026-07-01", configuration: only(.certificationExpiry)).isEmpty)
        let effects = run(facts, on: "2026-07-02", configuration: only(.certificationExpiry))
        #expect(effects.map(\.recipient) == [.coordinator(F.unit)])
        #expect(effects.map(\.subject) == [.certification(F.certification)])
        #expect(effects.map(\.occasion) == ["certification_expiry:2026-09-30"])
        #expect(run(facts, on: "2026-12-01", configuration: only(.certificationExpiry)).count == 1)
    }

    @Test func aStartedRenewalEndsTheCertificationReminders() {
        let facts = PolicyFacts(certifications: [F.certification(renewalStarted: true)])
        #expect(run(facts, on: "2026-09-01").isEmpty)
    }

    @Test func aDisabledPolicyProducesNothingNotEvenItsEscalation() {
        let facts = PolicyFacts(F.issue(status: .inPreparation, owner: F.owner))
        let prior = [
            PriorEffect(
                policy: .noDecision, subject: .issue(F.issue), occasion: "no_decision:2026-01-10", kind: .reminder,
                recipient: .owner(F.owner), on: day("2026-03-11"))
        ]
        var configuration = only(.noDecision)
        #expect(run(facts, on: "2026-04-01", prior: prior, configuration: configuration).count == 2)
        configuration.noDecision.enabled = false
        #expect(run(facts, on: "2026-04-01", prior: prior, configuration: configuration).isEmpty)
    }

    @Test func everyPolicyOnOneIssueGoesToWhomItShould() {
        let owed = FeedbackDue(councilId: F.council, occasion: .decision, owedSince: day("2026-01-20"))
        let facts = PolicyFacts(
            F.issue(status: .reopened, dueDate: "2026-02-28", lastEventOn: "2026-01-10", feedbackOwed: [owed]))
        let effects = run(facts, on: "2026-04-01", configuration: .defaults)
        #expect(effects.map(\.policy) == [.noOwner, .noDecision, .overdue, .feedbackOwed, .stale])
        #expect(effects.allSatisfy { $0.recipient == .coordinator(F.unit) && $0.kind == .reminder })
    }

    @Test func theOrderIsFixedWhateverTheOrderOfTheFacts() {
        let issues = (1...50).map { n in
            F.issue(id: IssueID(uuid(100 + n)), owner: n.isMultiple(of: 3) ? nil : "Ägare \(n % 4)")
        }
        let forwards = run(PolicyFacts(issues: issues), on: "2026-06-01")
        let backwards = run(PolicyFacts(issues: issues.reversed()), on: "2026-06-01")
        #expect(!forwards.isEmpty)
        #expect(forwards == backwards)
        #expect(Set(forwards.map(\.identity)).count == forwards.count)
    }
}
