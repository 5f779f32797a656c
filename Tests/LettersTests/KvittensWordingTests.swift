import Digests
import Domain
import Foundation
import Letters
import ReadModelTypes
import Testing
import Wording

/// Brukarkvittens in the letters: the council's digest asks "Fungerar det som ni menade?" and tells an
/// "inte kvitterat" with the council's words; the ledning digest counts follow-up without a kvittens.
@Suite struct KvittensWordingTests {
    typealias F = LetterFixtures
    let words = "Kallelserna kommer fortfarande för sent."

    var facts: CouncilDigestFacts {
        var asked = F.issue(
            11, "Tid att lyssna", .implemented, registered: "2026-02-20", outcome: .accepted, motivation: "Ja.",
            decided: "2026-03-01", implemented: "2026-09-21", summary: "Handläggarna har fått mer tid för samtal.")
        asked.kvittensAskedSince = F.day("2026-09-21")
        var notHeld = F.issue(12, "Knacka", .reopened, registered: "2026-05-10")
        notHeld.kvittensNotHeld = Kvittens(
            party: .council(F.council.id), verdict: .doesNotHold, text: words, channel: .meeting,
            givenOn: F.day("2026-11-02"))
        return CouncilDigestFacts(
            council: F.council,
            proposals: [
                F.proposal(
                    1, "Tid att lyssna när någon behöver det.", on: "2026-02-10", issue: 11, linked: "2026-02-20"),
                F.proposal(2, "Knacka innan man går in.", on: "2026-05-05", issue: 12, linked: "2026-05-10"),
            ],
            issues: [asked, notHeld], meetings: [F.lastMeeting])
    }

    @Test func theDigestAsksAndTellsTheirWords() {
        let digest = CouncilDigest.make(facts, month: F.november, sentOn: F.sentOn)
        #expect(digest.kvittensAsked.map(\.issue.id) == [IssueID(F.uuid(11))])
        #expect(digest.kvittensNotHeld.map(\.issue.id) == [IssueID(F.uuid(12))])
        let letter = DigestWording.letter(digest)
        #expect(letter.sections.first?.heading == "Fungerar det som ni menade?")
        let text = letter.text
        #expect(text.contains("Knacka innan man går in."))
        #expect(text.contains(words))
        #expect(text.contains("Ni sa att det inte fungerar som ni menade. Därför är ärendet öppnat igen."))
        #expect(text.contains("Det blev klart den 21 september 2026. Fungerar det som ni menade?"))
        #expect(letter.sentencesInLowerCase.isEmpty)
        #expect(Readability.lix(letter.ownSentences) <= 40)
        #expect(!text.contains("tredjekraft ") && !text.contains(F.uuid(11).uuidString.lowercased()))
    }

    @Test func anAnswerOfAnotherMonthIsNotToldAgain() {
        let digest = CouncilDigest.make(facts, month: CalendarMonth("2026-12")!, sentOn: F.day("2027-01-01"))
        #expect(digest.kvittensNotHeld.isEmpty && digest.kvittensAsked.count == 1)
    }

    @Test func theAgendaAsksUntilTheCouncilAnswers() {
        let agenda = CouncilAgenda.make(facts, meetingOn: F.day("2026-12-10"))
        #expect(agenda.kvittens.map(\.issue.id) == [IssueID(F.uuid(11))])
        let council = AgendaWording.letter(agenda)
        #expect(council.text.contains(". Fungerar det som ni menade?\n"))
        #expect(!council.text.contains("tredjekraft "))
        #expect(Readability.lix(council.ownSentences) <= 40)
        let coordinator = AgendaWording.letter(agenda, copy: .coordinator).text
        #expect(coordinator.contains("issue kvittens"))
        #expect(coordinator.contains("--holds --channel meeting --date 2026-12-10"))
    }

    @Test func theLedningDigestCountsFollowUpWithoutKvittens() {
        var facts = F.managementFacts
        facts.thisMonth.total.followedUp = 4
        facts.thisMonth.total.followedUpWithoutKvittens = 1
        facts.thisMonth.total.kvittensShare = 0.75
        let letter = ManagementDigestWording.letter(
            ManagementDigest.make(facts, month: F.november, sentOn: F.sentOn))
        #expect(letter.text.contains("Uppföljda utan brukarkvittens: 1 (0)"))
        #expect(letter.text.contains("Uppföljda med brukarnas kvittens: 75 %"))
        // Without follow-up from councils or revisions in either month, the lines are left out.
        let quiet = ManagementDigestWording.letter(
            ManagementDigest.make(F.managementFacts, month: F.november, sentOn: F.sentOn))
        #expect(!quiet.text.contains("brukarkvittens"))
    }
}
