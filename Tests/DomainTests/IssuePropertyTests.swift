import Foundation
import TestSupport
import Testing

@testable import Domain

/// Random command sequences: replaying the produced events rebuilds exactly the state the decisions
/// saw, and no sequence breaks the invariants.
@Suite struct IssuePropertyTests {
    static let councils = [Fixture.council, Fixture.otherCouncil, CouncilID(uuid(20))]

    static func randomSource<G: RandomNumberGenerator>(_ rng: inout G) -> IssueSource {
        let n = Int.random(in: 100..<112, using: &rng)
        switch Int.random(in: 0..<3, using: &rng) {
        case 0: return .proposal(ProposalID(uuid(n)), council: councils.randomElement(using: &rng)!)
        case 1: return .finding(FindingID(uuid(n)), revision: Fixture.revision)
        default: return .actionItem(ActionItemID(uuid(n)), certification: Fixture.certification)
        }
    }

    static func randomText<G: RandomNumberGenerator>(_ rng: inout G) -> String {
        ["", "  ", "Motivering i klarspråk.", "Ledningsgruppen", "Skäl"].randomElement(using: &rng)!
    }

    static func randomCommand<G: RandomNumberGenerator>(_ rng: inout G, today: CalendarDate) -> IssueCommand {
        let date = today.adding(days: Int.random(in: -40...20, using: &rng))
        switch Int.random(in: 0..<17, using: &rng) {
        case 0:
            return .open(
                unitId: Fixture.unit, title: randomText(&rng), source: randomSource(&rng),
                qualityArea: QualityArea.allCases.randomElement(using: &rng))
        case 1: return .linkSource(randomSource(&rng))
        case 2: return .assignOwner(randomText(&rng))
        case 3: return .setDueDate(date)
        case 4: return .startPreparation
        case 5:
            return .decide(
                outcome: DecisionOutcome.allCases.randomElement(using: &rng)!, motivation: randomText(&rng),
                decidedBy: randomText(&rng))
        case 6: return .startWork
        case 7: return .markImplemented(summary: Bool.random(using: &rng) ? nil : "Klart.")
        case 8: return .verify(note: nil)
        case 9: return .withdraw(reason: randomText(&rng))
        case 10: return .mergeInto(survivor: Fixture.otherIssue)
        case 11: return .reopen(source: randomSource(&rng), reason: randomText(&rng))
        case 12:
            return .setParticipationLevel(
                ParticipationLevel.allCases.randomElement(using: &rng)!, reason: randomText(&rng))
        case 13:
            return .absorb(
                from: IssueID(uuid(Int.random(in: 200..<204, using: &rng))), sources: [randomSource(&rng)],
                feedbackOwed: [])
        case 15:
            return .verifyWithoutKvittens(note: nil, reason: randomText(&rng))
        case 16:
            let party: KvittensParty =
                Bool.random(using: &rng) ? .council(councils.randomElement(using: &rng)!) : .revision(Fixture.revision)
            return .recordKvittens(
                Kvittens(
                    party: party, verdict: KvittensVerdict.allCases.randomElement(using: &rng)!,
                    text: Bool.random(using: &rng) ? nil : randomText(&rng),
                    channel: KvittensChannel.allCases.randomElement(using: &rng)!, givenOn: date))
        default:
            return .giveFeedback(
                councilId: councils.randomElement(using: &rng)!,
                occasion: FeedbackOccasion.allCases.randomElement(using: &rng)!,
                channel: FeedbackChannel.allCases.randomElement(using: &rng)!, givenOn: date)
        }
    }

    @Test(arguments: 0..<300)
    func replayRebuildsTheStateAndInvariantsHold(_ seed: Int) throws {
        var rng = SplitMix64(seed: UInt64(seed) &* 7919)
        var state: IssueState? = nil
        var log: [IssueEvent] = []
        var today = day("2026-01-05")
        var accepted = 0
        // Most sequences start by opening the issue; some try other commands first.
        if Int.random(in: 0..<10, using: &rng) > 0 {
            log = try IssueAggregate.decide(
                .open(unitId: Fixture.unit, title: "Kontinuitet", source: Self.randomSource(&rng), qualityArea: nil),
                nil, context(today.description))
            state = IssueAggregate.replay(log)
        }
        for _ in 0..<60 {
            today = today.adding(days: Int.random(in: 0...5, using: &rng))
            let ctx = context(today.description)
            let command = Self.randomCommand(&rng, today: today)
            guard let events = try? attempt(IssueAggregate.self, command, state, ctx).get() else { continue }
            accepted += 1
            for event in events {
                checkInvariants(event, before: state, today: today)
                state = IssueAggregate.evolve(state, event)
                // Every event survives the store's encoding.
                let stored = try DomainEvent.issue(Fixture.issue, event).encode()
                #expect(
                    try DomainEvent.decode(
                        eventType: stored.eventType, schemaVersion: stored.schemaVersion, data: stored.data)
                        == .issue(Fixture.issue, event))
            }
            log += events
            #expect(IssueAggregate.replay(log) == state)
        }
        #expect(accepted > 0 || state == nil, "an opened issue should accept some commands")
    }

    private func checkInvariants(_ event: IssueEvent, before: IssueState?, today: CalendarDate) {
        switch event {
        case .decided(let e):
            #expect(
                !e.motivation.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "decision without motivation")
            #expect(!e.decidedBy.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "decision without decider")
        case .dueDateSet(let e):
            #expect(before.map { e.dueDate >= $0.registeredOn } == true, "due date before registration")
            if let decision = before?.decision { #expect(e.dueDate >= decision.decidedOn) }
        case .feedbackGiven(let e):
            #expect(
                before?.owesFeedback(to: e.councilId, for: e.occasion) != nil, "feedback cleared that was never owed")
            #expect(e.givenOn <= today)
        case .workStarted:
            #expect(before?.outcome != .rejected)
        default:
            break
        }
    }
}
