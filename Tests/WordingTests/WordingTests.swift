import Domain
import Foundation
import ReadModelTypes
import Testing
import Wording

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
        #expect(Swedish.instant("2026-03-04T09:15:02.123Z") == "2026-03-04 09:15 UTC")
        #expect(Swedish.duration(seconds: 3 * 86_400 + 4 * 3_600 + 12 * 60) == "3 d 4 h 12 min")
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
}
