import AppTestSupport
import Domain
import Foundation
import Policies
import Projections
import Testing

/// The policy sweep's pages (``ReadModel/forEachPolicyPage(size:_:)``) hold exactly the facts and prior
/// effects of the sweep at once, and the pure merge of their effects (``MessagePlan/Pages``) gives
/// exactly the messages of one evaluation of everything: on a generated history, with earlier effects.
@Suite(.timeLimit(.minutes(5))) struct PolicyPagesTests {
    @Test func pagesOfAGeneratedHistoryGiveTheMessagesOfTheSweepAtOnce() async throws {
        try await TestApp.with(followLog: false) { app in
            var history = RandomHistory(seed: 35)
            try await history.setUp(app)
            for number in 0..<800 { try await history.step(app, number) }
            try await app.runner.catchUp()

            // Earlier effects, so that the pages must carry each subject's history: the first run's
            // effects recorded through the one write path, as the scheduler records them.
            let first = Self.sendingDay(from: history.day.adding(days: 20))
            let firstEffects = PolicyEngine.evaluate(
                facts: try await app.readModel.policyFacts(), prior: [], today: first, configuration: .defaults)
            #expect(firstEffects.count > 20)
            for effect in firstEffects {
                _ = try? await app.run(effect.command(mailId: MailID(UUID()), on: first), on: first.description)
            }
            try await app.runner.catchUp()

            let day = Self.sendingDay(from: first.adding(days: 25))
            let facts = try await app.readModel.policyFacts()
            let prior = try await app.readModel.priorEffects()
            #expect(facts.issues.count > 30)
            #expect(prior.count > 20)
            let atOnce = MessagePlan(
                effects: PolicyEngine.evaluate(facts: facts, prior: prior, today: day, configuration: .defaults))
            #expect(atOnce.messages.count > 1)
            #expect(atOnce.messages.contains { $0.effects.contains { !$0.remindersBefore.isEmpty } })

            for size in [1, 7, 100, 1_000_000] {
                var paged = PolicyFacts()
                var pagedPrior: [PriorEffect] = []
                var messages = MessagePlan.Pages()
                var pages = 0
                try await app.readModel.forEachPolicyPage(size: size) { page, pagePrior in
                    #expect(page.issues.count <= size)
                    paged.issues += page.issues
                    paged.actionItems += page.actionItems
                    paged.certifications += page.certifications
                    pagedPrior += pagePrior
                    messages.add(
                        PolicyEngine.evaluate(facts: page, prior: pagePrior, today: day, configuration: .defaults))
                    pages += 1
                }
                #expect(pages >= 1 + facts.issues.count / size, "page size \(size)")
                #expect(paged == facts, "page size \(size)")
                #expect(pagedPrior.count == prior.count && Set(pagedPrior) == Set(prior), "page size \(size)")
                #expect(messages.finish() == atOnce, "page size \(size)")
            }
        }
    }

    /// The first day from `day` on that letters are sent (no weekend or holiday, when a run sends nothing).
    static func sendingDay(from day: CalendarDate) -> CalendarDate {
        var day = day
        while !PoliciesConfiguration.defaults.sends(on: day) { day = day.adding(days: 1) }
        return day
    }

    /// The merge alone, with pages in any order: the same messages as all the effects evaluated at once.
    @Test func theMergeIsIndependentOfThePagesOrder() async throws {
        try await TestApp.with(followLog: false) { app in
            var history = RandomHistory(seed: 36)
            try await history.setUp(app)
            for number in 0..<300 { try await history.step(app, number) }
            try await app.runner.catchUp()
            let day = Self.sendingDay(from: history.day.adding(days: 30))
            let facts = try await app.readModel.policyFacts()
            let atOnce = PolicyEngine.evaluate(facts: facts, prior: [], today: day, configuration: .defaults)
            var messages = MessagePlan.Pages()
            for start in stride(from: 0, to: facts.issues.count, by: 5).reversed() {
                let page = PolicyFacts(issues: Array(facts.issues[start..<min(start + 5, facts.issues.count)]))
                messages.add(PolicyEngine.evaluate(facts: page, prior: [], today: day, configuration: .defaults))
            }
            #expect(!atOnce.isEmpty)
            #expect(messages.finish() == MessagePlan(effects: atOnce))
        }
    }
}
