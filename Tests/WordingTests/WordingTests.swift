import Digests
import Domain
import Foundation
import ReadModelTypes
import Testing

@testable import Wording

/// The Swedish the read models, the CLI and the letters share, without a database.
@Suite struct WordingTests {
    static let issueID = IssueID(UUID(uuidString: "5dadb650-fd99-8133-84ca-25adf2777d26")!)

    static func summary(status: IssueStatus, outcome: DecisionOutcome?, owner: String?) -> IssueSummary {
        IssueSummary(
            id: issueID, title: "Tid att lyssna", status: status, outcome: outcome, owner: owner, dueDate: nil,
            unitId: UnitID(UUID()), unitName: "Vuxenstöd", sourceKinds: ["proposal"], councilIds: [],
            feedbackOwedCount: 0,
            registeredOn: CalendarDate("2026-01-10")!, lastEventOn: CalendarDate("2026-02-01")!, daysSinceLastEvent: 3,
            isOverdue: false, isStale: false)
    }

    @Test func everySourceKindHasItsWords() {
        #expect(IssueSourceKind.allCases.map(\.label) == ["Förslag", "Iakttagelse", "Åtgärd"])
        #expect(IssueSourceKind.allCases.map(\.definite) == ["förslaget", "iakttagelsen", "åtgärden"])
    }

    @Test func aSourceNoIssueTookUpSaysSo() {
        #expect(
            TraceAnswer.notYetAnIssue(.finding)
                == "Iakttagelsen har ännu inte blivit ett ärende. Ingen har tagit ställning till det.")
    }

    @Test func theAnswerTellsTheDecisionTheWorkAndTheFeedbackOwed() {
        let issue = IssueDetail(
            summary: Self.summary(status: .inProgress, outcome: .accepted, owner: "enhetschef"),
            motivation: "Handläggarna får boka ett längre samtal.", decidedBy: "Ledningsgruppen",
            decidedOn: CalendarDate("2026-02-23")!, sources: [],
            feedbackOwed: [
                OwedFeedback(
                    issueId: Self.issueID, councilId: CouncilID(UUID()), councilName: "Dialogmöten",
                    occasion: .decision, owedSince: CalendarDate("2026-02-23")!)
            ])
        let paragraph = TraceAnswer.paragraph(kind: .proposal, issue: issue, mergedFrom: nil, opened: true)
        #expect(
            paragraph
                == "Förslaget blev ärende 5dadb650 (”Tid att lyssna”). Ledningsgruppen beslutade bifall 2026-02-23. "
                + "Motivering: Handläggarna får boka ett längre samtal. Beslutet håller på att genomföras. "
                + "Ansvarig: enhetschef. Dialogmöten väntar sedan 2026-02-23 på återkoppling om beslutet.")
    }

    @Test func theTimelineTellsAnEventWithItsDay() {
        let (text, day) = TimelineText.describe(.workStarted(IssueWorkStarted(startedOn: CalendarDate("2026-03-01")!)))
        #expect(text == "Arbetet med att genomföra beslutet började.")
        #expect(day == CalendarDate("2026-03-01"))
    }

    @Test func swedishNumbersAndDates() {
        #expect(Swedish.decimal(12.5) == "12,5")
        #expect(Swedish.decimal(3) == "3")
        #expect(Swedish.percent(0.756) == "76 %")
        #expect(Swedish.percent(nil) == "—")
        #expect(Swedish.days(1) == "1 dag")
        #expect(Swedish.days(3) == "3 dagar")
        #expect(Swedish.shortID("3f2a91c0-1111-4222-8333-444455556666") == "3f2a91c0")
        #expect(Swedish.instant("2026-03-04T09:15:02.123Z") == "2026-03-04 09:15:02 UTC")
        #expect(Swedish.duration(seconds: 3 * 86_400 + 4 * 3_600 + 12 * 60) == "3 d 4 h 12 min")
    }
}

/// The digests' plain Swedish: readability measured, names shortened with care, dates written out,
/// and the text and HTML parts saying the same.
@Suite struct DigestWordingTests {
    @Test func lixCountsWordsPerSentenceAndLongWords() {
        // 6 words, 1 sentence, 1 long word ("ledningen"): 6 + 100/6.
        let lix = Readability.lix(["Vi sa till ledningen i dag."])
        #expect(abs(lix - (6 + 100.0 / 6)) < 0.001)
        #expect(Readability.lix([]) == 0)
    }

    @Test func valuesAreLeftOutOfTheMeasure() {
        let prose: Prose = "Ni lade fram förslaget \(CalendarDate("2026-02-23")!)."
        #expect(prose.text == "Ni lade fram förslaget den 23 februari 2026.")
        #expect(prose.ownText == "Ni lade fram förslaget den .")
    }

    @Test func longProposalsAreShortenedAtAWordOrAComma() {
        #expect(Swedish.shortened("Kort förslag. Mer text här.") == "Kort förslag")
        let long = String(repeating: "ord ", count: 40) + "slut"
        let short = Swedish.shortened(long)
        #expect(short.hasSuffix(" …") && short.count <= 92 && !short.contains("or …"))
        #expect(Swedish.longDate(CalendarDate("2026-12-01")!) == "1 december 2026")
    }

    @Test func hostileTextIsEscapedInTheHTMLAndBothPartsHoldTheSameItems() {
        let letter = DigestLetter(
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
