import Domain
import Testing

@testable import Policies

/// One message per recipient per run, in a fixed order.
@Suite struct MessagePlanTests {
    typealias F = Fixture

    @Test func oneMessagePerRecipient() {
        let owed = FeedbackDue(councilId: F.council, occasion: .decision, owedSince: day("2026-02-23"))
        let facts = PolicyFacts(
            issues: [
                F.issue(
                    id: IssueID(uuid(101)), status: .inProgress, outcome: .accepted, owner: F.owner,
                    dueDate: "2026-05-31", lastEventOn: "2026-05-20", feedbackOwed: [owed]),
                F.issue(
                    id: IssueID(uuid(102)), status: .inPreparation, owner: F.owner, registeredOn: "2026-03-01",
                    lastEventOn: "2026-05-20"),
                F.issue(id: IssueID(uuid(103)), registeredOn: "2026-05-01", lastEventOn: "2026-05-20"),
            ],
            actionItems: [F.actionItem()], certifications: [F.certification(validUntil: "2026-08-31")])
        let prior = [
            PriorEffect(
                policy: .overdue, subject: .issue(IssueID(uuid(101))), occasion: "overdue:2026-05-31",
                kind: .reminder, recipient: .owner(F.owner), on: day("2026-06-01"))
        ]
        let effects = run(facts, on: "2026-06-15", prior: prior)
        let plan = MessagePlan(effects: effects)
        #expect(
            plan.messages.map(\.recipient) == [
                .management(F.unit), .coordinator(F.unit), .owner("Brukarrådet"), .owner(F.owner),
            ])
        #expect(Set(plan.messages.map(\.recipient)).count == plan.messages.count)
        #expect(plan.messages.map(\.effects.count).reduce(0, +) == effects.count)
        #expect(plan.messages.map(\.purpose) == [.escalation, .reminder, .reminder, .reminder])
        let owner = plan.messages[3]
        #expect(owner.subjects == [.issue(IssueID(uuid(101))), .issue(IssueID(uuid(102)))])
        #expect(owner.effects.map(\.policy) == [.overdue, .feedbackOwed, .noDecision])
        // Subjects sort by kind and id: certifications before issues.
        #expect(plan.messages[1].effects.map(\.policy) == [.certificationExpiry, .noOwner])
    }

    @Test func noEffectsNoMessages() {
        #expect(MessagePlan(effects: []).messages.isEmpty)
    }
}
