import Digests
import Domain
import Foundation
import Letters
import Testing
import Wording

/// The digests' plain Swedish: readability measured, and the text and HTML parts saying the same.
@Suite struct DigestWordingTests {
    @Test func lixCountsWordsPerSentenceAndLongWords() {
        // 6 words, 1 sentence, 1 long word ("ledningen"): 6 + 100/6.
        let lix = Readability.lix(["Vi sa till ledningen i dag."])
        #expect(abs(lix - (6 + 100.0 / 6)) < 0.001)
        #expect(Readability.lix([]) == 0)
    }

    @Test func hostileTextIsEscapedInTheHTMLAndBothPartsHoldTheSameItems() {
        let letter = Letter(
            subject: "Ämne <script>", greeting: "Hej \("<b>Rådet</b>")!", intro: ["Inledning."],
            sections: [
                .init(
                    heading: "Beslut", intro: [],
                    items: [
                        .init(
                            title: "Förslag & \"citat\"",
                            lines: [.prose("Svaret är ja."), .quote("Motivering:", "<img src=x>")]),
                        .init(title: "Andra", lines: [.command("tredjekraft issue show 1234")]),
                    ])
            ], closing: ["Slut."], references: ["ärende 1234"])
        #expect(!letter.html.contains("<script>") && !letter.html.contains("<img") && !letter.html.contains("<b>"))
        #expect(letter.html.contains("&lt;img src=x&gt;") && letter.html.contains("Förslag &amp; &quot;citat&quot;"))
        for title in ["Förslag & \"citat\"", "Andra"] { #expect(letter.text.contains(title)) }
        #expect(letter.html.components(separatedBy: "<li>").count - 1 == 2)
    }
}

/// A digest too long to send is cut to fit, and then reports only the feedback it still tells.
@Suite struct DigestFittingTests {
    static func digest(issues: Int, motivation: Int) -> CouncilDigest {
        let council = CouncilDigestFacts.CouncilFact(
            id: CouncilID(UUID()), name: "Brukarrådet", unitId: UnitID(UUID()), unitName: "Vuxenstöd")
        var proposals: [CouncilDigestFacts.ProposalFact] = []
        var facts: [CouncilDigestFacts.IssueFact] = []
        for n in 0..<issues {
            let issue = IssueID(UUID())
            proposals.append(
                .init(
                    id: ProposalID(UUID()), text: "Förslag \(n)", putForwardOn: CalendarDate("2026-01-10")!,
                    meetingId: nil, withdrawn: false, issueId: issue, linkedOn: CalendarDate("2026-01-12")!))
            facts.append(
                .init(
                    id: issue, title: "Ärende \(n)", status: .inProgress, outcome: .accepted,
                    motivation: String(repeating: "Ett skäl som är långt. ", count: motivation / 23),
                    decidedBy: "Nämnden", decidedOn: CalendarDate("2026-03-01")!, owner: nil, dueDate: nil,
                    registeredOn: CalendarDate("2026-01-12")!, implementedOn: nil, implementationSummary: nil,
                    verifiedOn: nil, verificationNote: nil, withdrawnOn: nil, withdrawnReason: nil,
                    feedbackOwed: [
                        FeedbackDue(councilId: council.id, occasion: .decision, owedSince: CalendarDate("2026-03-01")!)
                    ], findings: [], escalations: []))
        }
        return CouncilDigest.make(
            CouncilDigestFacts(council: council, proposals: proposals, issues: facts, meetings: []),
            month: CalendarMonth("2026-11")!, sentOn: CalendarDate("2026-12-01")!)
    }

    @Test func aLetterThatFitsIsLeftWhole() {
        let digest = Self.digest(issues: 3, motivation: 200)
        let fitted = DigestWording.fitted(digest, maximumBytes: 1 << 20)
        #expect(fitted.digest == digest && fitted.letter == DigestWording.letter(digest))
    }

    @Test func longQuotationsAreCutFirstThenItemsAreLeftOutAndNotReported() {
        let digest = Self.digest(issues: 120, motivation: 9_000)
        #expect(DigestWording.letter(digest).html.utf8.count > 1 << 20)
        let cut = DigestWording.fitted(digest, maximumBytes: 1 << 20)
        #expect(cut.digest.items.count == 120 && cut.digest.reports.count == 120)
        #expect(cut.letter.html.utf8.count <= 1 << 20 && cut.letter.text.contains(" …"))
        let small = DigestWording.fitted(digest, maximumBytes: 30_000)
        #expect(small.letter.text.utf8.count <= 30_000 && small.letter.html.utf8.count <= 30_000)
        #expect(small.digest.leftOut > 0 && small.digest.items.count + small.digest.leftOut == 120)
        #expect(small.digest.reports.count == small.digest.items.count)
        #expect(small.letter.text.contains("fick inte plats"))
    }
}
