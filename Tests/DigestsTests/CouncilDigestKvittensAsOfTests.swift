import Digests
import Domain
import Foundation
import Testing

/// A late letter tells the brukarkvittens as it stood at the month's end: a council that answered, or
/// an issue followed up, after the month ended was still asked in it.
@Suite struct CouncilDigestKvittensAsOfTests {
    static let council = CouncilDigestTests.council
    static let november = CouncilDigestTests.november

    /// Issue 11, carried out in November; the council's answer and the follow-up as given.
    static func facts(held: String?, verified: String? = nil, withoutKvittens: Bool = false) -> CouncilDigestFacts {
        var issue = CouncilDigestTests.issue(
            11, verified == nil ? .implemented : .verified, outcome: .accepted, decidedOn: "2026-03-01",
            implementedOn: "2026-11-10", verifiedOn: verified)
        issue.kvittensHeld = held.map {
            Kvittens(
                party: .council(council.id), verdict: .holds, text: nil, channel: .meeting, givenOn: CalendarDate($0)!)
        }
        issue.verifiedWithoutKvittens = withoutKvittens
        return CouncilDigestFacts(
            council: council, proposals: [CouncilDigestTests.proposal(1, issue: 11)], issues: [issue], meetings: [])
    }

    static func asked(_ facts: CouncilDigestFacts, month: CalendarMonth = november, sentOn: String) -> [IssueID] {
        CouncilDigest.make(facts, month: month, sentOn: CalendarDate(sentOn)!).kvittensAsked.map(\.issue.id)
    }

    static let eleven = IssueID(CouncilDigestTests.uuid(11))

    @Test func aKvittensGivenAfterTheMonthIsNotYetKnownInItsLetter() {
        let facts = Self.facts(held: "2026-12-02")
        #expect(Self.asked(facts, sentOn: "2026-12-10") == [Self.eleven])
        #expect(
            CouncilDigest.make(facts, month: Self.november, sentOn: CalendarDate("2026-12-10")!)
                .kvittensAsked.first?.issue.kvittensAskedSince == CalendarDate("2026-11-10"))
        // December's letter knows it: nobody is asked any more.
        #expect(Self.asked(facts, month: CalendarMonth("2026-12")!, sentOn: "2026-12-10").isEmpty)
    }

    @Test func aKvittensGivenInTheMonthIsKnownInItsLetter() {
        #expect(Self.asked(Self.facts(held: "2026-11-20"), sentOn: "2026-12-10").isEmpty)
    }

    @Test func aFollowUpAfterTheMonthStillAsksInItsLetter() {
        // Kvitterat in December, then followed up: November's letter still asks.
        #expect(
            Self.asked(Self.facts(held: "2026-12-02", verified: "2026-12-05"), sentOn: "2026-12-10") == [Self.eleven])
        // Followed up without a kvittens in December: November's letter still asks.
        #expect(
            Self.asked(Self.facts(held: nil, verified: "2026-12-05", withoutKvittens: true), sentOn: "2026-12-10")
                == [Self.eleven])
        // Followed up in November: nobody is asked in November's letter.
        #expect(
            Self.asked(Self.facts(held: nil, verified: "2026-11-25", withoutKvittens: true), sentOn: "2026-12-10")
                .isEmpty)
    }

    @Test func nothingCarriedOutAfterTheMonthIsAsked() {
        var facts = Self.facts(held: "2026-12-20")
        facts.issues[0].implementedOn = CalendarDate("2026-12-15")
        #expect(Self.asked(facts, sentOn: "2026-12-28").isEmpty)
    }
}
