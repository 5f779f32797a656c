import Domain
import Testing

@testable import Policies

/// The engine over as many issues as a large organisation keeps open. Speed is `ops/bench`'s to
/// measure; this shows the run completes with a result that makes sense (no quadratic scan would
/// finish in the suite's time).
@Suite struct ScaleTests {
    @Test func aHundredThousandIssuesInOneRun() {
        let today = day("2026-06-15")
        let units = (0..<50).map { UnitID(uuid(1_000_000 + $0)) }
        var issues: [IssueFact] = []
        var prior: [PriorEffect] = []
        issues.reserveCapacity(100_000)
        for n in 0..<100_000 {
            let id = IssueID(uuid(n + 1))
            let registered = today.adding(days: -(n % 400))
            let owed =
                n.isMultiple(of: 7)
                ? [
                    FeedbackDue(
                        councilId: CouncilID(uuid(2_000_000 + n % 30)), occasion: .decision, owedSince: registered)
                ]
                : []
            issues.append(
                IssueFact(
                    id: id, unitId: units[n % units.count], title: "Ärende \(n)",
                    status: [.registered, .inPreparation, .inProgress, .implemented][n % 4],
                    outcome: n % 4 >= 2 ? .accepted : nil, owner: n.isMultiple(of: 5) ? nil : "Ägare \(n % 200)",
                    registeredOn: registered, dueDate: n.isMultiple(of: 3) ? today.adding(days: 30 - n % 90) : nil,
                    lastEventOn: today.adding(days: -(n % 100)), feedbackOwed: owed))
            if n.isMultiple(of: 2) {
                prior.append(
                    PriorEffect(
                        policy: .stale, subject: .issue(id), occasion: "stale:\(today.adding(days: -(n % 100)))",
                        kind: .reminder, recipient: .owner("Ägare \(n % 200)"), on: today.adding(days: -(n % 20))))
            }
        }
        let effects = PolicyEngine.evaluate(
            facts: PolicyFacts(issues: issues), prior: prior, today: today, configuration: .defaults)
        #expect(effects.count > 10_000)
        #expect(Set(PolicyName.allCases.prefix(6)) == Set(effects.map(\.policy)))
        #expect(effects.contains { $0.kind == .escalation })
        let plan = MessagePlan(effects: effects)
        #expect(plan.messages.count == Set(effects.map(\.recipient)).count)
        #expect(plan.messages.count <= 200 + 2 * units.count)
    }
}
