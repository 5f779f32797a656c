import Domain
import Testing

@testable import Policies

/// `kvittens_awaited`: the coordinator is reminded when a council or revision group has been asked for
/// its brukarkvittens for `threshold_days` (default 60), again every `repeat_days`, until it answers.
@Suite struct KvittensAwaitedPolicyTests {
    typealias F = Fixture

    func implemented(askedSince: String? = "2026-05-20") -> IssueFact {
        var issue = F.issue(
            status: .implemented, outcome: .accepted, owner: F.owner, lastEventOn: "2026-05-20")
        issue.kvittensAskedSince = askedSince.map(day)
        return issue
    }

    @Test func remindsTheCoordinatorAfterSixtyDays() throws {
        let configuration = only(.kvittensAwaited)
        #expect(run(PolicyFacts(implemented()), on: "2026-07-18", configuration: configuration).isEmpty)
        let effects = run(PolicyFacts(implemented()), on: "2026-07-19", configuration: configuration)
        let effect = try #require(effects.first)
        #expect(effects.count == 1)
        #expect(effect.kind == .reminder && effect.policy == .kvittensAwaited)
        #expect(effect.recipient == .coordinator(F.unit))
        #expect(effect.cause == .kvittensAwaited(askedSince: day("2026-05-20")))
        #expect(effect.occasion == "kvittens_awaited:2026-05-20")
    }

    @Test func theThresholdIsConfigurable() {
        let configuration = only(.kvittensAwaited) { $0.thresholdDays = 10 }
        #expect(run(PolicyFacts(implemented()), on: "2026-05-30", configuration: configuration).count == 1)
    }

    @Test func nothingWhenNobodyIsAskedOrTheyHaveAnswered() {
        #expect(
            run(PolicyFacts(implemented(askedSince: nil)), on: "2026-09-01", configuration: only(.kvittensAwaited))
                .isEmpty)
    }

    @Test func repeatsMonthlyWhileAwaitedAndStopsWhenGiven() {
        let given = day("2026-09-10")
        let happened = simulate(from: "2026-05-20", days: 150, configuration: only(.kvittensAwaited)) { today in
            PolicyFacts(implemented(askedSince: today < given ? "2026-05-20" : nil))
        }
        #expect(happened.map(\.day) == [day("2026-07-19"), day("2026-08-18")])
        #expect(happened.allSatisfy { $0.effect.kind == .reminder })
    }
}
