import Digests
import Domain
import Foundation
import Letters
import Testing
import Wording

/// "Rättelser" in the council's digest: a fact the council was told before and that was corrected in
/// the month is told once, in that month's letter, with the right fact.
@Suite struct CorrectionWordingTests {
    typealias F = LetterFixtures

    var facts: CouncilDigestFacts {
        var decided = F.issue(
            11, "Tid att lyssna", .decided, registered: "2026-02-20", outcome: .accepted,
            motivation: "Handläggarna får mer tid.", decided: "2026-10-01", due: "2027-01-31")
        decided.feedbackOwed = [F.owed(.decision, since: "2026-11-05")]
        decided.corrections = [
            IssueCorrection(
                fact: .decision(from: .rejected), correctedOn: F.day("2026-11-05"), toldCouncils: [F.council.id]),
            IssueCorrection(fact: .title, correctedOn: F.day("2026-11-05")),
            IssueCorrection(fact: .dueDate, correctedOn: F.day("2026-11-06")),
            IssueCorrection(fact: .dueDate, correctedOn: F.day("2026-11-07")),
        ]
        var amended = F.proposal(2, "Knacka innan man går in.", on: "2026-05-05")
        amended.amendedOn = F.day("2026-11-10")
        return CouncilDigestFacts(
            council: F.council,
            proposals: [
                F.proposal(
                    1, "Tid att lyssna när någon behöver det.", on: "2026-02-10", issue: 11, linked: "2026-02-20"),
                amended,
            ],
            issues: [decided], meetings: [F.lastMeeting])
    }

    @Test func theMonthsDigestTellsEachCorrectionOnce() {
        let digest = CouncilDigest.make(facts, month: F.november, sentOn: F.sentOn)
        #expect(digest.corrections.map(\.fact) == [.proposalText, .decision(from: .rejected), .title, .dueDate])
        // The corrected decision is owed again: the digest tells it and reports it as given once delivered.
        #expect(digest.reports.map(\.occasion) == [.decision])
        let letter = DigestWording.letter(digest)
        #expect(letter.sections.first?.heading == "Rättelser")
        let text = letter.text
        #expect(text.contains("Rättelse: beslutet om ert förslag stod fel. Det var inte avslag utan bifall."))
        #expect(text.contains("Rättelse: ärendet om ert förslag har fått rätt namn: ”Tid att lyssna”."))
        #expect(text.contains("Rättelse: ert förslag stod fel hos oss."))
        #expect(Readability.lix(letter.ownSentences) <= 40)
        #expect(letter.sentencesInLowerCase.isEmpty)
    }

    @Test func theNextMonthsDigestDoesNotTellThemAgain() {
        var later = facts
        later.issues[0].feedbackOwed = []  // the delivered digest gave the feedback
        let digest = CouncilDigest.make(later, month: CalendarMonth("2026-12")!, sentOn: F.day("2027-01-01"))
        #expect(digest.corrections.isEmpty)
        #expect(!DigestWording.letter(digest).text.contains("Rättelse"))
    }

    @Test func aCouncilNotToldTheOldFactHearsNoCorrection() {
        var untold = facts
        // The decision's feedback was still owed, the proposal joined the issue this month, the text was
        // put forward this month: the council hears the facts for the first time, already right.
        untold.issues[0].corrections[0].toldCouncils = []
        untold.proposals[0].linkedOn = F.day("2026-11-01")
        untold.proposals[1].putForwardOn = F.day("2026-11-02")
        let digest = CouncilDigest.make(untold, month: F.november, sentOn: F.sentOn)
        #expect(digest.corrections.isEmpty)
    }
}
